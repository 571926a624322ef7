package vn.parindex.leaderssurvey;

import java.time.OffsetDateTime;

/** A unit's latest report on its leaders' answers to the Ministry's e-survey: how many, how many answered, who not. */
public record LeadersSurveyReport(String unitCode, int leadersTotal, int leadersAnswered, String notAnswered,
                                  String reportedBy, OffsetDateTime reportedAt) {

    public boolean complete() {
        return leadersAnswered == leadersTotal;
    }
}
