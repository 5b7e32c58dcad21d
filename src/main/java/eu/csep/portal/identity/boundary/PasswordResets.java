package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.AccountTokens;
import eu.csep.portal.identity.control.Accounts;
import eu.csep.portal.identity.control.PasswordHashing;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.identity.entity.TokenPurpose;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Links;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;

/** "Forgot your password": a one-hour link by e-mail. The answer never reveals whether an address is known. */
@Stateless
@PermitAll
public class PasswordResets {

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

    public void request(String rawEmail, Locale locale) {
        if (rawEmail == null || rawEmail.isBlank() || rawEmail.length() > Account.EMAIL_MAX) {
            return;
        }
        accounts.byEmail(rawEmail).filter(a -> a.getStatus() == AccountStatus.ACTIVE
                        || a.getStatus() == AccountStatus.UNCONFIRMED)
                .ifPresent(account -> {
                    String link = links.to("reset-password.xhtml", "token",
                            tokens.issue(account, TokenPurpose.RESET_PASSWORD));
                    mail.fire(new MailRequested(account.getEmail(), Texts.get(locale, "mail.reset.subject"),
                            Texts.get(locale, "mail.reset.body", account.getDisplayName(), link)));
                    audit.recordAs(account.getEmail(), "PASSWORD_RESET_REQUESTED", "Account", account.getId(),
                            Registrations.orgId(account), null);
                });
    }

    public void reset(String token, String password) {
        Account account = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        PasswordRules.check("password", password, account.getEmail());
        account.resetPassword(passwords.hash(password));
        audit.recordAs(account.getEmail(), "PASSWORD_RESET", "Account", account.getId(), Registrations.orgId(account), null);
    }
}
