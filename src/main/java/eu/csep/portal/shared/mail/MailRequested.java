package eu.csep.portal.shared.mail;

/**
 * A CDI event: send this e-mail once the surrounding transaction has committed (never for work that rolled back).
 */
public record MailRequested(String to, String subject, String body) {
}
