package vn.parindex.appraisal.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.appraisal.LostItem;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * The unit explains each of its items that lost points: the sheet is prefilled from the gap analysis (self score,
 * appraised score, the evidence given when self-scoring, the explanation sent before a return) and, on completion,
 * checked and stored in our tables.
 */
@Component
public record PrepareExplanationTaskListener(AppraisalForms forms, ExplanationService explanations)
        implements FormTaskListener {

    /** The form's fixed rows ({@code EXPLANATION_ROWS} in tools/forms/gen_forms.py). */
    public static final int FORM_ROWS = 60;
    static final String ITEMS = "explanationItems";

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        // Sở Nội vụ's comment when it returned this unit's explanation (the revision task)
        forms.show(task, List.of(ReviewStep.EXPLANATION_REVIEW, ReviewStep.EXPLANATION_SUBMITTED));
        TaskFormContext.showEvidenceLink(task);
        List<Map<String, Object>> rows = explanations.sheet(cycleId, TaskForms.unitCode(task)).stream()
                .map(PrepareExplanationTaskListener::row).toList();
        if (rows.size() > FORM_ROWS) {
            throw new IllegalStateException("Đơn vị có " + rows.size() + " tiêu chí cần giải trình, biểu mẫu có "
                    + FORM_ROWS + " dòng.");
        }
        task.setVariableLocal(ITEMS, TaskForms.json(rows));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var rows = TaskForms.rows(TaskForms.submittedTyped(task, ITEMS), "Chưa có nội dung giải trình.",
                "Nội dung giải trình không đọc được; vui lòng tải lại công việc và nhập lại.");
        TaskForms.takeSubmitted(task, ITEMS);
        if (rows.size() > FORM_ROWS) {
            throw new ValidationException("Bảng giải trình có nhiều hơn " + FORM_ROWS + " dòng.");
        }
        explanations.submit(TaskFormContext.cycleId(task), TaskForms.unitCode(task), rows, actor, task.getId());
    }

    private static Map<String, Object> row(LostItem item) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", item.code());
        row.put("name", item.name());
        // shown, never read back: with the decimal comma as the officer writes points ("1,13", not "1.13")
        row.put("selfScore", VietnameseFormat.points(item.selfScore()));
        row.put("appraisedScore", VietnameseFormat.points(item.appraisedScore()));
        row.put("lostPoints", VietnameseFormat.points(item.lostPoints()));
        row.put("evidence", item.evidence());
        row.put("explanation", item.explanation() == null ? "" : item.explanation());
        row.put("additionalEvidence", item.additionalEvidence() == null ? "" : item.additionalEvidence());
        return row;
    }
}
