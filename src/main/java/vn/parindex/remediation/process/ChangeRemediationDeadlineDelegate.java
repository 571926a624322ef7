package vn.parindex.remediation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.process.StartFormFields;

/**
 * The start form of {@code remediation-deadline-change} in Tasklist: reads year, task number, new date and reason,
 * moves the due date (the same service as the page and the API), and removes the form fields again: the change log
 * keeps them.
 */
@Component
public class ChangeRemediationDeadlineDelegate implements JavaDelegate {

    static final String[] FIELDS = {"year", "position", "newDate", "reason"};

    private final RemediationDeadlineChangeService changes;

    ChangeRemediationDeadlineDelegate(RemediationDeadlineChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StartFormFields form = StartFormFields.take(execution, FIELDS);
        Object year = form.get("year");
        Object position = form.get("position");
        List<String> problems = new ArrayList<>();
        if (!isWholeNumber(year)) {
            problems.add("Vui lòng nhập năm đánh giá của kế hoạch khắc phục.");
        }
        if (!isWholeNumber(position) || ((Number) position).longValue() < 1) {
            problems.add("Vui lòng nhập số thứ tự nhiệm vụ (số nguyên từ 1).");
        }
        LocalDate date = FormInput.requiredDate(form.get("newDate"), "hạn mới", problems);
        ValidationException.throwIfAny(problems);
        var result = changes.change(((Number) year).intValue(), ((Number) position).intValue(), date,
                form.text("reason"));
        execution.setVariable("remediationDeadlineChangeId", result.change().id());
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE;
    }
}
