package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
        Object year = execution.getVariable("year");
        Object deadline = execution.getVariable("deadline");
        Object newDate = execution.getVariable("newDate");
        Object reason = execution.getVariable("reason");
        for (String field : FIELDS) {
            execution.removeVariable(field);
        }
        if (!(year instanceof Number number)) {
            throw new ValidationException("Vui lòng nhập năm của kỳ đánh giá.");
        }
        if (deadline == null) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        var result = changes.change(number.intValue(), DeadlineController.kind(deadline.toString()), date(newDate),
                reason == null ? null : reason.toString());
        execution.setVariable("deadlineChangeId", result.changeId());
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new ValidationException("Vui lòng nhập ngày mới.");
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("Ngày mới không hợp lệ: " + value + ".");
        }
    }
}
