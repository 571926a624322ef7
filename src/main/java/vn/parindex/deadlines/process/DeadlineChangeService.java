package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineKind;
import vn.parindex.deadlines.DeadlineChangeLog;

/**
 * Sở Nội vụ moves a deadline of an open cycle. In one transaction: the cycle's date, every open task whose due date
 * expression reads it (re-evaluated, so the model stays the only place that says which task follows which
 * deadline), every pending timer of the cycle and of the moved tasks' watches (re-evaluated from their bean
 * expressions), a notice to each affected unit, and the change log (who, when, old, new, why).
 */
@Service
public class DeadlineChangeService {

    /** The length of {@code deadline_change.reason}. */
    static final int MAX_REASON = 2000;

    public record Result(long changeId, DeadlineKind deadline, OffsetDateTime oldValue, OffsetDateTime newValue,
                         int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final CycleService cycles;
    private final DeadlineChangeLog changeLog;
    private final OpenTaskDeadlines openTasks;
    private final ZoneId zone;

    DeadlineChangeService(CycleService cycles, DeadlineChangeLog changeLog, OpenTaskDeadlines openTasks,
                          ParProperties properties) {
        this.cycles = cycles;
        this.changeLog = changeLog;
        this.openTasks = openTasks;
        this.zone = properties.timeZone();
    }

    @Transactional
    public Result change(int year, DeadlineKind kind, LocalDate newDate, String reason) {
        Authentication user = openTasks.requireCoordinator("Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn của kỳ đánh giá.");
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("Vui lòng nêu lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ).");
        }
        List<String> problems = new ArrayList<>();
        FormInput.optionalText(reason, "lý do điều chỉnh thời hạn", MAX_REASON, problems);
        ValidationException.throwIfAny(problems);
        if (kind == null) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        Cycle cycle = cycles.findOpen(year).orElseThrow(() -> new ValidationException(
                "Không có kỳ đánh giá năm " + year + " đang mở."));
        Cycle before = cycles.changeDeadline(cycle.id(), kind, newDate);
        OffsetDateTime oldValue = before.deadline(kind);
        OffsetDateTime newValue = cycles.get(cycle.id()).deadline(kind);
        OffsetDateTime now = WatchedTask.now(zone);
        long changeId = changeLog.record(cycle.id(), kind, oldValue, newValue, reason.strip(), user.getUserId(), now);
        OpenTaskDeadlines.Moved moved = openTasks.recalculate(cycle.processInstanceId(),
                new OpenTaskDeadlines.Change("change:" + changeId, kind.label(), reason.strip(), user.getUserId(), now));
        changeLog.recordMoved(changeId, moved.taskIds().size(), moved.timersMoved());
        return new Result(changeId, kind, oldValue, newValue, moved.taskIds().size(), moved.timersMoved(),
                moved.noticesQueued());
    }
}
