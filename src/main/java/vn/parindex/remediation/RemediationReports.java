package vn.parindex.remediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.LoggedDecision;

/** The units' progress reports on their tasks, period by period, and SNV's acceptance or return of each. */
@Service
@RequiredArgsConstructor
public class RemediationReports {

    private final JdbcClient jdbc;
    private final RemediationPlanService plans;
    private final RemediationSchedule schedule;
    private final Clock clock;
    private final DecisionLog decisions;

    public List<ReportPeriod> periods(long taskId) {
        return jdbc.sql("select * from remediation_period where task_id = ? order by sequence").param(taskId)
                .query(ReportPeriod.class).list();
    }

    /** The first report of the task that SNV has not accepted yet. */
    public Optional<ReportPeriod> currentPeriod(long taskId) {
        return periods(taskId).stream().filter(period -> period.status() != PeriodStatus.ACCEPTED).findFirst();
    }

    public ReportPeriod requireCurrentPeriod(long taskId) {
        return currentPeriod(taskId).orElseThrow(() -> new ValidationException(
                "Nhiệm vụ đã được báo cáo đủ các kỳ; không còn kỳ báo cáo nào."));
    }

    public boolean hasPeriodLeft(long taskId) {
        return currentPeriod(taskId).isPresent();
    }

    /** The report task of the current period was created: the unit holds the work now. */
    public ReportPeriod openCurrentPeriod(long taskId) {
        ReportPeriod period = requireCurrentPeriod(taskId);
        jdbc.sql("update remediation_period set status = 'OPEN' where id = ? and status = 'WAITING'").param(period.id()).update();
        return requireCurrentPeriod(taskId);
    }

    public List<ProgressReport> reports(long periodId) {
        return jdbc.sql("select * from remediation_report where period_id = ? order by round").param(periodId)
                .query(ProgressReport.class).list();
    }

    public Optional<ProgressReport> latestReport(long periodId) {
        List<ProgressReport> reports = reports(periodId);
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** A unit's report on the current period: status, what was done, evidence. */
    @Transactional
    public ProgressReport report(long taskId, Object progressValue, Object workDoneValue, Object evidenceValue,
                                 String user, String camundaTaskId) {
        ReportPeriod period = requireCurrentPeriod(taskId);
        if (!period.status().withUnit()) {
            throw new ValidationException("Kỳ báo cáo \"" + period.label() + "\" không chờ đơn vị báo cáo ("
                    + period.status().label() + ").");
        }
        List<String> problems = new ArrayList<>();
        Optional<Progress> progress = Progress.of(progressValue);
        if (progress.isEmpty()) {
            problems.add("Vui lòng chọn tình trạng thực hiện: đã hoàn thành, đang thực hiện hoặc chưa thực hiện được.");
        }
        String workDone = FormInput.requiredText(workDoneValue, progress.orElse(null) == Progress.NOT_DONE
                ? "lý do chưa thực hiện được và giải pháp" : "kết quả đã thực hiện", 4000, problems);
        String evidence = FormInput.optionalText(evidenceValue, "tài liệu kiểm chứng", 1000, problems);
        if (progress.orElse(null) == Progress.DONE && evidence == null) {
            problems.add("Khi báo cáo đã hoàn thành, vui lòng ghi tài liệu kiểm chứng (số, ngày văn bản hoặc đường dẫn).");
        }
        ValidationException.throwIfAny(problems);

        OffsetDateTime now = OffsetDateTime.now(clock);
        int round = reports(period.id()).size() + 1;
        jdbc.sql("""
                insert into remediation_report (period_id, round, progress, work_done, evidence_ref, submitted_by,
                                                submitted_at, working_days_late, task_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(period.id(), round, progress.get().name(), workDone, evidence, user, now,
                        schedule.workingDaysLate(period.dueAt(), now), camundaTaskId)
                .update();
        jdbc.sql("update remediation_period set status = 'REPORTED' where id = ?").param(period.id()).update();
        return latestReport(period.id()).orElseThrow();
    }

    /** SNV accepts the unit's report or returns it with a comment; true when accepted. */
    @Transactional
    public boolean review(long taskId, Object decision, Object comment, String user, String camundaTaskId) {
        ReportPeriod period = requireCurrentPeriod(taskId);
        if (period.status() != PeriodStatus.REPORTED) {
            throw new ValidationException("Kỳ báo cáo \"" + period.label() + "\" chưa có báo cáo chờ xem xét.");
        }
        Decision parsed = Decision.parse(decision, comment);
        int round = latestReport(period.id()).map(ProgressReport::round).orElse(0);
        plans.record(plans.task(taskId).planId(), period.id(), RemediationDecision.REPORT_REVIEW, round, parsed, RemediationPlanService.text(comment), user,
                camundaTaskId);
        jdbc.sql("update remediation_period set status = ? where id = ?")
                .params(parsed == Decision.APPROVE ? PeriodStatus.ACCEPTED.name() : PeriodStatus.RETURNED.name(), period.id())
                .update();
        return parsed == Decision.APPROVE;
    }

    /** SNV's comment when its latest decision on the period returned the unit's report. */
    public Optional<String> pendingReportReturn(long planId, long periodId) {
        List<LoggedDecision> decisions = this.decisions.history(RemediationPlanService.work(planId).part(periodId));
        return decisions.isEmpty() || !decisions.get(decisions.size() - 1).isReturn() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1).comment());
    }
}
