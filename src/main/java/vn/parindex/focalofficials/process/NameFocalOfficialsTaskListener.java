package vn.parindex.focalofficials.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.focalofficials.FocalField;
import vn.parindex.focalofficials.FocalOfficial;
import vn.parindex.focalofficials.FocalOfficialService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * A unit names its focal officials and their scoring-software accounts: a row per official it may name (one or two
 * per field it leads), prefilled with what it named before; on completion the rows are checked and stored.
 */
@Component
@RequiredArgsConstructor
public class NameFocalOfficialsTaskListener implements FormTaskListener {

    /** The form's fixed rows ({@code FOCAL_ROWS} in tools/forms/gen_forms.py). */
    public static final int FORM_ROWS = 16;
    static final String ROWS = "focalOfficials";

    private final TaskFormContext context;
    private final FocalOfficialService service;

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        String unit = TaskForms.unitCode(task);
        context.show(task, List.of());
        List<FocalOfficial> named = service.of(cycleId, unit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FocalField field : service.fieldsOf(cycleId, unit)) {
            List<FocalOfficial> ofField = named.stream()
                    .filter(official -> java.util.Objects.equals(official.fieldCode(), field.code())).toList();
            for (int i = 0; i < field.maxOfficials(); i++) {
                rows.add(row(field, i, i < ofField.size() ? ofField.get(i) : null));
            }
        }
        if (rows.size() > FORM_ROWS) {
            throw new IllegalStateException("Đơn vị có " + rows.size() + " dòng đầu mối, biểu mẫu có " + FORM_ROWS + " dòng.");
        }
        task.setVariableLocal(ROWS, TaskForms.json(rows));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var rows = TaskForms.rows(TaskForms.submittedTyped(task, ROWS), "Chưa có danh sách đầu mối.",
                "Danh sách đầu mối không đọc được; vui lòng tải lại công việc và nhập lại.");
        TaskForms.takeSubmitted(task, ROWS);
        if (rows.size() > FORM_ROWS) {
            throw new ValidationException("Danh sách đầu mối có nhiều hơn " + FORM_ROWS + " dòng.");
        }
        service.submit(TaskFormContext.cycleId(task), TaskForms.unitCode(task), rows, actor);
    }

    private static Map<String, Object> row(FocalField field, int index, FocalOfficial official) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fieldCode", field.code() == null ? "" : field.code());
        row.put("fieldLabel", field.label() + (field.maxOfficials() > 1 ? " (công chức thứ " + (index + 1) + ")" : ""));
        row.put("fullName", official == null ? "" : official.fullName());
        row.put("position", official == null ? "" : official.position());
        row.put("phone", official == null ? "" : official.phone());
        row.put("email", official == null ? "" : official.email());
        row.put("softwareAccount", official == null || official.softwareAccount() == null ? "" : official.softwareAccount());
        return row;
    }
}
