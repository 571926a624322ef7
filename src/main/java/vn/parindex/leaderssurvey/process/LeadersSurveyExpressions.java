package vn.parindex.leaderssurvey.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.leaderssurvey.LeadersSurveyService;

/**
 * The cycle's leaders' e-survey track: {@code ${leadersSurvey.units(cycleId)}} (empty for a year whose data does not
 * track it, so the track passes at once).
 */
@Component("leadersSurvey")
@RequiredArgsConstructor
public class LeadersSurveyExpressions {

    private final LeadersSurveyService service;

    public List<String> units(Long cycleId) {
        return service.units(cycleId);
    }
}
