package vn.parindex.remediation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.process.DeadlineChangeService;
import vn.parindex.remediation.Amendment;
import vn.parindex.remediation.process.RemediationAmendmentService;
import vn.parindex.remediation.process.RemediationProcessService;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.PlanView;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationMovableDeadlines;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.RemediationViews;
import vn.parindex.results.ResultsAccess;
import vn.parindex.workflow.CurrentUser;

/**
 * The remediation plan as JSON ({@code /api/cycles/{year}/remediation...}): the plan for the province roles; starting
 * it, its draft, a task's due date and the amendments of a plan in progress for Sở Nội vụ's coordinators.
 */
@RestController
@RequiredArgsConstructor
class RemediationApiController {

    private final RemediationProcessService processes;
    private final RemediationViews views;
    private final CurrentUser user;
    private final DeadlineChangeService deadlineChanges;
    private final RemediationMovableDeadlines deadlines;
    private final RemediationAmendmentService amendmentService;
    private final RemediationLogs logs;

    @GetMapping("/api/cycles/{year}/remediation")
    ResponseEntity<Object> json(@PathVariable int year) {
        ResultsAccess.requireViewer(user);
        return views.forYear(year).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.NOT_FOUND).body(Map.of("message", "Chưa có kế hoạch khắc phục kết quả năm " + year + ".")));
    }

    @PostMapping("/api/cycles/{year}/remediation")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> start(@PathVariable int year) {
        ResultsAccess.requireCoordinator(user);
        String instanceId = processes.open(year);
        RemediationPlan plan = processes.livePlan(year);
        return Map.of("processInstanceId", instanceId, "businessKey", plan.businessKey(), "planId", plan.id());
    }

    @PutMapping("/api/cycles/{year}/remediation/draft")
    PlanView saveDraft(@PathVariable int year, @RequestBody DraftInput draft) {
        ResultsAccess.requireCoordinator(user);
        return views.view(processes.saveDraft(year, draft, user.userId()));
    }

    @PostMapping("/api/cycles/{year}/remediation/draft/submit")
    PlanView submitDraft(@PathVariable int year) {
        ResultsAccess.requireCoordinator(user);
        return views.view(processes.submitDraft(year));
    }

    /** Moves the due date of task {@code position}'s current report: {@code {"date": "2027-10-15", "reason": "..."}}. */
    @PutMapping("/api/cycles/{year}/remediation/tasks/{position}/deadline")
    DeadlineChangeService.Result changeDeadline(@PathVariable int year, @PathVariable int position,
                                                @RequestBody Map<String, Object> body) {
        ResultsAccess.requireCoordinator(user);
        List<String> problems = new ArrayList<>();
        java.time.LocalDate date = FormInput.requiredDate(body.get("date"), "hạn mới", problems);
        ValidationException.throwIfAny(problems);
        return deadlineChanges.change(deadlines, new RemediationMovableDeadlines.Target(year, position), date,
                FormInput.text(body.get("reason")));
    }

    /** An approved plan in progress gets a task (the Chairman agreed): {@code {item, unit, content, completionTime, reporting, reason}}. */
    @PostMapping("/api/cycles/{year}/remediation/tasks")
    ResponseEntity<RemediationTask> addTask(@PathVariable int year, @RequestBody Map<String, Object> body) {
        ResultsAccess.requireCoordinator(user);
        RemediationTask task = amendmentService.addTask(year, RemediationLogs.taskInput(body), FormInput.text(body.get("reason")));
        return ResponseEntity.status(HttpStatus.CREATED).body(task);
    }

    @PostMapping("/api/cycles/{year}/remediation/tasks/{position}/cancel")
    RemediationTask cancelTask(@PathVariable int year, @PathVariable int position, @RequestBody Map<String, Object> body) {
        ResultsAccess.requireCoordinator(user);
        return amendmentService.cancelTask(year, position, FormInput.text(body.get("reason")));
    }

    @GetMapping("/api/cycles/{year}/remediation/amendments")
    List<Amendment> amendments(@PathVariable int year) {
        ResultsAccess.requireViewer(user);
        return logs.amendments(year);
    }

    @GetMapping("/api/cycles/{year}/remediation/deadline-changes")
    List<DeadlineChangeLog.DeadlineChange> deadlineChanges(@PathVariable int year) {
        ResultsAccess.requireViewer(user);
        return logs.deadlineChanges(year);
    }
}
