package vn.parindex.internalindex.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexService;

/**
 * Sở Nội vụ brings in the survey results: the .xlsx template uploaded from the form's link (stored at once, see
 * vn.parindex.internalindex.files) or JSON pasted into the form (stored on completion). Either is validated
 * completely and replaces the period's survey, or is refused; completing needs a stored survey.
 */
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
            forms.showSurvey(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            long periodId = IndexForms.periodId(task);
            String json = FormInput.text(IndexForms.submitted(task, InternalIndexProcess.SURVEY_JSON));
            if (!json.isEmpty()) {
                index.importSurvey(periodId, json, IndexForms.actor(task), forms.now());
            } else if (!index.hasSurvey(periodId)) {
                throw new ValidationException("Chưa có kết quả điều tra xã hội học: tải lên tệp .xlsx theo mẫu hoặc dán "
                        + "nội dung JSON.");
            }
        }
    }
}
