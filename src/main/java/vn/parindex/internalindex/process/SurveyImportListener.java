package vn.parindex.internalindex.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * Sở Nội vụ brings in the survey results: the .xlsx template uploaded from the form's link (stored at once, see
 * vn.parindex.internalindex.files) or JSON pasted into the form (stored on completion). Either is validated
 * completely and replaces the period's survey, or is refused; completing needs a stored survey.
 */
@Component("internalIndexSurveyImportListener")
public record SurveyImportListener(InternalIndexService index, IndexForms forms) implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        forms.showContext(task);
        forms.showSurvey(task);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long periodId = IndexForms.periodId(task);
        String json = FormInput.text(TaskForms.takeSubmitted(task, InternalIndexProcess.SURVEY_JSON).get(InternalIndexProcess.SURVEY_JSON));
        if (!json.isEmpty()) {
            index.importSurvey(periodId, json, actor, forms.now());
        } else if (!index.hasSurvey(periodId)) {
            throw new ValidationException("Chưa có kết quả điều tra xã hội học: tải lên tệp .xlsx theo mẫu hoặc dán "
                    + "nội dung JSON.");
        }
    }
}
