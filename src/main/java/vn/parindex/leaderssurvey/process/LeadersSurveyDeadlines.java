package vn.parindex.leaderssurvey.process;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.leaderssurvey.LeadersSurveyService;

/** The leaders' e-survey due date, from the year's data: {@code ${leadersSurveyDeadlines.due(cycleId)}}. */
@Component("leadersSurveyDeadlines")
@RequiredArgsConstructor
public class LeadersSurveyDeadlines {

    private final LeadersSurveyService service;

    public Date due(Long cycleId) {
        return Date.from(service.due(cycleId).toInstant());
    }
}
