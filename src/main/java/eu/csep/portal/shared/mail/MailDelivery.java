package eu.csep.portal.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the portal's e-mails over SMTP (Jakarta Mail) after the transaction that asked for them committed.
 * Without a configured SMTP host (a developer's laptop) the message is written to the log instead, so the
 * confirmation and invitation links can still be followed.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "CSEP Portal <no-reply@csep-portal.eu>")
    String from;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested mail) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "No SMTP host configured (mail.smtp.host); e-mail to " + mail.to() + " not sent:\n"
                    + "Subject: " + mail.subject() + "\n" + mail.body()
                    + (mail.attachments().isEmpty() ? "" : "\n(" + mail.attachments().size() + " attachment(s))"));
            return;
        }
        try {
            Transport.send(message(mail));
            LOG.fine(() -> "Sent '" + mail.subject() + "' to " + mail.to());
        } catch (MessagingException e) {
            // the change is committed; the user can ask for the link again
            LOG.log(Level.WARNING, "Could not send e-mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }

    private MimeMessage message(MailRequested mail) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        Session session;
        if (user.isPresent() && password.isPresent()) {
            props.put("mail.smtp.auth", "true");
            session = Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.get());
                }
            });
        } else {
            session = Session.getInstance(props);
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (MailRequested.Attachment a : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                file.setFileName(a.filename());
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        message.setSentDate(new Date());
        return message;
    }
}
