package vn.parindex.remediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/**
 * A plan in progress amended with the Chairman's agreement: a task added (validated as a draft row, numbered after the
 * last, its reports from today) or a task cancelled (kept, marked, no longer counted). Each change is logged with its
 * reason (V20). Refused in Vietnamese with nothing stored. The caller starts or ends the task's work in the process.
 */
@Service
@RequiredArgsConstructor
public class RemediationAmendments {

    private static final String REASON_LABEL = "lý do, căn cứ (ví dụ: Chủ tịch UBND tỉnh đồng ý tại Văn bản số ...)";

    private final JdbcClient jdbc;
    private final RemediationPlanService plans;
    private final RemediationReports reports;
    private final RemediationDueDates dueDates;
    private final RemediationDrafting drafting;
    private final Clock clock;

    @Transactional
    public RemediationTask addTask(int year, DraftInput.TaskInput row, String reason, String user) {
        List<String> problems = new ArrayList<>();
        String why = FormInput.requiredText(reason, REASON_LABEL, 2000, problems);
        RemediationPlan plan = plans.requireInProgress(year, "bổ sung được nhiệm vụ");
        List<String> rowProblems = new ArrayList<>();
        List<RemediationDrafting.ValidTask> valid = drafting.validTasks(plan, List.of(row), plan.endsOn(), rowProblems);
        rowProblems.stream().map(problem -> problem.replaceFirst("^Nhiệm vụ dòng 1: ", "Nhiệm vụ bổ sung: "))
                .forEach(problems::add);
        if (valid.isEmpty() && rowProblems.isEmpty()) {
            problems.add("Vui lòng nhập nhiệm vụ bổ sung: đơn vị chủ trì, nội dung, thời gian hoàn thành và hình thức báo cáo.");
        }
        ValidationException.throwIfAny(problems);

        RemediationDrafting.ValidTask task = valid.get(0);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int position = plans.tasks(plan.id()).stream().mapToInt(RemediationTask::position).max().orElse(0) + 1;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into remediation_task (plan_id, position, criterion_code, unit_code, content, completion_text,
                    completion_kind, due_at, reporting)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), position, task.item(), task.unit(), task.content(), task.time().text(),
                        task.time().kind().name(), task.due(), task.reporting())
                .update(keys, "id");
        long taskId = keys.getKey().longValue();
        dueDates.createPeriods(taskId, task.time().kind(), task.due(), now);
        log(plan.id(), taskId, Amendment.TASK_ADDED, why, user, now);
        return plans.task(taskId);
    }

    @Transactional
    public RemediationTask cancelTask(int year, int position, String reason, String user) {
        List<String> problems = new ArrayList<>();
        String why = FormInput.requiredText(reason, REASON_LABEL, 2000, problems);
        ValidationException.throwIfAny(problems);
        RemediationPlan plan = plans.requireInProgress(year, "hủy được nhiệm vụ");
        List<RemediationTask> tasks = plans.tasks(plan.id());
        RemediationTask task = tasks.stream().filter(candidate -> candidate.position() == position).findFirst()
                .orElseThrow(() -> new ValidationException("Kế hoạch khắc phục năm " + year + " không có nhiệm vụ số "
                        + position + "."));
        if (task.cancelled()) {
            throw new ValidationException("Nhiệm vụ số " + position + " đã bị hủy trước đó.");
        }
        if (!running(task)) {
            throw new ValidationException("Nhiệm vụ số " + position + " đã hoàn thành (Sở Nội vụ đã chấp nhận mọi báo cáo);"
                    + " không hủy được.");
        }
        if (tasks.stream().filter(other -> other.id() != task.id() && !other.cancelled()).noneMatch(this::running)) {
            throw new ValidationException("Nhiệm vụ số " + position + " là nhiệm vụ cuối cùng còn đang thực hiện của kế hoạch;"
                    + " kế hoạch kết thúc khi nhiệm vụ này được báo cáo và Sở Nội vụ chấp nhận, nên không hủy được.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update remediation_task set cancelled_at = ?, cancelled_by = ? where id = ?")
                .params(now, user, task.id()).update();
        log(plan.id(), task.id(), Amendment.TASK_CANCELLED, why, user, now);
        return plans.task(task.id());
    }

    /** Every amendment of the plan, in order. */
    public List<Amendment> amendments(long planId) {
        return jdbc.sql("select * from remediation_amendment where plan_id = ? order by id").param(planId)
                .query(Amendment.class).list();
    }

    private boolean running(RemediationTask task) {
        return reports.periods(task.id()).stream().anyMatch(period -> period.status() != PeriodStatus.ACCEPTED);
    }

    private void log(long planId, long taskId, String kind, String reason, String user, OffsetDateTime at) {
        jdbc.sql("""
                insert into remediation_amendment (plan_id, task_id, kind, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)""").params(planId, taskId, kind, reason, user, at).update();
    }
}
