package eu.csep.portal.shared.mail;

/**
 * A CDI event: send this e-mail once the surrounding transaction has committed (never for work that rolled back).
 * The attachment is optional (null for a plain text message), e.g. a PDF letter.
 */
public record MailRequested(String to, String subject, String body, Attachment attachment) {

    /** A file sent with the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public MailRequested(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
