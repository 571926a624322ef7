package vn.parindex.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.MovableDeadlines;
import vn.parindex.deadlines.NoticeAudience;

/**
 * The deadlines of the year's open cycle ({@link DeadlineKind}) that Sở Nội vụ may move (the Ministry postponed, say).
 * The cycle's open tasks and timers read them through {@code cycleDeadlines}, so the cycle's process follows.
 */
@Component
@RequiredArgsConstructor
public class CycleMovableDeadlines implements MovableDeadlines<CycleMovableDeadlines.Target> {

    private static final Work ABOUT = new Work("CYCLE", "change",
            "Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn của kỳ đánh giá.", List.of("year", "cycleDeadline"),
            "ngày mới", NoticeAudience.TASK_GROUPS);
    /** The length of {@code deadline_change.reason}. */
    static final int MAX_REASON = 2000;

    /** A deadline of the cycle of {@code year}. */
    public record Target(int year, DeadlineKind kind) {
    }

    private final CycleService cycles;

    @Override
    public Work work() {
        return ABOUT;
    }

    @Override
    public Target target(Map<String, Object> form, List<String> problems) {
        Object deadline = form.get("cycleDeadline");
        if (!(form.get("year") instanceof Number year)) {
            throw new ValidationException("Vui lòng nhập năm của kỳ đánh giá.");
        }
        if (deadline == null) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        return new Target(year.intValue(), kind(deadline.toString()));
    }

    @Override
    public Moved move(Target target, LocalDate newDate, String reason, OffsetDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("Vui lòng nêu lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ).");
        }
        List<String> problems = new ArrayList<>();
        FormInput.optionalText(reason, "lý do điều chỉnh thời hạn", MAX_REASON, problems);
        ValidationException.throwIfAny(problems);
        DeadlineKind kind = target.kind();
        Cycle cycle = cycles.findOpen(target.year()).orElseThrow(() -> new ValidationException(
                "Không có kỳ đánh giá năm " + target.year() + " đang mở."));
        Cycle before = cycles.changeDeadline(cycle.id(), kind, newDate);
        return new Moved(cycle.id(), kind.name(), null, null, before.deadline(kind), cycles.get(cycle.id()).deadline(kind),
                reason.strip(), kind.label(), cycle.processInstanceId());
    }

    /** {@code plan-due} or {@code PLAN_DUE}; anything else is refused in Vietnamese. */
    public static DeadlineKind kind(String name) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return kind;
            }
        }
        throw new ValidationException("Không có thời hạn '" + name + "'. Chọn một trong: plan-due, "
                + "self-assessment-opens, unit-score-due, report-to-chairman-due, chairman-approval-due, ministry-deadline.");
    }
}
