package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.AccountTokens;
import eu.csep.portal.identity.control.Accounts;
import eu.csep.portal.identity.control.PasswordHashing;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Role;
import eu.csep.portal.identity.entity.TokenPurpose;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Links;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.PlainText;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Invitations by e-mail: NGO members invite colleagues into their own organisation; the admin invites
 * reviewers, programme officers, hash admins and other admins. The invitee chooses a password via the link.
 */
@Stateless
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Links links;

    @Inject
    Event<MailRequested> mail;

    /** A member invites a colleague into the caller's own organisation. */
    @RolesAllowed("INVITE_MEMBERS")
    public Account inviteMember(
            @NotBlank @Size(max = Account.EMAIL_MAX) @Pattern(regexp = EmailAddresses.ADDRESS, message = "{eu.csep.portal.Email.message}") String email,
            @NotBlank @Size(max = Account.DISPLAY_NAME_MAX) @PlainText String displayName, Locale locale) {
        Account inviter = directory.caller();
        Organisation organisation = inviter.getOrganisation();
        return invite(inviter, email, displayName, Role.APPLICANT, organisation, locale);
    }

    @RolesAllowed("INVITE_STAFF")
    public Account inviteStaff(
            @NotBlank @Size(max = Account.EMAIL_MAX) @Pattern(regexp = EmailAddresses.ADDRESS, message = "{eu.csep.portal.Email.message}") String email,
            @NotBlank @Size(max = Account.DISPLAY_NAME_MAX) @PlainText String displayName, @NotNull Role role,
            Locale locale) {
        if (!Role.staff().contains(role)) {
            throw Refusal.invalid("role", "invitation.notStaffRole");
        }
        return invite(directory.caller(), email, displayName, role, null, locale);
    }

    /** The invited account behind a link, to greet the invitee on the acceptance page. */
    @PermitAll
    public Account describe(String token) {
        return tokens.peek(token, TokenPurpose.INVITATION);
    }

    @PermitAll
    public void accept(String token, @NotBlank @Size(max = Account.DISPLAY_NAME_MAX) @PlainText String displayName,
            String password) {
        Account account = tokens.redeem(token, TokenPurpose.INVITATION);
        PasswordRules.check("password", password, account.getEmail());
        account.acceptInvitation(displayName, passwords.hash(password));
        audit.recordAs(account.getEmail(), "INVITATION_ACCEPTED", "Account", account.getId(),
                Registrations.orgId(account), account.getRole().name());
    }

    private Account invite(Account inviter, String rawEmail, String displayName, Role role,
            Organisation organisation, Locale locale) {
        String email = Account.normaliseEmail(rawEmail);
        if (accounts.byEmail(email).isPresent()) {
            throw Refusal.conflict("email", "invitation.emailTaken");
        }
        Account invitee = Account.invited(email, displayName, role, organisation);
        em.persist(invitee);
        String link = links.to("invitation.xhtml", "token", tokens.issue(invitee, TokenPurpose.INVITATION));
        String where = organisation == null ? Texts.get(locale, "role." + role.name()) : organisation.getLegalName();
        mail.fire(new MailRequested(email, Texts.get(locale, "mail.invitation.subject"),
                Texts.get(locale, "mail.invitation.body", invitee.getDisplayName(), inviter.getDisplayName(), where, link)));
        audit.record("ACCOUNT_INVITED", "Account", invitee.getId(), organisation == null ? null : organisation.getId(),
                email + " as " + role.name());
        return invitee;
    }
}
