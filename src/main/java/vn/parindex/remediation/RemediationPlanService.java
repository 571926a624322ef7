package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.results.GapAnalysisService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.LoggedDecision;
import vn.parindex.workflow.WorkRef;

/**
 * The remediation plan of a year's results: opening it, finding it and its tasks, the decisions on it, and closing it.
 * Drafting and the Chairman's approval are {@link RemediationDrafting}, the due dates {@link RemediationDueDates}, the
 * units' progress reports and SNV's reviews {@link RemediationReports}. Every change is validated completely first and
 * stored in one transaction.
 */
@Service
@RequiredArgsConstructor
public class RemediationPlanService {

    private final JdbcClient jdbc;
    private final MinistryResultService results;
    private final GapAnalysisService analysis;
    private final CycleService cycles;
    private final RemediationSchedule schedule;
    private final Clock clock;
    private final DecisionLog decisions;

    /** Opens a plan for the year's results; refused without results or while another plan of the year is live. */
    @Transactional
    public RemediationPlan register(int year, String user, String processInstanceId) {
        Cycle cycle = results.findAssessedCycle(year).orElseThrow(() -> new ValidationException(
                cycles.all().stream().anyMatch(found -> found.year() == year)
                        ? "Kỳ đánh giá năm " + year + " chưa gửi báo cáo tự đánh giá cho Bộ Nội vụ: chưa có kết quả để lập "
                          + "kế hoạch khắc phục."
                        : "Chưa có kỳ đánh giá Chỉ số CCHC năm " + year + "."));
        if (analysis.find(year).isEmpty()) {
            throw new ValidationException("Chưa có kết quả thẩm định của Bộ Nội vụ cho năm " + year
                    + ": hãy nhập kết quả trước khi lập kế hoạch khắc phục.");
        }
        if (live(year).isPresent()) {
            throw alreadyLive(year);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = schedule.day(now);
        LocalDate endsOn = LocalDate.of(today.getYear(), 12, 31);
        if (endsOn.isBefore(today.plusMonths(3))) {
            endsOn = endsOn.plusYears(1);
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into remediation_plan (cycle_id, open_cycle_id, business_key, process_instance_id, status, title,
                                                  ends_on, round, created_by, created_at)
                    values (?, ?, ?, ?, 'DRAFT', ?, ?, 0, ?, ?)""")
                    .params(cycle.id(), cycle.id(), RemediationPlan.businessKeyOf(year), processInstanceId,
                            "Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm " + year, endsOn, user, now)
                    .update(keys, "id");
        } catch (DuplicateKeyException raceWithAnotherStart) {
            throw alreadyLive(year);
        }
        return get(keys.getKey().longValue());
    }

    public RemediationPlan get(long planId) {
        return jdbc.sql("select * from remediation_plan where id = ?").param(planId).query(RemediationPlan.class)
                .optional().orElseThrow(() -> new ValidationException("Không có kế hoạch khắc phục số " + planId + "."));
    }

    /** The plan of the year being drafted or carried out. */
    public Optional<RemediationPlan> live(int year) {
        return results.findAssessedCycle(year).flatMap(cycle -> jdbc.sql(
                        "select * from remediation_plan where open_cycle_id = ?").param(cycle.id())
                .query(RemediationPlan.class).optional());
    }

    /** The newest plan of the year, live or finished. */
    public Optional<RemediationPlan> latest(int year) {
        return results.findAssessedCycle(year).flatMap(cycle -> jdbc.sql(
                        "select * from remediation_plan where cycle_id = ? and status <> 'CANCELLED' order by id desc")
                .param(cycle.id()).query(RemediationPlan.class).list().stream().findFirst());
    }

    public int yearOf(RemediationPlan plan) {
        return cycles.get(plan.cycleId()).year();
    }

    public List<RemediationTask> tasks(long planId) {
        return jdbc.sql("select * from remediation_task where plan_id = ? order by position").param(planId)
                .query(RemediationTask.class).list();
    }

    public List<Long> taskIds(long planId) {
        return tasks(planId).stream().map(RemediationTask::id).toList();
    }

    public RemediationTask task(long taskId) {
        return jdbc.sql("select * from remediation_task where id = ?").param(taskId).query(RemediationTask.class).single();
    }

    @Transactional
    public void complete(long planId) {
        jdbc.sql("update remediation_plan set status = 'COMPLETED', open_cycle_id = null, completed_at = ? where id = ?")
                .params(OffsetDateTime.now(clock), planId).update();
    }

    /** The year's live plan, refused in Vietnamese unless it is approved and running; {@code action} completes "chỉ ...". */
    public RemediationPlan requireInProgress(int year, String action) {
        RemediationPlan plan = live(year).orElseThrow(() -> new ValidationException(
                "Chưa có kế hoạch khắc phục kết quả Chỉ số CCHC năm " + year + " đang thực hiện."));
        if (plan.status() != PlanStatus.IN_PROGRESS) {
            throw new ValidationException("Kế hoạch khắc phục năm " + year + " " + plan.status().label().toLowerCase(
                    java.util.Locale.ROOT) + "; chỉ " + action + " khi kế hoạch đã được phê duyệt và đang thực hiện.");
        }
        return plan;
    }

    public List<RemediationDecision> decisions(long planId) {
        return decisions.history(work(planId)).stream().map(RemediationPlanService::decision).toList();
    }

    /** The Chairman's comment when the latest decision on the plan returned it. */
    public Optional<String> pendingPlanReturn(long planId) {
        List<RemediationDecision> decisions = decisions(planId).stream().filter(d -> d.periodId() == null).toList();
        return decisions.isEmpty() || !decisions.get(decisions.size() - 1).isReturn() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1).comment());
    }

    static WorkRef work(long planId) {
        return WorkRef.of("REMEDIATION_PLAN", planId);
    }

    private static RemediationDecision decision(LoggedDecision logged) {
        return new RemediationDecision(logged.id(), logged.workId(), logged.partId(), logged.step(), logged.round(),
                logged.decision(), logged.comment(), logged.decidedBy(), logged.decidedAt(), logged.taskId());
    }

    void record(long planId, Long periodId, String step, int round, Decision decision, String comment,
                        String user, String camundaTaskId) {
        decisions.record(work(planId).part(periodId), null, step, round, decision.name(), comment, user, camundaTaskId);
    }

    private static ValidationException alreadyLive(int year) {
        return new ValidationException("Kế hoạch khắc phục kết quả Chỉ số CCHC năm " + year + " đang được lập hoặc thực hiện"
                + " (mã " + RemediationPlan.businessKeyOf(year) + "). Mỗi năm chỉ có một kế hoạch đang thực hiện.");
    }

    static String text(Object comment) {
        String text = comment == null ? "" : comment.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
