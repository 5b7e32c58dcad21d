package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.AccountTokens;
import eu.csep.portal.identity.control.Accounts;
import eu.csep.portal.identity.control.PasswordHashing;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.TokenPurpose;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Links;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;

/** NGO self-registration: the organisation and its first member, confirmed through an e-mailed link. */
@Stateless
@PermitAll
public class Registrations {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Links links;

    @Inject
    Event<MailRequested> mail;

    /** Registers the organisation and its first member; returns the member's normalised e-mail address. */
    public String register(@Valid @NotNull RegistrationRequest request, Locale locale) {
        String email = Account.normaliseEmail(request.getEmail());
        if (!COUNTRIES.contains(request.getCountry())) {
            throw Refusal.invalid("country", "registration.unknownCountry");
        }
        Organisation organisation = new Organisation(request.getLegalName().strip(), request.getCountry(),
                request.getRegistrationNumber(), request.getEmailDomain().strip());
        if (!organisation.ownsAddress(email)) {
            throw Refusal.invalid("email", "registration.emailOutsideDomain", organisation.getEmailDomain());
        }
        PasswordRules.check("password", request.getPassword(), email);
        if (registrationExists(organisation)) {
            throw Refusal.conflict("registrationNumber", "registration.duplicateOrganisation");
        }
        if (accounts.byEmail(email).isPresent()) {
            throw Refusal.conflict("email", "registration.duplicateEmail");
        }
        Account member = Account.registered(email, request.getDisplayName(), organisation,
                passwords.hash(request.getPassword()));
        member.preferLocale(locale);
        try {
            em.persist(organisation);
            em.persist(member);
            em.flush();
        } catch (PersistenceException raced) {
            // a concurrent registration won between our checks and the insert; the unique keys decided
            throw Refusal.conflict("email", "registration.duplicate");
        }
        audit.recordAs(email, "ORGANISATION_REGISTERED", "Organisation", organisation.getId(), organisation.getId(),
                organisation.getLegalName() + " (" + organisation.getCountry() + " " + organisation.getRegistrationNumber() + ")");
        sendConfirmation(member, locale);
        return email;
    }

    public void confirmEmail(String token) {
        Account account = tokens.redeem(token, TokenPurpose.CONFIRM_EMAIL);
        account.confirmEmail();
        audit.recordAs(account.getEmail(), "EMAIL_CONFIRMED", "Account", account.getId(), orgId(account), null);
    }

    /** Sends a new confirmation link when the address is registered and still unconfirmed; silent otherwise. */
    public void resendConfirmation(String rawEmail, Locale locale) {
        if (rawEmail == null || rawEmail.isBlank()) {
            return;
        }
        accounts.byEmail(rawEmail).filter(a -> a.getStatus() == AccountStatus.UNCONFIRMED)
                .ifPresent(a -> sendConfirmation(a, locale));
    }

    private void sendConfirmation(Account member, Locale locale) {
        String link = links.to("confirm.xhtml", "token", tokens.issue(member, TokenPurpose.CONFIRM_EMAIL));
        mail.fire(new MailRequested(member.getEmail(), Texts.get(locale, "mail.confirm.subject"),
                Texts.get(locale, "mail.confirm.body", member.getDisplayName(), link)));
    }

    private boolean registrationExists(Organisation organisation) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.country = :c AND o.registrationNumber = :n")
                .setParameter("c", organisation.getCountry()).setParameter("n", organisation.getRegistrationNumber())
                .getResultList().isEmpty();
    }

    static Long orgId(Account account) {
        return account.getOrganisation() == null ? null : account.getOrganisation().getId();
    }
}
