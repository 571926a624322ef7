package vn.parindex.platform.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code /pages/mail}: what the embedded mail catcher received, newest first. */
@Controller
@ConditionalOnProperty(name = "par.mail-catcher.enabled", havingValue = "true")
class MailCatcherController {

    record ReceivedMail(Date sentAt, String from, String to, String subject, String html) {
    }

    private final EmbeddedMailCatcher catcher;

    MailCatcherController(EmbeddedMailCatcher catcher) {
        this.catcher = catcher;
    }

    @GetMapping("/pages/mail")
    String mail(Model model) throws MessagingException, IOException {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : catcher.received()) {
            String html = part(message, "text/html");
            String text = html != null ? html : part(message, "text/plain");
            mails.add(new ReceivedMail(message.getSentDate(), addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), message.getSubject(),
                    html != null ? html : "<pre>" + HtmlUtils.htmlEscape(text == null ? "" : text) + "</pre>"));
        }
        Collections.reverse(mails);
        model.addAttribute("mails", mails);
        return "pages/mail";
    }

    /** The first part of the MIME type, depth first; null when there is none. */
    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString())
                .collect(Collectors.joining(", "));
    }
}
