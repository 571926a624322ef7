package vn.parindex.remediation;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where one report of a remediation task stands. */
@RequiredArgsConstructor
public enum PeriodStatus {
    WAITING("Chưa đến kỳ báo cáo", "#9e9e9e"),
    OPEN("Đơn vị đang thực hiện, chưa báo cáo", "#1e88e5"),
    REPORTED("Đã báo cáo, chờ Sở Nội vụ xem xét", "#8e24aa"),
    RETURNED("Bị trả lại, đơn vị báo cáo lại", "#fb8c00"),
    ACCEPTED("Sở Nội vụ đã chấp nhận", "#43a047");

    @Getter
    private final String label;
    @Getter
    private final String colour;

    /** The unit holds the work: it is late once the period's due date has passed. */
    public boolean withUnit() {
        return this == OPEN || this == RETURNED;
    }
}
