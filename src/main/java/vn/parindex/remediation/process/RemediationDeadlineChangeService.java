package vn.parindex.remediation.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.deadlines.process.OpenTaskDeadlines;
import vn.parindex.remediation.DeadlineExtension;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationPlanService;

/**
 * Sở Nội vụ moves the due date of a remediation task's current report. In one transaction: the date in our tables,
 * the unit's open report task (its due date expression reads the period), the task's deadline watch timers, a notice
 * to the unit's officers, and the change log (who, when, old, new, why).
 */
@Service
public class RemediationDeadlineChangeService {

    public record Result(DeadlineExtension change, int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final RemediationPlanService plans;
    private final OpenTaskDeadlines openTasks;

    RemediationDeadlineChangeService(RemediationPlanService plans, OpenTaskDeadlines openTasks) {
        this.plans = plans;
        this.openTasks = openTasks;
    }

    @Transactional
    public Result change(int year, int position, LocalDate newDate, String reason) {
        Authentication user = openTasks.requireCoordinator("Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh hạn của nhiệm vụ khắc phục.");
        DeadlineExtension change = plans.extendDeadline(year, position, newDate, reason, user.getUserId());
        RemediationPlan plan = plans.get(change.planId());
        OpenTaskDeadlines.Moved moved = openTasks.recalculate(plan.processInstanceId(), new OpenTaskDeadlines.Change(
                "remediationChange:" + change.id(), "Hạn báo cáo nhiệm vụ khắc phục số " + position, change.reason(),
                user.getUserId(), change.changedAt()));
        plans.recordMoved(change.id(), moved.taskIds().size(), moved.timersMoved());
        return new Result(plans.deadlineChange(change.id()), moved.taskIds().size(), moved.timersMoved(), moved.noticesQueued());
    }
}
