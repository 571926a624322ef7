package vn.parindex.internalindex.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.internalindex.InternalIndexNoticeContexts;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.Period;
import vn.parindex.workflow.process.ProcessActor;

/**
 * Opens the year's period from the start form's year: deadlines and units from the year's data. Synchronous, so a
 * year without data or a second open period fails the start itself with the Vietnamese message.
 */
@Component("registerInternalIndexPeriodDelegate")
@RequiredArgsConstructor
public class RegisterPeriodDelegate implements JavaDelegate {

    private final InternalIndexService index;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Object year = execution.getVariable(InternalIndexProcess.YEAR);
        if (!(year instanceof Number number) || number.intValue() < 2020 || number.intValue() > 2100) {
            throw new ValidationException("Vui lòng nhập năm đánh giá (từ 2020 đến 2100).");
        }
        Period period = index.open(number.intValue(), ProcessActor.of(execution), OffsetDateTime.now(clock));
        index.attachProcess(period.id(), execution.getProcessInstanceId());
        execution.setVariable(InternalIndexProcess.YEAR, number.intValue());
        execution.setVariable(InternalIndexProcess.PERIOD_ID, period.id());
        // every user task of the period gets the deadline watch (reminders, escalations) under this context
        execution.setVariable(NoticeContext.VARIABLE, InternalIndexNoticeContexts.key(period.id()));
        execution.setProcessBusinessKey(period.businessKey());
    }
}
