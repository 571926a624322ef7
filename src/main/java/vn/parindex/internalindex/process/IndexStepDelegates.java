package vn.parindex.internalindex.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.deadlines.process.LockedTaskNotices;
import vn.parindex.internalindex.InternalIndexNoticeContexts;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.ProcessActor;

/** The service tasks of the period: lock a late unit, compute the index, publish it. */
@Configuration
class IndexStepDelegates {

    /** The self-score deadline passed: the unit's self-score task ended, the unit is late and gets no appraised points. */
    @Bean("markSelfScoreLateDelegate")
    JavaDelegate markSelfScoreLate(InternalIndexService index, LockedTaskNotices notices, Clock clock) {
        return execution -> {
            long periodId = periodId(execution);
            String unit = (String) execution.getVariable(InternalIndexProcess.UNIT_CODE);
            var now = OffsetDateTime.now(clock);
            if (index.markLate(periodId, unit, now)) {
                // the locked task's watch ended with it: the unit's heads and SNV's director learn of the lock now
                String taskName = ((FlowElement) execution.getBpmnModelInstance()
                        .getModelElementById(InternalIndexProcess.SELF_SCORE)).getName();
                notices.locked("internalIndex:" + periodId + "|" + unit + "|selfScoreLocked",
                        InternalIndexNoticeContexts.key(periodId), unit, taskName, index.get(periodId).selfScoreDue(),
                        "Việc tự chấm điểm đã tự động khóa khi hết hạn; đơn vị bị ghi nhận không nộp kết quả tự chấm đúng "
                                + "hạn và không có điểm thẩm định.", now);
            }
        };
    }

    @Bean("computeInternalIndexDelegate")
    JavaDelegate computeIndex(InternalIndexService index, Clock clock) {
        return execution -> index.compute(periodId(execution), OffsetDateTime.now(clock));
    }

    @Bean("publishInternalIndexDelegate")
    JavaDelegate publishIndex(InternalIndexService index, Clock clock) {
        return execution -> index.publish(periodId(execution), ProcessActor.of(execution),
                OffsetDateTime.now(clock));
    }

    static long periodId(DelegateExecution execution) {
        return ((Number) execution.getVariable(InternalIndexProcess.PERIOD_ID)).longValue();
    }
}
