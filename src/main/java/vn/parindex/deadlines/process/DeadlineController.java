package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineKind;
import vn.parindex.deadlines.DeadlineChangeLog;

/** Deadline changes over HTTP, as the logged-in user (Sở Nội vụ coordinators only). */
@RestController
@RequestMapping("/api/cycles/{year}")
class DeadlineController {

    private final DeadlineChangeService changes;
    private final DeadlineChangeLog changeLog;
    private final CycleService cycles;

    DeadlineController(DeadlineChangeService changes, DeadlineChangeLog changeLog, CycleService cycles) {
        this.changes = changes;
        this.changeLog = changeLog;
        this.cycles = cycles;
    }

    record ChangeRequest(LocalDate date, String reason) {
    }

    @PutMapping("/deadlines/{deadline}")
    DeadlineChangeService.Result change(@PathVariable int year, @PathVariable String deadline,
                                        @RequestBody ChangeRequest request) {
        return changes.change(year, kind(deadline), request.date(), request.reason());
    }

    @GetMapping("/deadline-changes")
    List<DeadlineChangeLog.DeadlineChange> list(@PathVariable int year) {
        return cycles.all().stream().filter(cycle -> cycle.year() == year)
                .flatMap(cycle -> changeLog.forCycle(cycle.id()).stream()).toList();
    }

    static DeadlineKind kind(String name) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return kind;
            }
        }
        throw new ValidationException("Không có thời hạn '" + name + "'. Chọn một trong: plan-due, "
                + "self-assessment-opens, unit-score-due, report-to-chairman-due, chairman-approval-due, ministry-deadline.");
    }
}
