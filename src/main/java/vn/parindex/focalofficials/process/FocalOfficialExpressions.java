package vn.parindex.focalofficials.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.focalofficials.FocalOfficialService;

/**
 * Who takes part in the cycle's focal-officials track: {@code ${focalOfficials.units(cycleId)}}, empty for a year
 * whose data asks none, so the track passes at once.
 */
@Component("focalOfficials")
@RequiredArgsConstructor
public class FocalOfficialExpressions {

    private final FocalOfficialService service;

    public List<String> units(Long cycleId) {
        return service.units(cycleId);
    }
}
