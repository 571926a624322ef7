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
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.parindex.results.Responsibilities;
import vn.parindex.results.ResultsAnalysis;
import vn.parindex.workflow.Decision;

/**
 * Drafting the plan: SNV drafts tasks from the items that lost points (each task's unit, content, completion time and
 * reporting checked against the year's data), submits the draft, the Chairman approves or returns it, and the approved
 * plan starts with the reports each task's unit owes.
 */
@Service
@RequiredArgsConstructor
public class RemediationDrafting {

    static final int EXTRA_DRAFT_ROWS = 5;

    private final JdbcClient jdbc;
    private final RemediationPlanService plans;
    private final RemediationDueDates dueDates;
    private final GapAnalysisService analysis;
    private final CriteriaService criteria;
    private final CycleService cycles;
    private final OrgDirectoryService orgDirectory;
    private final Responsibilities responsibilities;
    private final RemediationSchedule schedule;
    private final Clock clock;

    /** Rows for the drafting page: the saved tasks, else one per item that lost points with its lead unit; then blanks. */
    public List<DraftRow> draftRows(long planId) {
        RemediationPlan plan = plans.get(planId);
        List<DraftRow> rows = new ArrayList<>();
        List<RemediationTask> saved = plans.tasks(planId);
        if (!saved.isEmpty()) {
            saved.forEach(task -> rows.add(new DraftRow(nullToEmpty(task.criterionCode()), "", task.unitCode(),
                    task.content(), task.completionText(), task.reporting())));
        } else {
            LocalDate today = schedule.day(OffsetDateTime.now(clock));
            analysis.find(plans.yearOf(plan)).map(ResultsAnalysis::lostItems).orElse(List.of()).forEach(item -> rows.add(
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
        RemediationPlan plan = plans.get(planId);
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
        return plans.get(planId);
    }

    /** SNV submits the saved draft to the Chairman: it must have tasks, all still valid today. */
    @Transactional
    public RemediationPlan submit(long planId, String user, String camundaTaskId) {
        RemediationPlan plan = plans.get(planId);
        requireEditable(plan);
        List<RemediationTask> saved = plans.tasks(planId);
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
        plans.record(planId, null, RemediationDecision.PLAN_SUBMITTED, round, Decision.SUBMITTED, null, user, camundaTaskId);
        return plans.get(planId);
    }

    /** The Chairman approves the submitted draft or returns it with a comment; true when approved. */
    @Transactional
    public boolean decideApproval(long planId, Object decision, Object comment, String user, String camundaTaskId) {
        RemediationPlan plan = plans.get(planId);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new ValidationException("Kế hoạch không ở trạng thái chờ phê duyệt (" + plan.status().label() + ").");
        }
        Decision parsed = Decision.parse(decision, comment);
        plans.record(planId, null, RemediationDecision.PLAN_APPROVAL, plan.round(), parsed, RemediationPlanService.text(comment), user, camundaTaskId);
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
        RemediationPlan plan = plans.get(planId);
        if (plan.status() == PlanStatus.IN_PROGRESS) {
            return;
        }
        OffsetDateTime approvedAt = plan.approvedAt() != null ? plan.approvedAt() : OffsetDateTime.now(clock);
        for (RemediationTask task : plans.tasks(planId)) {
            dueDates.createPeriods(task.id(), task.completionKind(), task.dueAt(), approvedAt);
        }
        jdbc.sql("update remediation_plan set status = 'IN_PROGRESS' where id = ?").param(planId).update();
    }

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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
