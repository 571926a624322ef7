package vn.parindex.cycle.web;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.cycle.CycleMovableDeadlines;
import vn.parindex.cycle.CycleService;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.process.DeadlineChangeService;

/** A cycle's deadline changes over HTTP, as the logged-in user (Sở Nội vụ coordinators only): the one deadline change. */
@RestController
@RequestMapping("/api/cycles/{year}")
@RequiredArgsConstructor
class CycleDeadlineController {

    private final DeadlineChangeService changes;
    private final CycleMovableDeadlines deadlines;
    private final CycleService cycles;

    record ChangeRequest(LocalDate date, String reason) {
    }

    @PutMapping("/deadlines/{deadline}")
    DeadlineChangeService.Result change(@PathVariable int year, @PathVariable String deadline,
                                        @RequestBody ChangeRequest request) {
        return changes.change(deadlines, new CycleMovableDeadlines.Target(year, CycleMovableDeadlines.kind(deadline)),
                request.date(), request.reason());
    }

    @GetMapping("/deadline-changes")
    List<DeadlineChangeLog.DeadlineChange> list(@PathVariable int year) {
        return cycles.all().stream().filter(cycle -> cycle.year() == year)
                .flatMap(cycle -> changes.log(deadlines, cycle.id()).stream()).toList();
    }
}
