package vn.parindex.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.results.GapAnalysisService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.results.Responsibilities;
import vn.parindex.results.ResultsAnalysis;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.LoggedDecision;
import vn.parindex.workflow.WorkRef;

/**
 * The remediation plan of a year's results: SNV drafts tasks from the items that lost points, the Chairman approves
 * or returns the draft, each approved task becomes a series of reports the responsible unit owes, and SNV accepts or
 * returns each report. Every change is validated completely first and stored in one transaction.
 */
@Service
public class RemediationPlanService {

    static final int EXTRA_DRAFT_ROWS = 5;

    private final JdbcClient jdbc;
    private final MinistryResultService results;
    private final GapAnalysisService analysis;
    private final CriteriaService criteria;
    private final CycleService cycles;
    private final OrgDirectoryService orgDirectory;
    private final Responsibilities responsibilities;
    private final RemediationSchedule schedule;
    private final RemediationProperties settings;
    private final Clock clock;
    private final DecisionLog decisions;

    RemediationPlanService(JdbcClient jdbc, MinistryResultService results, GapAnalysisService analysis,
                           CriteriaService criteria, CycleService cycles, OrgDirectoryService orgDirectory,
                           Responsibilities responsibilities, RemediationSchedule schedule,
                           RemediationProperties settings, Clock clock,
                           DecisionLog decisions) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.results = results;
        this.analysis = analysis;
        this.criteria = criteria;
        this.cycles = cycles;
        this.orgDirectory = orgDirectory;
        this.responsibilities = responsibilities;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the plan

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

    // ---------------------------------------------------------------- drafting

    /** Rows for the drafting page: the saved tasks, else one per item that lost points with its lead unit; then blanks. */
    public List<DraftRow> draftRows(long planId) {
        RemediationPlan plan = get(planId);
        List<DraftRow> rows = new ArrayList<>();
        List<RemediationTask> saved = tasks(planId);
        if (!saved.isEmpty()) {
            saved.forEach(task -> rows.add(new DraftRow(nullToEmpty(task.criterionCode()), "", task.unitCode(),
                    task.content(), task.completionText(), task.reporting())));
        } else {
            LocalDate today = schedule.day(OffsetDateTime.now(clock));
            analysis.find(yearOf(plan)).map(ResultsAnalysis::lostItems).orElse(List.of()).forEach(item -> rows.add(
                    new DraftRow(item.code(), "Mất " + VietnameseFormat.points(item.lostPoints()) + " điểm"
                            + (item.survey() ? " (điều tra xã hội học)" : ""),
                            item.leadUnit() == null ? "" : responsibilities.carrierOn(item.leadUnit(), today)
                                    .map(OrgUnit::code).orElse(item.leadUnit()), "", "", "")));
        }
        for (int i = 0; i < EXTRA_DRAFT_ROWS; i++) {
            rows.add(DraftRow.empty());
        }
        return rows;
    }

    /** Units that can be given tasks today, by name. */
    public List<OrgUnit> assignableUnits() {
        LocalDate today = schedule.day(OffsetDateTime.now(clock));
        return orgDirectory.all().stream().filter(unit -> unit.isValidOn(today))
                .sorted(Comparator.comparing(OrgUnit::type).thenComparing(OrgUnit::name)).toList();
    }

