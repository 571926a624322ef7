package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.MovableDeadlines;

/**
 * The start form of {@code deadline-change} in Tasklist: reads which work ({@code work}), the fields that work names
 * its deadline by, the new date and the reason; changes the deadline (the same service as the API). The form's fields
 * are removed from the process again (the change log keeps them; variables hold ids, flags and decisions only).
 */
@Component
@RequiredArgsConstructor
public class ChangeDeadlineDelegate implements JavaDelegate {

    private final DeadlineChangeService changes;

    /** Every field of the one start form, of every work. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("work", "newDate", "reason"));
        changes.works().forEach(work -> fields.addAll(work.work().formFields()));
        return fields;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = new HashMap<>();
        for (String field : fields()) {
            form.put(field, execution.getVariable(field));
            execution.removeVariable(field);
        }
        MovableDeadlines<?> deadlines = changes.of(form.get("work")).orElseThrow(() -> new ValidationException(
                "Vui lòng chọn công việc có thời hạn cần điều chỉnh."));
        execution.setVariable("deadlineChangeId", change(deadlines, form).change().id());
    }

    private <T> DeadlineChangeService.Result change(MovableDeadlines<T> deadlines, Map<String, Object> form) {
        List<String> problems = new ArrayList<>();
        T target = deadlines.target(form, problems);
        LocalDate date = FormInput.requiredDate(form.get("newDate"), deadlines.work().newDateLabel(), problems);
        ValidationException.throwIfAny(problems);
        return changes.change(deadlines, target, date, Objects.toString(form.get("reason"), null));
    }
}
