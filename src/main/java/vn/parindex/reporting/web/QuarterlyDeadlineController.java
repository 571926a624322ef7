package vn.parindex.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.process.DeadlineChangeService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.reporting.QuarterlyDeadline;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.process.QuarterlyMovableDeadlines;
import vn.parindex.workflow.CurrentUser;

/**
 * A quarter's due dates over HTTP, as the logged-in user: {@code PUT .../deadlines/{deadline}} (Sở Nội vụ's
 * coordinators only; the one deadline change) and the change log (province roles).
 */
@RestController
@RequestMapping("/api/quarterly-reports/{year}/{quarter}")
@RequiredArgsConstructor
class QuarterlyDeadlineController {

    private final DeadlineChangeService changes;
    private final QuarterlyMovableDeadlines deadlines;
    private final QuarterlyReportingService reports;
    private final CurrentUser user;

    record ChangeRequest(LocalDate date, String reason) {
    }

    @PutMapping("/deadlines/{deadline}")
    DeadlineChangeService.Result change(@PathVariable int year, @PathVariable int quarter,
                                        @PathVariable String deadline, @RequestBody ChangeRequest request) {
        return changes.change(deadlines, new QuarterlyMovableDeadlines.Target(year, quarter, QuarterlyDeadline.parse(deadline)),
                request.date(), request.reason());
    }

    @GetMapping("/deadline-changes")
    List<DeadlineChangeLog.DeadlineChange> list(@PathVariable int year, @PathVariable int quarter) {
        if (!user.inAnyGroup(Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
                RoleGroups.VICE_CHAIRMAN))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return reports.find(year, quarter).map(report -> changes.log(deadlines, report.id())).orElse(List.of());
    }
}
