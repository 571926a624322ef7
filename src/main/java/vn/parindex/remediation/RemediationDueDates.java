package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;

/**
 * The plan's due dates: the reports a task's unit owes (one, or one per quarter for a recurring task), moving the due
 * date of a task's current report, and the due dates of drafting, approval and review from the working calendar.
 */
@Service
@RequiredArgsConstructor
public class RemediationDueDates {

    private final JdbcClient jdbc;
    private final RemediationPlanService plans;
    private final RemediationReports reports;
    private final RemediationSchedule schedule;
    private final RemediationProperties settings;
    private final Clock clock;

    /** The reports a task's unit owes from {@code from} on: one, or one per quarter for a recurring task. */
    void createPeriods(long taskId, CompletionKind kind, OffsetDateTime due, OffsetDateTime from) {
        for (RemediationSchedule.Period period : schedule.periods(kind, due, from)) {
            jdbc.sql("""
                    insert into remediation_period (task_id, sequence, label, opens_at, due_at, status)
                    values (?, ?, ?, ?, ?, 'WAITING')""")
                    .params(taskId, period.sequence(), period.label(), period.opensAt(), period.dueAt()).update();
        }
    }

    /**
     * Moves the due date of the current report of task {@code position} of the year's plan in progress (the unit asked
     * for more time and the Chairman agreed, say). Refused in Vietnamese, nothing stored: no plan in
     * progress, no such task, nothing left to report or a report awaiting review, a date that is past, not a working
     * day, before the report period opens, after the plan's end or not before the next quarter's due date, the same
     * date, no reason. The one deadline change logs it and moves the open tasks and timers that read the date.
     */
    @Transactional
    public DeadlineExtension extendDeadline(int year, int position, LocalDate newDate, String reason) {
        List<String> problems = new ArrayList<>();
        String why = FormInput.requiredText(reason, "lý do điều chỉnh hạn (ví dụ: ý kiến của Chủ tịch"
                + " UBND tỉnh, văn bản đề nghị của đơn vị)", 2000, problems);
        if (newDate == null) {
            problems.add("Vui lòng nhập hạn mới.");
        }
        ValidationException.throwIfAny(problems);
        RemediationPlan plan = plans.requireInProgress(year, "điều chỉnh được hạn của nhiệm vụ");
        RemediationTask task = plans.tasks(plan.id()).stream().filter(candidate -> candidate.position() == position).findFirst()
                .orElseThrow(() -> new ValidationException("Kế hoạch khắc phục năm " + year + " không có nhiệm vụ số "
                        + position + "."));
        if (task.cancelled()) {
            throw new ValidationException("Nhiệm vụ số " + position + " đã bị hủy; không còn hạn nào để điều chỉnh.");
        }
        List<ReportPeriod> periods = reports.periods(task.id());
        ReportPeriod current = periods.stream().filter(period -> period.status() != PeriodStatus.ACCEPTED).findFirst()
                .orElseThrow(() -> new ValidationException("Nhiệm vụ số " + position + " đã được báo cáo đủ các kỳ và Sở Nội vụ"
                        + " đã chấp nhận; không còn hạn nào để điều chỉnh."));
        if (current.status() == PeriodStatus.REPORTED) {
            throw new ValidationException("Đơn vị đã báo cáo " + current.label() + " của nhiệm vụ số " + position
                    + " và đang chờ Sở Nội vụ xem xét; không cần điều chỉnh hạn.");
        }
        OffsetDateTime newDue = schedule.dueAt(newDate);
        String shown = VietnameseFormat.date(newDate);
        if (!schedule.isWorkingDay(newDate)) {
            problems.add("Ngày " + shown + " không phải ngày làm việc (thứ Bảy, Chủ nhật hoặc ngày nghỉ); hạn phải là một ngày làm việc.");
        }
        if (!newDue.isAfter(OffsetDateTime.now(clock))) {
            problems.add("Hạn mới " + shown + " đã qua.");
        }
        if (!newDue.isAfter(current.opensAt())) {
            problems.add("Hạn mới phải sau ngày mở kỳ báo cáo (" + VietnameseFormat.date(
                    schedule.day(current.opensAt())) + ").");
        }
        if (newDate.isAfter(plan.endsOn())) {
            problems.add("Hạn mới " + shown + " vượt quá thời hạn thực hiện kế hoạch ("
                    + VietnameseFormat.date(plan.endsOn()) + ").");
        }
        periods.stream().filter(period -> period.sequence() > current.sequence()).findFirst()
                .filter(next -> !newDue.isBefore(next.dueAt()))
                .ifPresent(next -> problems.add("Hạn mới phải trước hạn của " + next.label() + " ("
                        + VietnameseFormat.date(schedule.day(next.dueAt())) + ")."));
        if (newDue.isEqual(current.dueAt())) {
            problems.add("Hạn của " + current.label() + " đã là ngày " + shown + "; không có gì thay đổi.");
        }
        ValidationException.throwIfAny(problems);

        jdbc.sql("update remediation_period set due_at = ? where id = ?").params(newDue, current.id()).update();
        if (task.completionKind() != CompletionKind.RECURRING) {
            jdbc.sql("update remediation_task set due_at = ? where id = ?").params(newDue, task.id()).update();
        }
        return new DeadlineExtension(plan, task.id(), current.id(), current.dueAt(), newDue, why);
    }

    /** Drafting (or redrafting after the Chairman's return) takes {@code draft-working-days}. */
    public OffsetDateTime draftDue(long planId) {
        RemediationPlan plan = plans.get(planId);
        OffsetDateTime from = plans.decisions(planId).stream().filter(d -> d.periodId() == null && d.isReturn())
                .map(RemediationDecision::decidedAt).max(Comparator.naturalOrder()).orElse(plan.createdAt());
        return schedule.workingDaysAfter(from, settings.draftWorkingDays());
    }

    public OffsetDateTime approvalDue(long planId) {
        RemediationPlan plan = plans.get(planId);
        return schedule.workingDaysAfter(plan.submittedAt() != null ? plan.submittedAt() : OffsetDateTime.now(clock),
                settings.approvalWorkingDays());
    }

    public OffsetDateTime reviewDue(long taskId) {
        ReportPeriod period = reports.requireCurrentPeriod(taskId);
        OffsetDateTime from = reports.latestReport(period.id()).map(ProgressReport::submittedAt).orElse(OffsetDateTime.now(clock));
        return schedule.workingDaysAfter(from, settings.reviewWorkingDays());
    }
}
