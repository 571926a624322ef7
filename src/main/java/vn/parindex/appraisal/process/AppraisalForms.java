package vn.parindex.appraisal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.appraisal.LostItem;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.TaskForms;

/** What the forms of the stage after the submission show: the context, the appraisal line, the explanations. */
@Component
public record AppraisalForms(TaskFormContext context, AppraisalService appraisals, ExplanationService explanations,
                             CycleService cycles, OrgDirectoryService orgDirectory) {

    static final String APPRAISAL_TEXT = "appraisalText";
    static final String RESULTS_ENTRY_URL = "resultsEntryUrl";
    static final String EXPLANATIONS = "explanations";
    static final String EXPLANATION_REPORT_URL = "explanationReportUrl";

    void show(DelegateTask task, List<ReviewStep> returnSteps) {
        long cycleId = TaskFormContext.cycleId(task);
        context.show(task, returnSteps);
        task.setVariableLocal(APPRAISAL_TEXT, appraisals.summary(cycleId));
        task.setVariableLocal(RESULTS_ENTRY_URL, "/pages/results/enter?year=" + cycles.get(cycleId).year());
        task.setVariableLocal(EXPLANATION_REPORT_URL,
                "/api/cycles/" + cycles.get(cycleId).year() + "/appraisal/explanation-report.docx");
    }

    /** Every unit's explanations, a row per item, for the consolidation and the Chairman. */
    void showExplanations(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        List<java.util.Map<String, Object>> rows = explanations.all(cycleId).stream().map(this::row).toList();
        task.setVariableLocal(EXPLANATIONS, TaskForms.json(rows));
        var stage = appraisals.get(cycleId);
        task.setVariableLocal(ExplanationService.SUMMARY, text(stage.explanationSummary()));
        task.setVariableLocal(ExplanationService.REQUESTS, text(stage.explanationRequests()));
    }

    private java.util.Map<String, Object> row(LostItem item) {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("unitName", orgDirectory.get(item.unitCode()).name());
        row.put("code", item.code());
        // the item by its code and name: the Chairman reads what was explained, not only "2.1.1"
        row.put("criterion", item.code() + ". " + item.name());
        row.put("selfScore", VietnameseFormat.points(item.selfScore()));
        row.put("appraisedScore", VietnameseFormat.points(item.appraisedScore()));
        row.put("explanation", text(item.explanation()));
        row.put("additionalEvidence", text(item.additionalEvidence()));
        return row;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
