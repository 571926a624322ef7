package vn.parindex.appraisal.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;
import vn.parindex.workflow.process.TaskExecutions;

/**
 * Sở Nội vụ consolidates the units' explanations into the province's explanation report (again after a return), or
 * returns the explanations of the units it chooses (not all) for revision: the flag {@code explanationsReturned}
 * sends those units a revision task, and the consolidation comes back once they have explained again.
 */
@Component
public record ConsolidateExplanationTaskListener(AppraisalForms forms, ExplanationService explanations,
                                                 AppraisalService appraisals, OrgDirectoryService orgDirectory)
        implements FormTaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RETURN_UNITS = "explanationReturnUnits";
    static final String RETURN_COMMENT = "explanationReturnComment";
    static final String UNIT_OPTIONS = "explainingUnitOptions";

    @Override
    public void show(DelegateTask task) {
        forms.show(task, List.of(ReviewStep.EXPLANATION_APPROVAL));
        forms.showExplanations(task);
        List<Map<String, Object>> options = new ArrayList<>();
        for (String unit : appraisals.explainingUnits(TaskFormContext.cycleId(task))) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("label", orgDirectory.get(unit).name());
            option.put("value", unit);
            options.add(option);
        }
        task.setVariableLocal(UNIT_OPTIONS, TaskForms.json(options));
        task.setVariableLocal(RETURN_UNITS, TaskForms.json(List.of()));
        task.setVariableLocal(RETURN_COMMENT, "");
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        List<String> returned = returnedUnits(task);
        var form = TaskForms.takeSubmitted(task, ExplanationService.SUMMARY, ExplanationService.REQUESTS,
                RETURN_COMMENT, RETURN_UNITS);
        if (returned.isEmpty()) {
            explanations.consolidate(cycleId, form, actor, task.getId());
        } else {
            explanations.returnToUnits(cycleId, returned, form.get(RETURN_COMMENT), actor, task.getId());
        }
        TaskExecutions.flowExecution(task).setVariableLocal(CycleProcess.EXPLANATIONS_RETURNED, !returned.isEmpty());
    }

    /** The checklist's values: a Json array from Tasklist (read serialized), a list or a JSON string from the API. */
    private static List<String> returnedUnits(DelegateTask task) {
        var typed = TaskForms.submittedTyped(task, RETURN_UNITS);
        String text;
        if (typed instanceof SerializableValue serializable) {
            text = serializable.getValueSerialized();
        } else if (typed == null || typed.getValue() == null) {
            return List.of();
        } else if (typed.getValue() instanceof List<?> list) {
            return list.stream().map(FormInput::text).filter(code -> !code.isBlank()).toList();
        } else {
            text = typed.getValue().toString();
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<?> values = JSON.readValue(text, List.class);
            return values.stream().map(FormInput::text).filter(code -> !code.isBlank()).toList();
        } catch (JsonProcessingException e) {
            throw new ValidationException("Danh sách đơn vị trả lại không đọc được; vui lòng tải lại công việc.");
        }
    }
}
