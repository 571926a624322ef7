package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.MovableDeadlines;

/**
 * The start form of {@code deadline-change} in Tasklist: reads which work ({@code work}), the fields that work names
 * its deadline by, the new date and the reason; changes the deadline (the same service as the API), and removes the
 * form fields again: the change log keeps them. Bad input fails the start with the Vietnamese refusal.
 */
@Component
public class ChangeDeadlineDelegate implements JavaDelegate {

    static final String WORK = "work";
    static final String NEW_DATE = "newDate";
    static final String REASON = "reason";
    static final String CHANGE_ID = "deadlineChangeId";

    private final DeadlineChangeService changes;

    ChangeDeadlineDelegate(DeadlineChangeService changes) {
        this.changes = changes;
    }

    /** Every field of the one start form, of every work. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of(WORK, NEW_DATE, REASON));
        changes.works().forEach(work -> fields.addAll(work.formFields()));
        return fields;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = StartFormFields.take(execution, fields());
        MovableDeadlines<?> deadlines = changes.of(form.get(WORK)).orElseThrow(() -> new ValidationException(
                "Vui lòng chọn công việc có thời hạn cần điều chỉnh."));
        execution.setVariable(CHANGE_ID, change(deadlines, form).change().id());
    }

    private <T> DeadlineChangeService.Result change(MovableDeadlines<T> deadlines, Map<String, Object> form) {
        List<String> problems = new ArrayList<>();
        T target = deadlines.target(form, problems);
        LocalDate date = FormInput.requiredDate(form.get(NEW_DATE), deadlines.newDateLabel(), problems);
        ValidationException.throwIfAny(problems);
        Object reason = form.get(REASON);
        return changes.change(deadlines, target, date, reason == null ? null : reason.toString());
    }
}
