package vn.parindex.internalindex.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexLinks;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.DecisionTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * The Chairman (or the Vice-chairman) approves the computed index and ranking, recording the number and date of the
 * decision that publishes it, or returns it with a comment.
 */
@Component("internalIndexChairmanApprovalListener")
public record ChairmanApprovalListener(InternalIndexService index, IndexForms forms) implements DecisionTaskListener {

    /** The number of the decision publishing the index (Quyết định công bố), required on approval. */
    public static final String DECISION_NUMBER = "decisionNumber";
    /** The date the decision was signed, required on approval. */
    public static final String DECISION_DATE = "decisionDate";

    @Override
    public String approvedVariable() {
        return InternalIndexProcess.RESULTS_APPROVED;
    }

    @Override
    public void showSubject(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        forms.showContext(task);
        int year = index.get(periodId).year();
        task.setVariableLocal(InternalIndexProcess.RANKING_XLSX_URL, InternalIndexLinks.rankingXlsx(year));
        task.setVariableLocal(InternalIndexProcess.RANKING_DOCX_URL, InternalIndexLinks.rankingDocx(year));
        // the decision that publishes the index, recorded with the approval (declared for the form)
        task.setVariableLocal(DECISION_NUMBER, null);
        task.setVariableLocal(DECISION_DATE, null);
        task.setVariableLocal(InternalIndexProcess.RESULTS, IndexForms.json(index.results(periodId).stream().map(result -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", result.groupName());
            row.put("rank", result.rankNo());
            row.put("unit", result.unitName());
            row.put("appraised", IndexForms.points(result.appraisedPoints()));
            row.put("survey", IndexForms.points(result.surveyPoints()));
            row.put("index", IndexForms.points(result.indexValue()));
            row.put("classification", result.classification());
            row.put("late", result.late() ? "Nộp muộn / không nộp" : "");
            return row;
        }).toList()));
    }

    @Override
    public boolean decide(DelegateTask task, Object submittedDecision, Object submittedComment, String actor) {
        String decision = FormInput.text(submittedDecision);
        String comment = FormInput.text(submittedComment);
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            throw new ValidationException("Vui lòng chọn phê duyệt hoặc trả lại.");
        }
        if ("RETURN".equals(decision) && comment.isEmpty()) {
            throw new ValidationException("Trả lại thì phải ghi rõ nội dung cần xem xét lại.");
        }
        if (comment.length() > 4000) {
            throw new ValidationException("Ý kiến dài quá 4000 ký tự.");
        }
        Map<String, Object> publication = TaskForms.takeSubmitted(task, DECISION_NUMBER, DECISION_DATE);
        if ("APPROVE".equals(decision)) {
            index.recordDecision(IndexForms.periodId(task), publication.get(DECISION_NUMBER), publication.get(DECISION_DATE),
                    forms.now());
        }
        index.decide(IndexForms.periodId(task), null, InternalIndexService.STEP_CHAIRMAN, decision, comment, actor);
        return "APPROVE".equals(decision);
    }
}
