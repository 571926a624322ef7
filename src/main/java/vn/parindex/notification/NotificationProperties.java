package vn.parindex.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of notices.
 *
 * @param from               sender address
 * @param dispatchEnabled    send from this node (tests turn it off and dispatch explicitly)
 * @param dispatchInterval   how often a node looks for notices due (another send starts right after each commit)
 * @param batchSize          notices claimed per round
 * @param claimTimeout       a notice claimed longer ago than this by a node that died is claimed again
 * @param firstRetryDelay    wait after the first failed attempt; doubles up to {@code maxRetryDelay}
 * @param maxRetryDelay      longest wait between attempts; a notice is retried until the mail server takes it
 * @param chairmanOfficeUnit unit whose heads receive the last escalation step (Văn phòng UBND tỉnh)
 * @param provinceUnit       unit that owns province-level tasks (Sở Nội vụ)
 */
@ConfigurationProperties("par.notifications")
public record NotificationProperties(
        @DefaultValue("Hệ thống Chỉ số CCHC <chiso-cchc@localhost>") String from,
        @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("PT15S") Duration dispatchInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT10M") Duration claimTimeout,
        @DefaultValue("PT1M") Duration firstRetryDelay,
        @DefaultValue("PT30M") Duration maxRetryDelay,
        @DefaultValue("VPUBND") String chairmanOfficeUnit,
        @DefaultValue("SNV") String provinceUnit) {

    Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
