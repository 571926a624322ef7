package vn.parindex.internalindex.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.InternalIndexService;

/** The unit's officers score their own criteria; validated on the server and stored on completion, or refused. */
@Component("internalIndexSelfScoreListener")
public class SelfScoreListener implements TaskListener {

    private final InternalIndexService index;
    private final IndexForms forms;

    SelfScoreListener(InternalIndexService index, IndexForms forms) {
        this.index = index;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        String unit = IndexForms.unitCode(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.showContext(task);
            task.setVariableLocal(InternalIndexProcess.ITEMS, IndexForms.rows(index.sheet(periodId, unit), row -> {
                Map<String, Object> item = IndexForms.basics(row);
                item.put("score", row.selfScore());
                item.put("evidenceRef", IndexForms.text(row.evidenceRef()));
                item.put("selfNote", IndexForms.text(row.selfNote()));
                return item;
            }));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            index.submitSelfScores(periodId, unit, IndexForms.submittedRows(task), IndexForms.actor(task), forms.now());
        }
    }
}
