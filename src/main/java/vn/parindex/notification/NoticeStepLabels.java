package vn.parindex.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads for a notice's step code ({@code remind2}, {@code escalateHead} …, the codes of
 * {@code data/notice-policies}): the notification log shows these words, never the code. The reminder codes name the
 * working days before the due date of the default policy (the demo policy counts minutes instead, with the same codes).
 */
public final class NoticeStepLabels {

    private static final Pattern REMINDER = Pattern.compile("remind(\\d+)");
    private static final Map<String, String> LABELS = Map.of(
            "escalateHead", "Báo cáo thủ trưởng đơn vị",
            "escalateSnvDirector", "Báo cáo Giám đốc Sở Nội vụ",
            "escalateChairmanOffice", "Báo Văn phòng UBND tỉnh để trình Chủ tịch",
            "deadlineChange", "Thông báo điều chỉnh hạn",
            "locked", "Hết hạn, công việc đã đóng");

    private NoticeStepLabels() {
    }

    /** The step's Vietnamese label; for a code this list does not know, the kind's label (never the code). */
    public static String of(String stepCode, NotificationKind kind) {
        if (stepCode != null) {
            Matcher reminder = REMINDER.matcher(stepCode);
            if (reminder.matches()) {
                return "Nhắc trước hạn " + Integer.parseInt(reminder.group(1)) + " ngày làm việc";
            }
            String label = LABELS.get(stepCode);
            if (label != null) {
                return label;
            }
        }
        return kind == null ? "" : kind.label();
    }
}
