package vn.parindex.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shape of the YAML files under {@code data/}. Unknown keys are rejected when read. */
final class DataFiles {

    private DataFiles() {
    }

    record OrgUnitsFile(List<UnitEntry> units) {
    }

    record UnitEntry(String code, String name, String type, LocalDate validFrom, LocalDate validTo,
                     List<String> predecessors, String email) {
        List<String> predecessorsOrEmpty() {
            return predecessors == null ? List.of() : predecessors;
        }
    }

    record CriteriaSetFile(String code, String name, String decision, boolean sample, String sampleNote,
                           BigDecimal totalPoints, BigDecimal surveyPoints, List<ItemEntry> items) {
    }

    record ItemEntry(String code, String name, BigDecimal maxPoints, List<ItemEntry> children,
                     String scoringMethod, Boolean selfScored, Boolean naAllowed, String evidence, String guidance) {
        boolean isLeaf() {
            return children == null || children.isEmpty();
        }
    }

    record YearFile(Integer year, String province, String criteriaSet, List<String> planParticipants,
                    CalendarEntry calendar, List<MatrixEntry> matrix, DutiesEntry duties) {

        YearFile(Integer year, String province, String criteriaSet, List<String> planParticipants,
                 CalendarEntry calendar, List<MatrixEntry> matrix) {
            this(year, province, criteriaSet, planParticipants, calendar, matrix, null);
        }
    }

    /** The year's duties besides the cycle's own steps (seed 003); absent for a year that asks none. */
    record DutiesEntry(FocalOfficialsEntry focalOfficials, LeadersSurveyEntry leadersSurvey,
                       CooperatingInputEntry cooperatingInput) {
    }

    /** The units whose leaders answer the Ministry's e-survey (seed 003 item 2.b), and by when. */
    record LeadersSurveyEntry(LocalDate due, List<String> units) {
    }

    /**
     * The cooperating units of the year's matrix give the lead unit their input (seed 003 item 2.a) this many working
     * days before the lead unit's self-score is due.
     */
    record CooperatingInputEntry(Integer workingDaysBeforeUnitScoreDue) {
    }

    /**
     * Which units name their focal officials and scoring-software accounts, and by when; the units in
     * {@code singleOfficial} name one official whatever fields they lead.
     */
    record FocalOfficialsEntry(LocalDate due, List<String> units, List<String> singleOfficial) {

        List<String> singleOfficialOrEmpty() {
            return singleOfficial == null ? List.of() : singleOfficial;
        }
    }

    /**
     * The year's dates; the three after the submission (appraisal, explanation, published results) may be absent.
     * {@code deliberate} names the dates that stay on a day off on purpose (otherwise moved to the working day before).
     */
    record CalendarEntry(LocalDate planDue, LocalDate selfAssessmentOpens, LocalDate unitScoreDue,
                         LocalDate reportToChairmanDue, LocalDate chairmanApprovalDue, LocalDate ministryDeadline,
                         LocalDate appraisalDue, LocalDate explanationDue, LocalDate resultsDue,
                         List<String> deliberate) {

        /** The keys of the dates, as written in the data files. */
        static final List<String> KEYS = List.of("planDue", "selfAssessmentOpens", "unitScoreDue",
                "reportToChairmanDue", "chairmanApprovalDue", "ministryDeadline", "appraisalDue", "explanationDue",
                "resultsDue");

        List<String> deliberateOrEmpty() {
            return deliberate == null ? List.of() : deliberate;
        }

        /** The dates present, by their key, in the order of {@link #KEYS}. */
        Map<String, LocalDate> dates() {
            LocalDate[] values = {planDue, selfAssessmentOpens, unitScoreDue, reportToChairmanDue, chairmanApprovalDue,
                    ministryDeadline, appraisalDue, explanationDue, resultsDue};
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            for (int i = 0; i < KEYS.size(); i++) {
                if (values[i] != null) {
                    dates.put(KEYS.get(i), values[i]);
                }
            }
            return dates;
        }

        /** The same entry with its dates as given (by key; a key not given keeps its date). */
        CalendarEntry withDates(Map<String, LocalDate> dates) {
            return new CalendarEntry(dates.getOrDefault("planDue", planDue),
                    dates.getOrDefault("selfAssessmentOpens", selfAssessmentOpens),
                    dates.getOrDefault("unitScoreDue", unitScoreDue),
                    dates.getOrDefault("reportToChairmanDue", reportToChairmanDue),
                    dates.getOrDefault("chairmanApprovalDue", chairmanApprovalDue),
                    dates.getOrDefault("ministryDeadline", ministryDeadline),
                    dates.getOrDefault("appraisalDue", appraisalDue),
                    dates.getOrDefault("explanationDue", explanationDue),
                    dates.getOrDefault("resultsDue", resultsDue), deliberate);
        }
    }

    record MatrixEntry(String item, String lead, List<String> cooperating) {
        List<String> cooperatingOrEmpty() {
            return cooperating == null ? List.of() : cooperating;
        }
    }

    /** A parsed file with the name it came from (for messages) and a hash of its bytes (for idempotent loads). */
    record Loaded<T>(String fileName, String hash, T content) {
    }
}
