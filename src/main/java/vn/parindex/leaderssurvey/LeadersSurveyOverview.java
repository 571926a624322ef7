package vn.parindex.leaderssurvey;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the leaders' e-survey of a cycle stands (seed 003 item 2.b), as the dashboard shows it: the due date and, per
 * unit the year asks, in the data's order, its latest report (who has answered, who has not). Empty when the year's
 * data does not track the survey.
 */
public record LeadersSurveyOverview(OffsetDateTime due, List<UnitSurvey> units) {

    public static final LeadersSurveyOverview NOT_TRACKED = new LeadersSurveyOverview(null, List.of());

    public boolean tracked() {
        return !units.isEmpty();
    }

    public long unitsComplete() {
        return units.stream().filter(UnitSurvey::complete).count();
    }

    public long unitsIncomplete() {
        return units.stream().filter(unit -> unit.reported() && !unit.complete()).count();
    }

    public long unitsNotReported() {
        return units.stream().filter(unit -> !unit.reported()).count();
    }

    public int leadersTotal() {
        return units.stream().filter(UnitSurvey::reported).mapToInt(UnitSurvey::leadersTotal).sum();
    }

    public int leadersAnswered() {
        return units.stream().filter(UnitSurvey::reported).mapToInt(UnitSurvey::leadersAnswered).sum();
    }

    public boolean overdue(OffsetDateTime now) {
        return due != null && now.isAfter(due);
    }

    public UnitSurvey of(String unitCode) {
        return units.stream().filter(unit -> unit.unitCode().equals(unitCode)).findFirst().orElse(null);
    }

    /**
     * A unit's latest report; the counts are null while it has not reported. {@code notAnswered}: the leaders who
     * have not answered, one a line as the unit wrote them (name and title).
     */
    public record UnitSurvey(String unitCode, String unitName, Integer leadersTotal, Integer leadersAnswered,
                             List<String> notAnswered, OffsetDateTime reportedAt, String reportedBy) {

        public boolean reported() {
            return leadersTotal != null;
        }

        public boolean complete() {
            return reported() && leadersAnswered.equals(leadersTotal);
        }

        /**
         * The dashboard's colour of the unit's state, the phase cells' palette (white text reads on each): answered
         * green, late red, reported but not all answered orange, not reported grey.
         */
        public String colour(boolean pastDue) {
            if (complete()) {
                return "#43a047";
            }
            if (pastDue) {
                return "#e53935";
            }
            return reported() ? "#fb8c00" : "#9e9e9e";
        }

        /** What the dashboard says of the unit, in Vietnamese. */
        public String stateLabel() {
            if (!reported()) {
                return "Chưa báo cáo";
            }
            return complete() ? "Đã trả lời đủ" : "Còn " + (leadersTotal - leadersAnswered) + " lãnh đạo chưa trả lời";
        }
    }
}
