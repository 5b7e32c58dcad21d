package eu.csep.portal.testsupport;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the portal sent to the test SMTP server (GreenMail, started by IntegrationEnvironment). */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?\\?token=[A-Za-z0-9_-]+");

    private Mailbox() {
    }

    /** Waits up to 20 s for a message to the address whose subject contains the given words. */
    public static MimeMessage await(String to, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage found = Arrays.stream(IntegrationEnvironment.mail().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(to) && subject(m).contains(subjectContains))
                    .reduce((first, second) -> second).orElse(null);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No e-mail '" + subjectContains + "' to " + to + " within 20 s");
    }

    /** The one-time link (…?token=…) in the message body. */
    public static String link(MimeMessage message) {
        try {
            Matcher m = LINK.matcher(message.getContent().toString());
            if (!m.find()) {
                throw new AssertionError("No link in: " + message.getContent());
            }
            return m.group();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
