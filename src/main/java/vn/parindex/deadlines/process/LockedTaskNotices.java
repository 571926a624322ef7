package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.notification.NotificationService;
import vn.parindex.notification.Recipient;

/**
 * For work that locks at its deadline (the internal index's self-scores): the task ends at the deadline, so its watch
 * ends with it and no escalation after the deadline can follow. Instead, the moment it locks, the unit's heads and
 * Sở Nội vụ's director get an escalation saying what happened. Only writes to the notification log.
 */
@Component
@RequiredArgsConstructor
public class LockedTaskNotices {

    private final NoticeFactory notices;
    private final NotificationService notifications;

    /**
     * @param key       identifies the locked work (with the recipient, queued once only)
     * @param reason    what followed the lock, e.g. "Việc tự chấm đã bị khóa; đơn vị bị ghi nhận không nộp."
     */
    public void locked(String key, String noticeContext, String unitCode, String taskName, OffsetDateTime due,
                       String reason, OffsetDateTime now) {
        WatchedTask task = new WatchedTask(key, taskName, noticeContext, unitCode, due, List.of(), now);
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (NoticeAudience audience : List.of(NoticeAudience.UNIT_HEADS, NoticeAudience.SNV_DIRECTOR)) {
            notices.recipients(task, audience).forEach(recipient -> recipients.putIfAbsent(recipient.userId(), recipient));
        }
        notifications.queue(notices.lockedNotice(task, reason, now), List.copyOf(recipients.values()), now);
    }
}