    /** Replaces the draft's title, end and tasks; nothing is stored when any row is wrong. */
    @Transactional
    public RemediationPlan saveDraft(long planId, DraftInput input, String user) {
        RemediationPlan plan = get(planId);
        requireEditable(plan);
        List<String> problems = new ArrayList<>();
        String title = FormInput.requiredText(input.title(), "tên kế hoạch", 500, problems);
        LocalDate endsOn = endsOn(input.endsOn(), problems);
        List<ValidTask> tasks = validTasks(plan, input.tasks() == null ? List.of() : input.tasks(), endsOn, problems);
        ValidationException.throwIfAny(problems);

        jdbc.sql("delete from remediation_task where plan_id = ?").param(planId).update();
        for (ValidTask task : tasks) {
            jdbc.sql("""
                    insert into remediation_task (plan_id, position, criterion_code, unit_code, content, completion_text,
                                                  completion_kind, due_at, reporting)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, task.position(), task.item(), task.unit(), task.content(), task.time().text(),
                            task.time().kind().name(), task.due(), task.reporting())
                    .update();
        }
        jdbc.sql("update remediation_plan set title = ?, ends_on = ?, saved_by = ?, saved_at = ? where id = ?")
                .params(title, endsOn, user, OffsetDateTime.now(clock), planId).update();
        return get(planId);
    }

    /** SNV submits the saved draft to the Chairman: it must have tasks, all still valid today. */
    @Transactional
    public RemediationPlan submit(long planId, String user, String camundaTaskId) {
        RemediationPlan plan = get(planId);
        requireEditable(plan);
        List<RemediationTask> saved = tasks(planId);
        if (saved.isEmpty()) {
            throw new ValidationException("Dự thảo kế hoạch chưa có nhiệm vụ nào: hãy soạn và lưu các nhiệm vụ trên trang "
                    + "soạn kế hoạch khắc phục trước khi trình Chủ tịch UBND tỉnh.");
        }
        List<String> problems = new ArrayList<>();
        validTasks(plan, saved.stream().map(task -> new DraftInput.TaskInput(task.criterionCode(), task.unitCode(),
                task.content(), task.completionText(), task.reporting())).toList(), plan.endsOn(), problems);
        if (!plan.endsOn().isAfter(schedule.day(OffsetDateTime.now(clock)))) {
            problems.add("Ngày kết thúc kế hoạch " + VietnameseFormat.date(plan.endsOn()) + " đã qua.");
        }
        ValidationException.throwIfAny(problems);
        int round = plan.round() + 1;
        jdbc.sql("update remediation_plan set status = 'SUBMITTED', round = ?, submitted_at = ? where id = ?")
                .params(round, OffsetDateTime.now(clock), planId).update();
        record(planId, null, RemediationDecision.PLAN_SUBMITTED, round, Decision.SUBMITTED, null, user, camundaTaskId);
        return get(planId);
    }

    /** The Chairman approves the submitted draft or returns it with a comment; true when approved. */
    @Transactional
    public boolean decideApproval(long planId, Object decision, Object comment, String user, String camundaTaskId) {
        RemediationPlan plan = get(planId);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new ValidationException("Kế hoạch không ở trạng thái chờ phê duyệt (" + plan.status().label() + ").");
        }
        Decision parsed = Decision.parse(decision, comment);
        record(planId, null, RemediationDecision.PLAN_APPROVAL, plan.round(), parsed, text(comment), user, camundaTaskId);
        if (parsed == Decision.APPROVE) {
            jdbc.sql("update remediation_plan set approved_by = ?, approved_at = ? where id = ?")
                    .params(user, OffsetDateTime.now(clock), planId).update();
        } else {
            jdbc.sql("update remediation_plan set status = 'RETURNED' where id = ?").param(planId).update();
        }
        return parsed == Decision.APPROVE;
    }

    /** The approved plan starts: every task gets the reports its unit owes. Repeating it changes nothing. */
    @Transactional
    public void activate(long planId) {
        RemediationPlan plan = get(planId);
        if (plan.status() == PlanStatus.IN_PROGRESS) {
            return;
        }
        OffsetDateTime approvedAt = plan.approvedAt() != null ? plan.approvedAt() : OffsetDateTime.now(clock);
        for (RemediationTask task : tasks(planId)) {
            createPeriods(task.id(), task.completionKind(), task.dueAt(), approvedAt);
        }
        jdbc.sql("update remediation_plan set status = 'IN_PROGRESS' where id = ?").param(planId).update();
    }

    /** The reports a task's unit owes from {@code from} on: one, or one per quarter for a recurring task. */
    void createPeriods(long taskId, CompletionKind kind, OffsetDateTime due, OffsetDateTime from) {
        for (RemediationSchedule.Period period : schedule.periods(kind, due, from)) {
            jdbc.sql("""
                    insert into remediation_period (task_id, sequence, label, opens_at, due_at, status)
                    values (?, ?, ?, ?, ?, 'WAITING')""")
                    .params(taskId, period.sequence(), period.label(), period.opensAt(), period.dueAt()).update();
        }
    }

    @Transactional
    public void complete(long planId) {
        jdbc.sql("update remediation_plan set status = 'COMPLETED', open_cycle_id = null, completed_at = ? where id = ?")
                .params(OffsetDateTime.now(clock), planId).update();
    }

    // ---------------------------------------------------------------- moving a due date

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
        RemediationPlan plan = requireInProgress(year, "điều chỉnh được hạn của nhiệm vụ");
        RemediationTask task = tasks(plan.id()).stream().filter(candidate -> candidate.position() == position).findFirst()
                .orElseThrow(() -> new ValidationException("Kế hoạch khắc phục năm " + year + " không có nhiệm vụ số "
                        + position + "."));
        if (task.cancelled()) {
            throw new ValidationException("Nhiệm vụ số " + position + " đã bị hủy; không còn hạn nào để điều chỉnh.");
        }
        List<ReportPeriod> periods = periods(task.id());
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

    // ---------------------------------------------------------------- reporting

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
        record(task(taskId).planId(), period.id(), RemediationDecision.REPORT_REVIEW, round, parsed, text(comment), user,
                camundaTaskId);
        jdbc.sql("update remediation_period set status = ? where id = ?")
                .params(parsed == Decision.APPROVE ? PeriodStatus.ACCEPTED.name() : PeriodStatus.RETURNED.name(), period.id())
                .update();
        return parsed == Decision.APPROVE;
    }

    // ---------------------------------------------------------------- decisions and due dates

    public List<RemediationDecision> decisions(long planId) {
        return decisions.history(work(planId)).stream().map(RemediationPlanService::decision).toList();
    }

    /** The Chairman's comment when the latest decision on the plan returned it. */
    public Optional<String> pendingPlanReturn(long planId) {
        List<RemediationDecision> decisions = decisions(planId).stream().filter(d -> d.periodId() == null).toList();
        return decisions.isEmpty() || !decisions.get(decisions.size() - 1).isReturn() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1).comment());
    }

    /** SNV's comment when its latest decision on the period returned the unit's report. */
    public Optional<String> pendingReportReturn(long planId, long periodId) {
        List<LoggedDecision> decisions = this.decisions.history(work(planId).part(periodId));
        return decisions.isEmpty() || !decisions.get(decisions.size() - 1).isReturn() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1).comment());
    }

    private static WorkRef work(long planId) {
        return WorkRef.of("REMEDIATION_PLAN", planId);
    }

    private static RemediationDecision decision(LoggedDecision logged) {
        return new RemediationDecision(logged.id(), logged.workId(), logged.partId(), logged.step(), logged.round(),
                logged.decision(), logged.comment(), logged.decidedBy(), logged.decidedAt(), logged.taskId());
    }

    /** Drafting (or redrafting after the Chairman's return) takes {@code draft-working-days}. */
    public OffsetDateTime draftDue(long planId) {
        RemediationPlan plan = get(planId);
        OffsetDateTime from = decisions(planId).stream().filter(d -> d.periodId() == null && d.isReturn())
                .map(RemediationDecision::decidedAt).max(Comparator.naturalOrder()).orElse(plan.createdAt());
        return schedule.workingDaysAfter(from, settings.draftWorkingDays());
    }

    public OffsetDateTime approvalDue(long planId) {
        RemediationPlan plan = get(planId);
        return schedule.workingDaysAfter(plan.submittedAt() != null ? plan.submittedAt() : OffsetDateTime.now(clock),
                settings.approvalWorkingDays());
    }

    public OffsetDateTime reviewDue(long taskId) {
        ReportPeriod period = requireCurrentPeriod(taskId);
        OffsetDateTime from = latestReport(period.id()).map(ProgressReport::submittedAt).orElse(OffsetDateTime.now(clock));
        return schedule.workingDaysAfter(from, settings.reviewWorkingDays());
    }

    // ---------------------------------------------------------------- validation

    record ValidTask(int position, String item, String unit, String content, CompletionTime time,
                     OffsetDateTime due, String reporting) {
    }

    List<ValidTask> validTasks(RemediationPlan plan, List<DraftInput.TaskInput> rows, LocalDate endsOn,
                                       List<String> problems) {
        Cycle cycle = cycles.get(plan.cycleId());
        Map<String, Criterion> items = criteria.items(cycle.criteriaSetCode()).stream()
                .collect(Collectors.toMap(Criterion::code, item -> item));
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = schedule.day(now);
        List<ValidTask> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DraftInput.TaskInput row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String line = "Nhiệm vụ dòng " + (i + 1) + ": ";
            int before = problems.size();
            String item = FormInput.text(row.item());
            if (!item.isEmpty() && !items.containsKey(item)) {
                problems.add(line + "tiêu chí " + item + " không có trong bộ tiêu chí " + cycle.criteriaSetCode() + ".");
            }
            String unit = checkUnit(FormInput.text(row.unit()).toUpperCase(java.util.Locale.ROOT), today, line, problems);
            String content = FormInput.text(row.content());
            if (content.isEmpty() || content.length() > 4000) {
                problems.add(line + (content.isEmpty() ? "vui lòng nhập nội dung phải thực hiện, khắc phục."
                        : "nội dung dài quá 4000 ký tự."));
            }
            String reporting = FormInput.text(row.reporting());
            if (reporting.isEmpty() || reporting.length() > 1000) {
                problems.add(line + (reporting.isEmpty() ? "vui lòng ghi hình thức báo cáo kết quả (ví dụ: đưa vào báo cáo "
                        + "CCHC định kỳ và năm của đơn vị)." : "hình thức báo cáo dài quá 1000 ký tự."));
            }
            Optional<CompletionTime> time = CompletionTime.parse(row.completionTime());
            OffsetDateTime due = null;
            if (FormInput.text(row.completionTime()).isEmpty()) {
                problems.add(line + "vui lòng nhập thời gian hoàn thành: " + CompletionTime.EXAMPLES + ".");
            } else if (time.isEmpty()) {
                problems.add(line + "thời gian hoàn thành \"" + FormInput.text(row.completionTime()) + "\" không hợp lệ; "
                        + "ghi theo một trong các dạng " + CompletionTime.EXAMPLES + ".");
            } else if (endsOn != null) {
                due = schedule.dueOf(time.get(), endsOn);
                if (time.get().kind() == CompletionKind.RECURRING) {
                    if (time.get().withinYear() != null && time.get().withinYear() < today.getYear()) {
                        problems.add(line + "thời gian hoàn thành \"" + time.get().text() + "\" đã qua.");
                    }
                } else if (due.isBefore(now)) {
                    problems.add(line + "thời gian hoàn thành \"" + time.get().text() + "\" đã qua (hạn "
                            + VietnameseFormat.date(schedule.day(due)) + ").");
                } else if (schedule.day(due).isAfter(endsOn)) {
                    problems.add(line + "thời gian hoàn thành \"" + time.get().text() + "\" sau ngày kết thúc kế hoạch "
                            + VietnameseFormat.date(endsOn) + ".");
                }
            }
            if (problems.size() == before) {
                valid.add(new ValidTask(valid.size() + 1, item.isEmpty() ? null : item, unit, content, time.get(), due,
                        reporting));
            }
        }
        return valid;
    }

    private String checkUnit(String code, LocalDate today, String line, List<String> problems) {
        if (code.isEmpty()) {
            problems.add(line + "vui lòng chọn đơn vị chủ trì thực hiện.");
            return code;
        }
        Optional<OrgUnit> unit = orgDirectory.find(code);
        if (unit.isEmpty()) {
            problems.add(line + "không có đơn vị mã " + code + ".");
        } else if (!unit.get().isValidOn(today)) {
            String carrier = responsibilities.carrierOn(code, today).map(found -> "; nhiệm vụ của đơn vị này nay thuộc "
                    + found.name() + " (" + found.code() + ")").orElse("");
            problems.add(line + "đơn vị " + unit.get().name() + " (" + code + ") không tồn tại trong năm " + today.getYear()
                    + (unit.get().validTo() != null && unit.get().validTo().isBefore(today)
                    ? " (đã kết thúc hoạt động ngày " + VietnameseFormat.date(unit.get().validTo()) + ")"
                    : " (bắt đầu hoạt động từ ngày " + VietnameseFormat.date(unit.get().validFrom()) + ")") + carrier + ".");
        }
        return code;
    }

    private LocalDate endsOn(String text, List<String> problems) {
        LocalDate endsOn = FormInput.requiredDate(text, "ngày kết thúc kế hoạch", problems);
        if (endsOn == null) {
            return null;
        }
        LocalDate today = schedule.day(OffsetDateTime.now(clock));
        if (!endsOn.isAfter(today)) {
            problems.add("Ngày kết thúc kế hoạch phải sau ngày hôm nay.");
            return null;
        }
        if (endsOn.isAfter(today.plusYears(3))) {
            problems.add("Ngày kết thúc kế hoạch không được quá 3 năm kể từ hôm nay.");
            return null;
        }
        return endsOn;
    }

    private void requireEditable(RemediationPlan plan) {
        if (!plan.status().editable()) {
            throw new ValidationException("Kế hoạch khắc phục đang ở trạng thái \"" + plan.status().label()
                    + "\": không thể sửa hoặc trình dự thảo.");
        }
    }

    private void record(long planId, Long periodId, String step, int round, Decision decision, String comment,
                        String user, String camundaTaskId) {
        decisions.record(work(planId).part(periodId), null, step, round, decision.name(), comment, user, camundaTaskId);
    }

    private static ValidationException alreadyLive(int year) {
        return new ValidationException("Kế hoạch khắc phục kết quả Chỉ số CCHC năm " + year + " đang được lập hoặc thực hiện"
                + " (mã " + RemediationPlan.businessKeyOf(year) + "). Mỗi năm chỉ có một kế hoạch đang thực hiện.");
    }

    private static String text(Object comment) {
        String text = comment == null ? "" : comment.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
