package vn.parindex.internalindex.process;

/** Names shared by {@code processes/internalindex/internal-index-period.bpmn}, its beans and its tests. */
public final class InternalIndexProcess {

    public static final String PROCESS_KEY = "internal-index-period";

    // variables: ids, flags and decisions only
    public static final String PERIOD_ID = "periodId";
    public static final String YEAR = "year";
    public static final String UNIT_CODE = "unitCode";
    public static final String CONTESTED = "contested";
    public static final String RESULTS_APPROVED = "resultsApproved";

    // form fields (task-local)
    public static final String ITEMS = "iiItems";
    public static final String RESULTS = "iiResults";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String SURVEY_JSON = "surveyJson";
    public static final String REVISION_NOTE = "revisionNote";
    public static final String SURVEY_STATUS = "surveyStatus";
    /** The year's answer weights from data, with whether they are the province's assumption. */
    public static final String SURVEY_WEIGHTS = "surveyWeights";
    public static final String SURVEY_TEMPLATE_URL = "surveyTemplateUrl";
    public static final String SURVEY_UPLOAD_URL = "surveyUploadUrl";
    public static final String RANKING_XLSX_URL = "rankingXlsxUrl";
    public static final String RANKING_DOCX_URL = "rankingDocxUrl";

    // elements
    public static final String START = "startEvent_periodRequested";
    public static final String REGISTER = "serviceTask_registerPeriod";
    public static final String UNIT_APPRAISAL = "subProcess_unitAppraisal";
    public static final String SELF_SCORE = "userTask_selfScore";
    public static final String SELF_SCORE_LOCKED = "timer_selfScoreLocked";
    public static final String MARK_LATE = "serviceTask_markLate";
    public static final String APPRAISE_ROUND1 = "userTask_appraiseRound1";
    public static final String EXPLAIN = "userTask_explainAppraisal";
    public static final String APPRAISE_ROUND2 = "userTask_appraiseRound2";
    public static final String IMPORT_SURVEY = "userTask_importSurvey";
    public static final String COMPUTE = "serviceTask_computeIndex";
    public static final String CHAIRMAN_APPROVAL = "userTask_chairmanApproval";
    public static final String REVISE = "userTask_reviseResults";
    public static final String PUBLISH = "serviceTask_publishIndex";
    public static final String END = "endEvent_indexPublished";

    // groups of the appraisal council (Hội đồng thẩm định) and its working team (Tổ giúp việc)
    public static final String COUNCIL_GROUP = "internalIndexCouncil";
    public static final String WORKING_TEAM_GROUP = "internalIndexWorkingTeam";

    private InternalIndexProcess() {
    }
}
