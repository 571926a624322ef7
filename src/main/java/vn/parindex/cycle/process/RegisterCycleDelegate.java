package vn.parindex.cycle.process;

import static vn.parindex.cycle.process.CycleProcess.*;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.workflow.process.ProcessActor;

/**
 * Registers the cycle SNV asked for. Runs in the starting transaction on purpose: a second cycle for the same
 * year, a year without data or bad dates fail the start itself, with the Vietnamese message shown in Tasklist.
 */
@Component
@RequiredArgsConstructor
public class RegisterCycleDelegate implements JavaDelegate {

    private final CycleService cycles;

    @Override
    public void execute(DelegateExecution execution) {
        List<String> problems = new ArrayList<>();
        int year = readYear(execution.getVariable(YEAR));
        DeadlineDates requested = new DeadlineDates(
                FormInput.optionalDate(execution.getVariable(PLAN_DUE), "hạn nộp kế hoạch", problems),
                FormInput.optionalDate(execution.getVariable(SELF_ASSESSMENT_OPENS), "ngày mở tự đánh giá", problems),
                FormInput.optionalDate(execution.getVariable(UNIT_SCORE_DUE), "hạn đơn vị nộp kết quả", problems),
                FormInput.optionalDate(execution.getVariable(REPORT_TO_CHAIRMAN_DUE), "hạn trình Chủ tịch", problems),
                FormInput.optionalDate(execution.getVariable(CHAIRMAN_APPROVAL_DUE), "hạn phê duyệt", problems),
                FormInput.optionalDate(execution.getVariable(MINISTRY_DEADLINE), "hạn gửi Bộ Nội vụ", problems));
        ValidationException.throwIfAny(problems);

        Cycle cycle = cycles.open(year, requested, ProcessActor.of(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(cycle.businessKey());
        execution.setVariable(CYCLE_ID, cycle.id());
        execution.setVariable(YEAR, cycle.year());
        for (String dateField : List.of(PLAN_DUE, SELF_ASSESSMENT_OPENS, UNIT_SCORE_DUE, REPORT_TO_CHAIRMAN_DUE,
                CHAIRMAN_APPROVAL_DUE, MINISTRY_DEADLINE)) {
            execution.removeVariable(dateField);
        }
    }

    private static int readYear(Object value) {
        String text = FormInput.text(value);
        try {
            double year = Double.parseDouble(text);
            if (year != Math.rint(year)) {
                throw new NumberFormatException();
            }
            return (int) year;
        } catch (NumberFormatException e) {
            throw new ValidationException(text.isEmpty() ? "Vui lòng nhập năm đánh giá."
                    : "Năm đánh giá \"" + text + "\" không hợp lệ.");
        }
    }
}
