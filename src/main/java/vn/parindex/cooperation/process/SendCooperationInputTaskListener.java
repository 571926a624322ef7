package vn.parindex.cooperation.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.cooperation.CooperationInput;
import vn.parindex.cooperation.CooperationRequest;
import vn.parindex.cooperation.CooperationService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * A cooperating unit sends each lead unit it cooperates with its input for the lead unit's items: a row per lead unit,
 * prefilled with what it sent before; checked and stored on completion.
 */
@Component
@RequiredArgsConstructor
public class SendCooperationInputTaskListener implements FormTaskListener {

    /** The form's fixed rows ({@code COOPERATION_ROWS} in tools/forms/gen_forms.py). */
    public static final int FORM_ROWS = 8;
    static final String ROWS = "cooperationInputs";

    private final TaskFormContext context;
    private final CooperationService service;

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        String unit = TaskForms.unitCode(task);
        context.show(task, List.of());
        List<CooperationInput> sent = service.of(cycleId, unit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CooperationRequest request : service.requestsOf(cycleId, unit)) {
            CooperationInput before = sent.stream().filter(input -> input.leadUnitCode().equals(request.leadUnitCode()))
                    .findFirst().orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("leadUnitCode", request.leadUnitCode());
            row.put("leadUnitLabel", request.leadUnitName() + " — tiêu chí " + String.join(", ", request.itemCodes()));
            row.put("content", before == null ? "" : before.content());
            row.put("evidenceRef", before == null || before.evidenceRef() == null ? "" : before.evidenceRef());
            rows.add(row);
        }
        if (rows.size() > FORM_ROWS) {
            throw new IllegalStateException("Đơn vị phối hợp với " + rows.size() + " đơn vị, biểu mẫu có " + FORM_ROWS + " dòng.");
        }
        task.setVariableLocal(ROWS, TaskForms.json(rows));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var rows = TaskForms.rows(TaskForms.submittedTyped(task, ROWS), "Chưa có nội dung phối hợp.",
                "Nội dung phối hợp không đọc được; vui lòng tải lại công việc và nhập lại.");
        TaskForms.takeSubmitted(task, ROWS);
        if (rows.size() > FORM_ROWS) {
            throw new ValidationException("Nội dung phối hợp có nhiều hơn " + FORM_ROWS + " dòng.");
        }
        service.submit(TaskFormContext.cycleId(task), TaskForms.unitCode(task), rows, actor);
    }
}
