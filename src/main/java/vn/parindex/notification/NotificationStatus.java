package vn.parindex.notification;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum NotificationStatus {
    /** queued; sent after the transaction that queued it commits, retried until the mail server takes it */
    PENDING("Chờ gửi"),
    /** claimed by a node that is sending it now */
    SENDING("Đang gửi"),
    SENT("Đã gửi"),
    /** the recipient has no e-mail address: logged and shown, not a failure */
    NO_ADDRESS("Không có địa chỉ e-mail");

    @Getter
    private final String label;
}
