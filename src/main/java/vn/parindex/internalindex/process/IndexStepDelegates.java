package vn.parindex.internalindex.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.common.ParProperties;
import vn.parindex.cycle.process.ProcessActor;
import vn.parindex.internalindex.InternalIndexService;

/** The service tasks of the period: lock a late unit, compute the index, publish it. */
@Configuration
class IndexStepDelegates {

    /** The self-score deadline passed: the unit's self-score task ended, the unit is late and gets no appraised points. */
    @Bean("markSelfScoreLateDelegate")
    JavaDelegate markSelfScoreLate(InternalIndexService index, ParProperties properties) {
        return execution -> index.markLate(periodId(execution), (String) execution.getVariable(InternalIndexProcess.UNIT_CODE),
                RegisterPeriodDelegate.now(properties.timeZone()));
    }

    @Bean("computeInternalIndexDelegate")
    JavaDelegate computeIndex(InternalIndexService index, ParProperties properties) {
        return execution -> index.compute(periodId(execution), RegisterPeriodDelegate.now(properties.timeZone()));
    }

    @Bean("publishInternalIndexDelegate")
    JavaDelegate publishIndex(InternalIndexService index, ParProperties properties) {
        return execution -> index.publish(periodId(execution), ProcessActor.of(execution),
                RegisterPeriodDelegate.now(properties.timeZone()));
    }

    static long periodId(DelegateExecution execution) {
        return ((Number) execution.getVariable(InternalIndexProcess.PERIOD_ID)).longValue();
    }
}
