package vn.parindex.cycle.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleService;

/** Collections of the multi-instance phases, from the year's data: {@code ${cycleParticipants.planUnits(cycleId)}}. */
@Component("cycleParticipants")
@RequiredArgsConstructor
public class CycleParticipants {

    private final CycleService cycles;

    public List<String> planUnits(Long cycleId) {
        return cycles.planUnits(cycleId);
    }

    public List<String> scoringUnits(Long cycleId) {
        return cycles.scoringUnits(cycleId);
    }
}
