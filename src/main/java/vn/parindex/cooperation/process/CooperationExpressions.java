package vn.parindex.cooperation.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.cooperation.CooperationService;

/**
 * The cycle's cooperation track: {@code ${cooperation.units(cycleId)}} (empty for a year whose data does not ask it,
 * so the track passes at once).
 */
@Component("cooperation")
@RequiredArgsConstructor
public class CooperationExpressions {

    private final CooperationService service;

    public List<String> units(Long cycleId) {
        return service.units(cycleId);
    }
}
