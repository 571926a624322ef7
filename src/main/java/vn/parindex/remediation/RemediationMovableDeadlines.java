package vn.parindex.remediation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.MovableDeadlines;
import vn.parindex.deadlines.NoticeAudience;

/**
 * The report due date of a remediation task that Sở Nội vụ may move (the unit asked for more time and the Chairman
 * agreed, say): the task's current report period. The unit's open report task reads it through
 * {@code remediationDeadlines}.
 */
@Component
@RequiredArgsConstructor
public class RemediationMovableDeadlines implements MovableDeadlines<RemediationMovableDeadlines.Target> {

    private static final Work ABOUT = new Work("REMEDIATION", "remediationChange",
            "Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh hạn của nhiệm vụ khắc phục.", List.of("year", "position"),
            "hạn mới", NoticeAudience.TASK_GROUPS);

    /** Task number {@code position} of the plan of {@code year}. */
    public record Target(int year, int position) {
    }

    private final RemediationDueDates dueDates;

    @Override
    public Work work() {
        return ABOUT;
    }

    @Override
    public Target target(Map<String, Object> form, List<String> problems) {
        Object year = form.get("year");
        Object position = form.get("position");
        if (!isWholeNumber(year)) {
            problems.add("Vui lòng nhập năm đánh giá của kế hoạch khắc phục.");
        }
        if (!isWholeNumber(position) || ((Number) position).longValue() < 1) {
            problems.add("Vui lòng nhập số thứ tự nhiệm vụ (số nguyên từ 1).");
        }
        return problems.isEmpty() ? new Target(((Number) year).intValue(), ((Number) position).intValue()) : null;
    }

    @Override
    public Moved move(Target target, LocalDate newDate, String reason, OffsetDateTime now) {
        DeadlineExtension moved = dueDates.extendDeadline(target.year(), target.position(), newDate, reason);
        return new Moved(moved.plan().id(), null, moved.taskId(), moved.periodId(), moved.oldValue(), moved.newValue(),
                moved.reason(), "Hạn báo cáo nhiệm vụ khắc phục số " + target.position(),
                moved.plan().processInstanceId());
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE;
    }
}
