package vn.parindex.reporting.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.process.StartFormFields;
import vn.parindex.reporting.QuarterlyDeadline;

/**
 * The start form of {@code quarterly-deadline-change} in Tasklist: reads year, quarter, deadline, new date and
 * reason, changes the due date, and removes the form fields again (the change log keeps them).
 */
@Component
public class ChangeQuarterlyDeadlineDelegate implements JavaDelegate {

    static final String[] FIELDS = {"year", "quarter", "deadline", "newDate", "reason"};

    private final QuarterlyDeadlineChangeService changes;

    ChangeQuarterlyDeadlineDelegate(QuarterlyDeadlineChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StartFormFields form = StartFormFields.take(execution, FIELDS);
        Object quarter = form.get("quarter");
        if (!(form.get("year") instanceof Number number)) {
            throw new ValidationException("Vui lòng nhập năm báo cáo.");
        }
        int q = quarter instanceof Number n ? n.intValue() : quarter == null ? 0 : parseQuarter(quarter.toString());
        if (q < 1 || q > 4) {
            throw new ValidationException("Vui lòng chọn quý (1 đến 4).");
        }
        var result = changes.change(number.intValue(), q, QuarterlyDeadline.parse(form.get("deadline")),
                date(form.get("newDate")), form.text("reason"));
        execution.setVariable("quarterlyDeadlineChangeId", result.changeId());
    }

    private static int parseQuarter(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(Object value) {
        List<String> problems = new ArrayList<>();
        LocalDate date = FormInput.requiredDate(value, "ngày mới", problems);
        ValidationException.throwIfAny(problems);
        return date;
    }
}
