package vn.parindex.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.parindex.common.ValidationException;

/** The due dates of a quarter that Sở Nội vụ may move, in their order; the column of {@code quarterly_report}. */
@RequiredArgsConstructor
public enum QuarterlyDeadline {
    UNIT_REPORT_DUE("unit_report_due", "Hạn các đơn vị nộp báo cáo quý"),
    REVIEW_DUE("review_due", "Hạn Sở Nội vụ xem xét báo cáo của các đơn vị"),
    DRAFT_DUE("draft_due", "Hạn Sở Nội vụ dự thảo báo cáo của tỉnh"),
    APPROVAL_DUE("approval_due", "Hạn Chủ tịch UBND tỉnh phê duyệt báo cáo quý"),
    MINISTRY_DUE("ministry_due", "Hạn gửi báo cáo quý Bộ Nội vụ");

    @Getter(AccessLevel.PACKAGE)
    private final String column;
    @Getter
    private final String label;

    /** {@code unit-report-due} or {@code UNIT_REPORT_DUE}; anything else is refused in Vietnamese. */
    public static QuarterlyDeadline parse(Object name) {
        if (name == null || name.toString().isBlank()) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        for (QuarterlyDeadline deadline : values()) {
            if (deadline.name().equalsIgnoreCase(name.toString().trim().replace('-', '_'))) {
                return deadline;
            }
        }
        throw new ValidationException("Không có thời hạn '" + name + "' của báo cáo quý. Chọn một trong: "
                + Arrays.stream(values()).map(d -> d.name().toLowerCase().replace('_', '-')).collect(Collectors.joining(", ")) + ".");
    }
}
