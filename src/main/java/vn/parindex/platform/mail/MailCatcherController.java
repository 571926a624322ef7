package vn.parindex.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
            mails.add(new ReceivedMail(message.getSentDate(), Arrays.toString(message.getFrom()),
                    Arrays.toString(message.getAllRecipients()), message.getSubject(), html(message)));
        }
        Collections.reverse(mails);
        model.addAttribute("mails", mails);
        return "pages/mail";
    }

    private static String html(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return part.isMimeType("text/plain") ? "<pre>" + part.getContent() + "</pre>" : null;
    }
}
