package vn.parindex.platform.web;

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
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.mail.EmbeddedMailCatcher;
import vn.parindex.workflow.CurrentUser;

/**
 * {@code /pages/mail}: what the embedded mail catcher received, newest first. Province roles and administrators see
 * every mail; anybody else only the mails addressed to them (a unit's notices are the unit's business).
 */
@Controller
@ConditionalOnProperty(name = "par.mail-catcher.enabled", havingValue = "true")
@RequiredArgsConstructor
class MailCatcherController {

    static final Set<String> SEE_ALL = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
            RoleGroups.VICE_CHAIRMAN, "camunda-admin");

    record ReceivedMail(Date sentAt, String from, String to, String subject, String html) {
    }

    private final EmbeddedMailCatcher catcher;
    private final CurrentUser user;
    private final IdentityService identity;

    @GetMapping("/pages/mail")
    String mail(Model model) throws MessagingException, IOException {
        boolean all = user.inAnyGroup(SEE_ALL);
        User me = identity.createUserQuery().userId(user.userId()).singleResult();
        String myAddress = me == null ? null : me.getEmail();
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : catcher.received()) {
            if (!all && !addressedTo(message, myAddress)) {
                continue;
            }
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

    static boolean addressedTo(MimeMessage message, String address) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        return address != null && !address.isBlank() && recipients != null && Arrays.stream(recipients)
                .anyMatch(r -> r instanceof InternetAddress internet && address.equalsIgnoreCase(internet.getAddress()));
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
