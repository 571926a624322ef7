package vn.parindex.remediation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.remediation.ProgressReport;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.ReportPeriod;
import vn.parindex.workflow.process.TaskForms;

/**
 * What the remediation forms show, as task-local variables (they disappear with the task and never reach the
 * process instance): the context line every form of ours has, the plan's tasks as a table, or the one task and its
 * report. The plan lives in our tables; these are copies for display.
 */
@Component
public record RemediationFormContext(RemediationPlanService plans, CycleService cycles, CriteriaService criteria,
                                     OrgDirectoryService orgDirectory, TaskForms forms, ParProperties properties) {

    static final String CYCLE_YEAR = "cycleYear";
    static final String PROVINCE_NAME = "provinceName";
    static final String PLAN_TITLE = "planTitle";
    static final String PLAN_SUMMARY = "planSummary";
    static final String PLAN_TASKS = "planTasks";
    static final String DRAFT_URL = "draftUrl";
    static final String RESULTS_URL = "resultsUrl";
    static final String TASK_CONTENT = "taskContent";
    static final String ITEM_TEXT = "itemText";
    static final String COMPLETION_TEXT = "completionText";
    static final String PERIOD_LABEL = "periodLabel";
    static final String REPORTING_TEXT = "reportingText";
    static final String REPORT_TEXT = "reportText";
    // form fields, declared task-local so a submission stays on the task
    static final String CONFIRM = "confirmSubmit";
    static final String PROGRESS = "progress";
    static final String WORK_DONE = "workDone";
    static final String EVIDENCE_REF = "evidenceRef";

    static long planId(DelegateTask task) {
        return TaskForms.id(task, RemediationProcess.PLAN_ID);
    }

    static long remediationTaskId(DelegateTask task) {
        return TaskForms.id(task, RemediationProcess.REMEDIATION_TASK_ID);
    }

    /** The context line: whose task, which year's results, the due date. */
    void show(DelegateTask task, String unitCode, String returnComment) {
        RemediationPlan plan = plans.get(planId(task));
        Cycle cycle = cycles.get(plan.cycleId());
        forms.showContext(task, unitCode == null ? "Sở Nội vụ (kế hoạch khắc phục của tỉnh)"
                : orgDirectory.get(unitCode).name(), returnComment == null ? "" : returnComment);
        TaskForms.addInfo(task, Map.of(CYCLE_YEAR, String.valueOf(cycle.year()),
                PROVINCE_NAME, cycles.yearOf(cycle).province()));
        TaskForms.addToSubject(task, "năm " + cycle.year());
    }

    /** The plan as the draft and approval forms show it; also refreshed when SNV saves the draft on our page. */
    public Map<String, Object> planVariables(long planId) {
        RemediationPlan plan = plans.get(planId);
        int year = plans.yearOf(plan);
        Map<String, String> itemNames = itemNames(plan);
        List<RemediationTask> tasks = plans.tasks(planId);
        List<Map<String, Object>> rows = tasks.stream().map(task -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", task.position());
            row.put("item", task.criterionCode() == null ? "" : task.criterionCode() + " " + itemNames.getOrDefault(task.criterionCode(), ""));
            row.put("unit", orgDirectory.find(task.unitCode()).map(unit -> unit.name()).orElse(task.unitCode()));
            row.put("content", task.content());
            row.put("completion", task.completionText());
            row.put("reporting", task.reporting());
            return row;
        }).toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PLAN_TITLE, plan.title());
        variables.put(PLAN_SUMMARY, tasks.isEmpty() ? "Dự thảo chưa có nhiệm vụ nào."
                : "Dự thảo có " + tasks.size() + " nhiệm vụ của " + tasks.stream().map(RemediationTask::unitCode).distinct().count()
                + " đơn vị; thực hiện đến ngày " + VietnameseFormat.date(plan.endsOn())
                + (plan.savedAt() == null ? "" : "; lưu lần cuối lúc " + VietnameseFormat.dateTime(plan.savedAt(), properties.timeZone())
                + " bởi " + plan.savedBy()) + ".");
        variables.put(PLAN_TASKS, TaskForms.json(rows));
        variables.put(DRAFT_URL, "/pages/remediation/draft?year=" + year);
        variables.put(RESULTS_URL, "/pages/results?year=" + year);
        return variables;
    }

    /** One task of the plan and its current report, for the unit's report form and SNV's review form. */
    void showTask(DelegateTask task, RemediationTask remediationTask, ReportPeriod period) {
        RemediationPlan plan = plans.get(remediationTask.planId());
        task.setVariableLocal(PLAN_TITLE, plan.title());
        task.setVariableLocal(TASK_CONTENT, remediationTask.content());
        task.setVariableLocal(ITEM_TEXT, remediationTask.criterionCode() == null ? "(nhiệm vụ chung)"
                : remediationTask.criterionCode() + " " + itemNames(plan).getOrDefault(remediationTask.criterionCode(), ""));
        task.setVariableLocal(COMPLETION_TEXT, remediationTask.completionText());
        TaskForms.addInfo(task, PERIOD_LABEL, period.label());
        task.setVariableLocal(REPORTING_TEXT, remediationTask.reporting());
    }

    String reportText(ProgressReport report) {
        return "**Tình trạng:** " + report.progress().label() + " · **Báo cáo lúc:** "
                + VietnameseFormat.dateTime(report.submittedAt(), properties.timeZone()) + " (" + report.submittedBy() + ")"
                + (report.workingDaysLate() > 0 ? " · **chậm " + report.workingDaysLate() + " ngày làm việc**" : "")
                + "\n\n**Kết quả đã thực hiện:** " + report.workDone()
                + "\n\n**Tài liệu kiểm chứng:** " + (report.evidenceRef() == null ? "(không có)" : report.evidenceRef());
    }

    private Map<String, String> itemNames(RemediationPlan plan) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Criterion item : criteria.items(cycles.get(plan.cycleId()).criteriaSetCode())) {
            names.put(item.code(), item.name());
        }
        return names;
    }
}
