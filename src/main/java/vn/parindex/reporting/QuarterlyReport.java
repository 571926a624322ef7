package vn.parindex.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One quarter's reporting round in our table {@code quarterly_report}. */
public record QuarterlyReport(long id, int year, int quarter, String province, String noticePolicyCode,
                              QuarterlyReportStatus status, LocalDate requestOn, OffsetDateTime unitReportDue,
                              OffsetDateTime reviewDue, OffsetDateTime draftDue, OffsetDateTime approvalDue,
                              OffsetDateTime ministryDue) {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** "quý I năm 2023" */
    public String label() {
        return "quý " + ROMAN[quarter] + " năm " + year;
    }

    /** The quarter after this one, "quý II năm 2023" (or "quý I năm 2024"). */
    public String nextLabel() {
        return quarter < 4 ? "quý " + ROMAN[quarter + 1] + " năm " + year : "quý I năm " + (year + 1);
    }

    /**
     * What the report covers: the quarter, except that the second quarter's report is the six-month report and the
     * fourth quarter's the yearly report ("6 tháng đầu năm 2023", "năm 2023").
     */
    public String periodLabel() {
        return switch (quarter) {
            case 2 -> "6 tháng đầu năm " + year;
            case 4 -> "năm " + year;
            default -> label();
        };
    }

    /** The period whose tasks the report sets out: "quý II năm 2023", "6 tháng cuối năm 2023", "năm 2024". */
    public String nextPeriodLabel() {
        return switch (quarter) {
            case 2 -> "6 tháng cuối năm " + year;
            case 4 -> "năm " + (year + 1);
            default -> nextLabel();
        };
    }

    /** The current value of one of the quarter's due dates. */
    public OffsetDateTime deadline(QuarterlyDeadline deadline) {
        return switch (deadline) {
            case UNIT_REPORT_DUE -> unitReportDue;
            case REVIEW_DUE -> reviewDue;
            case DRAFT_DUE -> draftDue;
            case APPROVAL_DUE -> approvalDue;
            case MINISTRY_DUE -> ministryDue;
        };
    }

    public String businessKey() {
        return businessKey(year, quarter);
    }

    public static String businessKey(int year, int quarter) {
        return "CCHC-" + year + "-Q" + quarter;
    }
}
