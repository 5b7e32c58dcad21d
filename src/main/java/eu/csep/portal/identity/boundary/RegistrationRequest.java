package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.control.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** What an NGO types to register: the organisation and its first member. The form binds to it directly. */
public class RegistrationRequest implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Organisation.LEGAL_NAME_MAX)
    @PlainText
    private String legalName;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "{eu.csep.portal.Country.message}")
    private String country;

    @NotBlank
    @Size(min = 2, max = Organisation.REGISTRATION_NUMBER_MAX)
    @Pattern(regexp = "[\\p{Alnum} ./-]+", message = "{eu.csep.portal.RegistrationNumber.message}")
    private String registrationNumber;

    @NotBlank
    @Size(max = Organisation.EMAIL_DOMAIN_MAX)
    @Pattern(regexp = EmailAddresses.DOMAIN, message = "{eu.csep.portal.EmailDomain.message}")
    private String emailDomain;

    @NotBlank
    @Size(max = Account.DISPLAY_NAME_MAX)
    @PlainText
    private String displayName;

    @NotBlank
    @Size(max = Account.EMAIL_MAX)
    @Pattern(regexp = EmailAddresses.ADDRESS, message = "{eu.csep.portal.Email.message}")
    private String email;

    @NotBlank
    @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
    private String password;

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public void setEmailDomain(String emailDomain) {
        this.emailDomain = emailDomain;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
