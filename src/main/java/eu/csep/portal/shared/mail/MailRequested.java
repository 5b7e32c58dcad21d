package eu.csep.portal.shared.mail;

import java.util.List;

/**
 * A CDI event: send this e-mail once the surrounding transaction has committed (never for work that rolled back),
 * optionally with files attached (e.g. a submission receipt PDF).
 */
public record MailRequested(String to, String subject, String body, List<Attachment> attachments) {

    /** One attached file: its name as the recipient sees it, its MIME type and its bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    public MailRequested {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text e-mail without attachments. */
    public MailRequested(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }
}
