package vn.parindex.reporting.process;

import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;

/** The head of the department signs the quarterly report off, or returns it to the officers. */
@Component
public class SignOffUnitReportTaskListener extends UnitReportDecisionTaskListener {

    SignOffUnitReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports) {
        super(form, reports, QuarterlyStep.UNIT_SIGN_OFF, QuarterlyReportingProcess.SIGNED_OFF);
    }
}
