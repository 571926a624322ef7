package vn.parindex.notification;

public enum NotificationKind {
    REMINDER("Nhắc việc"),
    ESCALATION("Đôn đốc"),
    DEADLINE_CHANGED("Thay đổi thời hạn");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
