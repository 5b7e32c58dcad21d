package eu.csep.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** A civil-society organisation (NGO) registered in the portal; its members apply for funding. */
@Entity
@Table(name = "organisation")
public class Organisation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int LEGAL_NAME_MAX = 200;
    public static final int REGISTRATION_NUMBER_MAX = 40;
    public static final int EMAIL_DOMAIN_MAX = 253;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(name = "legal_name", nullable = false, length = LEGAL_NAME_MAX)
    private String legalName;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "registration_number", nullable = false, length = REGISTRATION_NUMBER_MAX)
    private String registrationNumber;

    @Column(name = "email_domain", nullable = false, length = EMAIL_DOMAIN_MAX)
    private String emailDomain;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String legalName, String country, String registrationNumber, String emailDomain) {
        this.legalName = legalName;
        this.country = country.toUpperCase(Locale.ROOT);
        this.registrationNumber = normaliseRegistrationNumber(registrationNumber);
        this.emailDomain = emailDomain.toLowerCase(Locale.ROOT);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** "be 0123.456.789 " and "BE0123.456.789" are the same registration. */
    public static String normaliseRegistrationNumber(String raw) {
        return raw.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Whether an e-mail address belongs to this organisation's domain (or one of its sub-domains). */
    public boolean ownsAddress(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.equals(emailDomain) || domain.endsWith("." + emailDomain);
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getCountry() {
        return country;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
