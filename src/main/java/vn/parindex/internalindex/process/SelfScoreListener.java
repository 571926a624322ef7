package vn.parindex.internalindex.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.FormTaskListener;

/** The unit's officers score their own criteria; validated on the server and stored on completion, or refused. */
@Component("internalIndexSelfScoreListener")
public record SelfScoreListener(InternalIndexService index, IndexForms forms) implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        forms.showContext(task);
        task.setVariableLocal(InternalIndexProcess.ITEMS, IndexForms.rows(index.sheet(periodId, unit), row -> {
            Map<String, Object> item = IndexForms.basics(row);
            item.put("score", row.selfScore());
            item.put("evidenceRef", IndexForms.text(row.evidenceRef()));
            item.put("selfNote", IndexForms.text(row.selfNote()));
            return item;
        }));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        index.submitSelfScores(periodId, unit, IndexForms.submittedRows(task), actor, forms.now());
    }
}
