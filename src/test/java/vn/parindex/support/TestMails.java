package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** Reading the e-mails a test's GreenMail received: by recipient, and their HTML as plain text. */
public final class TestMails {

    private TestMails() {
    }

    /** The one message to the address; fails unless there is exactly one. */
    public static MimeMessage onlyMessageTo(GreenMailExtension smtp, String address) {
        List<MimeMessage> exact = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).contains(address)).toList();
        assertThat(exact).as("messages to " + address).hasSize(1);
        return exact.get(0);
    }

    public static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part's text as a reader sees it: tags dropped, white space collapsed, no space before punctuation. */
    public static String decoded(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder();
        collect((Multipart) message.getContent(), text);
        return text.toString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" ,", ",").replace(" ;", ";")
                .replace(" .", ".").replace("( ", "(").replace(" )", ")");
    }

    private static void collect(Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, text);
            } else if (part.isMimeType("text/html")) {
                text.append(part.getContent());
            }
        }
    }
}
