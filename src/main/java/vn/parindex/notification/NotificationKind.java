package vn.parindex.notification;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum NotificationKind {
    REMINDER("Nhắc việc"),
    ESCALATION("Đôn đốc"),
    DEADLINE_CHANGED("Thay đổi thời hạn");

    @Getter
    private final String label;
}
