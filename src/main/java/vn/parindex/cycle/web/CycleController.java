package vn.parindex.cycle.web;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;

/** Cycles over HTTP, as the logged-in user: open one, signal the Ministry's guidance, list them. */
@RestController
@RequestMapping("/api/cycles")
@RequiredArgsConstructor
class CycleController {

    private final CycleProcessService processes;
    private final CycleService cycles;

    record OpenCycleRequest(int year, DeadlineDates deadlines) {
    }

    @GetMapping
    List<Cycle> list() {
        return cycles.all();
    }

    @GetMapping("/calendar/{year}")
    DeadlineDates calendar(@PathVariable int year) {
        return cycles.calendarDeadlines(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> open(@RequestBody OpenCycleRequest request) {
        String instanceId = processes.open(request.year(),
                request.deadlines() == null ? DeadlineDates.none() : request.deadlines());
        return Map.of("processInstanceId", instanceId, "businessKey", Cycle.businessKeyOf(request.year()));
    }

    @PostMapping("/{year}/guidance-received")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void guidanceReceived(@PathVariable int year) {
        processes.guidanceReceived(year);
    }
}
