package vn.parindex.internalindex.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.FormTaskListener;

/**
 * Appraisal of a unit's sheet: round 1 by the council's working team over the self-scores, round 2 by the council
 * over round 1 and the unit's explanation. The round is the task's: {@code userTask_appraiseRound1} or {@code ...2}.
 */
@Component("internalIndexAppraisalListener")
public record AppraisalListener(InternalIndexService index, IndexForms forms) implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        int round = InternalIndexProcess.APPRAISE_ROUND2.equals(task.getTaskDefinitionKey()) ? 2 : 1;
        forms.showContext(task);
        task.setVariableLocal(InternalIndexProcess.ITEMS, IndexForms.rows(index.sheet(periodId, unit), row -> {
            Map<String, Object> item = IndexForms.basics(row);
            item.put("selfScore", IndexForms.points(row.selfScore()));
            item.put("selfEvidence", IndexForms.text(row.evidenceRef()) + (row.selfNote() == null ? "" : " — " + row.selfNote()));
            item.put("round1Score", IndexForms.points(row.round1Score()));
            item.put("round1Note", IndexForms.text(row.round1Note()));
            item.put("explanation", IndexForms.text(row.explanation()));
            item.put("appraisedScore", round == 1 ? row.selfScore() : row.round1Score());
            item.put("appraisalNote", "");
            return item;
        }));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        int round = InternalIndexProcess.APPRAISE_ROUND2.equals(task.getTaskDefinitionKey()) ? 2 : 1;
        index.submitAppraisal(periodId, unit, round, IndexForms.submittedRows(task), actor, forms.now());
    }
}
