package vn.parindex.internalindex.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;
import vn.parindex.workflow.process.TaskExecutions;

/**
 * The unit reads the round-1 appraisal and accepts it (it becomes final) or contests it with an explanation per
 * criterion (the council appraises again). Only the flag {@code contested} goes to the gateway.
 */
@Component("internalIndexExplanationListener")
public record ExplanationListener(InternalIndexService index, IndexForms forms) implements FormTaskListener {

    static final String ACCEPT = "ACCEPT";
    static final String CONTEST = "CONTEST";

    @Override
    public void show(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        forms.showContext(task);
        task.setVariableLocal(InternalIndexProcess.DECISION, null);
        task.setVariableLocal(InternalIndexProcess.ITEMS, IndexForms.rows(index.sheet(periodId, unit), row -> {
            Map<String, Object> item = IndexForms.basics(row);
            item.put("selfScore", IndexForms.points(row.selfScore()));
            item.put("round1Score", IndexForms.points(row.round1Score()));
            item.put("round1Note", IndexForms.text(row.round1Note()));
            item.put("explanation", "");
            return item;
        }));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        String decision = FormInput.text(TaskForms.takeSubmitted(task, InternalIndexProcess.DECISION).get(InternalIndexProcess.DECISION));
        if (!ACCEPT.equals(decision) && !CONTEST.equals(decision)) {
            throw new ValidationException("Vui lòng chọn: đồng ý kết quả thẩm định hoặc giải trình, đề nghị thẩm định lại.");
        }
        boolean contested = index.submitExplanation(periodId, unit, CONTEST.equals(decision), IndexForms.submittedRows(task),
                actor, forms.now());
        TaskExecutions.flowExecution(task).setVariableLocal(InternalIndexProcess.CONTESTED, contested);
    }
}
