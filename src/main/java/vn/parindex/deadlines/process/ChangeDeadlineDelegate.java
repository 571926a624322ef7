package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/**
 * The start form of {@code deadline-change} in Tasklist: reads year, deadline, new date and reason, changes the
 * deadline, and removes the form fields again (the change log keeps them).
 */
@Component
public class ChangeDeadlineDelegate implements JavaDelegate {

    static final String[] FIELDS = {"year", "deadline", "newDate", "reason"};

    private final DeadlineChangeService changes;

    ChangeDeadlineDelegate(DeadlineChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StartFormFields form = StartFormFields.take(execution, FIELDS);
        Object deadline = form.get("deadline");
        if (!(form.get("year") instanceof Number number)) {
            throw new ValidationException("Vui lòng nhập năm của kỳ đánh giá.");
        }
        if (deadline == null) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        var result = changes.change(number.intValue(), DeadlineController.kind(deadline.toString()), date(form.get("newDate")),
                form.text("reason"));
        execution.setVariable("deadlineChangeId", result.changeId());
    }

    private static LocalDate date(Object value) {
        List<String> problems = new ArrayList<>();
        LocalDate date = FormInput.requiredDate(value, "ngày mới", problems);
        ValidationException.throwIfAny(problems);
        return date;
    }
}
