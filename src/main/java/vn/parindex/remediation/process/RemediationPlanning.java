package vn.parindex.remediation.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationReports;
import vn.parindex.remediation.RemediationPlanService;

/**
 * The plan's tasks for the multi-instance sub-process and its gateways:
 * {@code ${remediationPlanning.taskIds(planId)}}, {@code ${remediationPlanning.unitOf(remediationTaskId)}}.
 */
@Component("remediationPlanning")
@RequiredArgsConstructor
public class RemediationPlanning {

    private final RemediationPlanService plans;
    private final RemediationReports reports;

    public List<Long> taskIds(Long planId) {
        return plans.taskIds(planId);
    }

    public String unitOf(Long remediationTaskId) {
        return plans.task(remediationTaskId).unitCode();
    }

    /** A report SNV has not accepted yet remains (the next quarter of a "Thường xuyên" task). */
    public boolean hasPeriodLeft(Long remediationTaskId) {
        return reports.hasPeriodLeft(remediationTaskId);
    }
}
