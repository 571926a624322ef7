package vn.parindex.internalindex.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.internalindex.InternalIndexService;

/** Sở Nội vụ uploads the survey results (JSON); all validated, then stored as the period's survey, or refused. */
@Component("internalIndexSurveyImportListener")
public class SurveyImportListener implements TaskListener {

    private final InternalIndexService index;
    private final IndexForms forms;

    SurveyImportListener(InternalIndexService index, IndexForms forms) {
        this.index = index;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.showContext(task);
            task.setVariableLocal(InternalIndexProcess.SURVEY_JSON, "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            index.importSurvey(IndexForms.periodId(task), FormInput.text(IndexForms.submitted(task, InternalIndexProcess.SURVEY_JSON)),
                    IndexForms.actor(task), forms.now());
        }
    }
}
