package vn.parindex.remediation.web;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.process.DeadlineChangeService;
import vn.parindex.remediation.Amendment;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.RemediationAmendments;
import vn.parindex.remediation.RemediationMovableDeadlines;
import vn.parindex.remediation.RemediationPlanService;

/** What the page and the JSON show alike: the year's plan's due-date changes and amendments, and a task's fields. */
@Component
@RequiredArgsConstructor
class RemediationLogs {

    private final RemediationPlanService plans;
    private final DeadlineChangeService deadlineChanges;
    private final RemediationMovableDeadlines deadlines;
    private final RemediationAmendments amendments;

    List<DeadlineChangeLog.DeadlineChange> deadlineChanges(int year) {
        return plans.latest(year).map(plan -> deadlineChanges.log(deadlines, plan.id())).orElse(List.of());
    }

    List<Amendment> amendments(int year) {
        return plans.latest(year).map(plan -> amendments.amendments(plan.id())).orElse(List.of());
    }

    /** A task to add, from the JSON body or the page's form. */
    static DraftInput.TaskInput taskInput(Map<String, ?> fields) {
        return new DraftInput.TaskInput(FormInput.text(fields.get("item")), FormInput.text(fields.get("unit")),
                FormInput.text(fields.get("content")), FormInput.text(fields.get("completionTime")),
                FormInput.text(fields.get("reporting")));
    }
}
