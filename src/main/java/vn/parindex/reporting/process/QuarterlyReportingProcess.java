package vn.parindex.reporting.process;

/** Names shared by {@code processes/reporting/*.bpmn}, their beans and their tests. */
public final class QuarterlyReportingProcess {

    public static final String YEAR_PROCESS_KEY = "quarterly-reporting-year";
    public static final String QUARTER_PROCESS_KEY = "quarterly-report";

    // variables: ids, flags and decisions only
    public static final String YEAR = "year";
    public static final String QUARTER = "quarter";
    public static final String REPORT_ID = "quarterlyReportId";
    public static final String UNIT_CODE = "unitCode";
    public static final String SIGNED_OFF = "unitReportSignedOff";
    public static final String ACCEPTED = "unitReportAccepted";
    public static final String APPROVED = "provincialReportApproved";

    // elements
    public static final String TIMER_REQUEST = "timer_quarterRequested";
    public static final String CALL_QUARTER = "callActivity_quarterlyReport";
    public static final String PREPARE = "userTask_prepareUnitReport";
    public static final String SIGN_OFF = "userTask_signOffUnitReport";
    public static final String REVIEW = "userTask_reviewUnitReport";
    public static final String DRAFT = "userTask_draftProvincialReport";
    public static final String APPROVE = "userTask_approveProvincialReport";
    public static final String RECORD = "userTask_recordQuarterlySubmission";
    public static final String END = "endEvent_quarterReported";

    // task-local form variables
    public static final String UNIT_NAME = "unitName";
    public static final String PERIOD = "periodLabel";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String RETURN_COMMENT = "returnComment";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String TOTALS_SUMMARY = "totalsSummary";
    public static final String DOCUMENT_URL = "documentUrl";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";

    private QuarterlyReportingProcess() {
    }
}
