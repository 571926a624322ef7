package vn.parindex.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends queued notices. Each is claimed with a conditional update first, so on several nodes only one sends it;
 * a failure puts it back with a growing delay and it goes out once the mail server is back. A node that dies while
 * sending leaves a claim that expires; the notice is then sent again with the same Message-ID, so mail clients
 * show it once.
 */
@Component
@RequiredArgsConstructor
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationRepository repository;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    /** Sends what is due now; returns how many were sent. */
    public synchronized int dispatchDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int released = repository.releaseStaleClaims(now.minus(properties.claimTimeout()));
        if (released > 0) {
            log.warn("{} thông báo bị kẹt ở trạng thái đang gửi đã được đưa lại hàng đợi.", released);
        }
        int sent = 0;
        try (SmtpRound smtp = new SmtpRound(mailSender)) {
            for (long id : repository.dueIds(now, properties.batchSize())) {
                if (repository.claim(id, node, now) && send(id, smtp)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(long id, SmtpRound smtp) {
        var outgoing = repository.outgoing(id).orElseThrow();
        try {
            smtp.send(message(outgoing, smtp));
            repository.markSent(id, OffsetDateTime.now(clock));
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            OffsetDateTime next = OffsetDateTime.now(clock).plus(properties.retryDelay(outgoing.attempts() + 1));
            repository.markFailed(id, next, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("Chưa gửi được thông báo {} tới {} (lần {}), thử lại lúc {}: {}", id, outgoing.recipientEmail(),
                    outgoing.attempts() + 1, next, e.getMessage());
            return false;
        }
    }

    private MimeMessage message(NotificationRepository.Outgoing outgoing, SmtpRound smtp)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(smtp.createMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same notice always has the same Message-ID: a resend after a crash is recognisable as such
                setHeader("Message-ID", "<notice-" + outgoing.id() + "@chiso-cchc>");
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        InternetAddress from = new InternetAddress(properties.from());
        helper.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), "UTF-8"));
        helper.setTo(outgoing.recipientEmail());
        helper.setSubject(outgoing.subject());
        helper.setText(plainText(outgoing.body()), outgoing.body());
        helper.setSentDate(Date.from(clock.instant()));
        return message;
    }

    private static String plainText(String html) {
        return html.replaceAll("(?i)<br\\s*/?>|</p>|</tr>|</li>|</h\\d>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n")
                .strip();
    }
}
