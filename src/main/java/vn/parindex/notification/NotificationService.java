package vn.parindex.notification;

import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notices in the notification log, once per notice and recipient, in the caller's transaction. Nothing is
 * sent here: the dispatcher sends after the transaction commits, so a rolled-back job never mails anybody.
 */
@Service
@RequiredArgsConstructor
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    /** Published when notices were queued; the dispatcher listens after commit. */
    public record NoticesQueued(int count) {
    }

    private final NotificationRepository repository;
    private final MailComposer composer;
    private final ApplicationEventPublisher events;

    /**
     * Queues the notice for each recipient at {@code now} (the engine's time, for notices from process jobs).
     * Returns how many rows were new (0 when this notice was already queued, e.g. by a retried job).
     */
    @Transactional
    public int queue(NoticeContent notice, List<Recipient> recipients, OffsetDateTime now) {
        int queued = 0;
        for (Recipient recipient : recipients) {
            MailComposer.Mail mail = composer.compose(notice, recipient);
            NotificationStatus status = recipient.hasAddress() ? NotificationStatus.PENDING : NotificationStatus.NO_ADDRESS;
            if (repository.insertOnce(notice, recipient, mail.subject(), mail.htmlBody(), status, now)) {
                queued++;
                if (!recipient.hasAddress()) {
                    log.warn("Người dùng {} không có địa chỉ e-mail: thông báo '{}' chỉ được ghi vào nhật ký.",
                            recipient.userId(), mail.subject());
                }
            }
        }
        if (recipients.isEmpty()) {
            log.warn("Thông báo {} ({}) không có người nhận.", notice.dedupKey(), notice.kind());
        }
        if (queued > 0) {
            events.publishEvent(new NoticesQueued(queued));
        }
        return queued;
    }

    public List<Notification> log(int year, String unitCode) {
        return repository.list(year, unitCode);
    }

    public List<Notification> forTask(String taskId) {
        return repository.forTask(taskId);
    }
}
