package vn.parindex.cycle.process;

/** Names shared by the model {@code processes/cycle/par-annual-cycle.bpmn}, its beans and its tests. */
public final class CycleProcess {

    public static final String PROCESS_KEY = "par-annual-cycle";
    public static final String MESSAGE_GUIDANCE_RECEIVED = "cycle.guidanceReceived";

    // variables: ids, flags and decisions only
    public static final String CYCLE_ID = "cycleId";
    public static final String YEAR = "year";
    public static final String UNIT_CODE = "unitCode";
    public static final String PLAN_SIGNED_OFF = "planSignedOff";
    public static final String PLAN_ACCEPTED = "planAccepted";
    public static final String SCORES_SIGNED_OFF = "scoresSignedOff";
    public static final String SCORES_ACCEPTED = "scoresAccepted";
    public static final String DRAFT_APPROVED = "draftApproved";
    public static final String REPORT_APPROVED = "reportApproved";
    public static final String EXPLANATION_APPROVED = "explanationApproved";
    /** Sở Nội vụ returned some units' explanations for revision (set by the consolidation, local to its scope). */
    public static final String EXPLANATIONS_RETURNED = "explanationsReturned";
    public static final String EXPLANATION_REVISION_PHASE = "subProcess_unitExplanationRevision";
    public static final String REVISE_EXPLANATION = "userTask_reviseExplanation";

    // start form fields, moved into our tables by the registration and then removed
    public static final String PLAN_DUE = "planDue";
    public static final String SELF_ASSESSMENT_OPENS = "selfAssessmentOpens";
    public static final String UNIT_SCORE_DUE = "unitScoreDue";
    public static final String REPORT_TO_CHAIRMAN_DUE = "reportToChairmanDue";
    public static final String CHAIRMAN_APPROVAL_DUE = "chairmanApprovalDue";
    public static final String MINISTRY_DEADLINE = "ministryDeadline";

    // elements
    public static final String START = "startEvent_cycleRequested";
    public static final String REGISTER = "serviceTask_registerCycle";
    public static final String PLAN_PHASE = "subProcess_unitPlan";
    public static final String PREPARE_PLAN = "userTask_preparePlan";
    public static final String SIGN_OFF_PLAN = "userTask_signOffPlan";
    public static final String REVIEW_PLAN = "userTask_reviewPlan";
    public static final String SELF_ASSESSMENT = "subProcess_selfAssessment";
    public static final String AWAIT_OPENING = "gateway_awaitOpening";
    public static final String TIMER_OPENS = "timer_selfAssessmentOpens";
    public static final String MESSAGE_GUIDANCE = "message_guidanceReceived";
    public static final String OPEN_SELF_ASSESSMENT = "serviceTask_openSelfAssessment";
    public static final String SCORING_PHASE = "subProcess_unitScoring";
    public static final String SELF_SCORE = "userTask_selfScore";
    public static final String SIGN_OFF_SCORES = "userTask_signOffScores";
    public static final String REVIEW_SCORES = "userTask_reviewScores";
    public static final String CONSOLIDATE = "serviceTask_consolidateScores";
    public static final String PREPARE_REPORT = "userTask_prepareReport";
    public static final String APPROVE_DRAFT = "userTask_approveDraftReport";
    public static final String CHAIRMAN_APPROVAL = "userTask_chairmanApproval";
    public static final String RECORD_SUBMISSION = "userTask_recordSubmission";
    // the year's duty of naming focal officials and scoring-software accounts (seed 003; empty for other years)
    public static final String FOCAL_OFFICIALS_PHASE = "subProcess_unitFocalOfficials";
    public static final String NAME_FOCAL_OFFICIALS = "userTask_nameFocalOfficials";
    public static final String LEADERS_SURVEY_PHASE = "subProcess_unitLeadersSurvey";
    public static final String REPORT_LEADERS_SURVEY = "userTask_reportLeadersSurvey";
    public static final String COOPERATION_PHASE = "subProcess_unitCooperation";
    public static final String SEND_COOPERATION_INPUT = "userTask_sendCooperationInput";
    // after the submission: the Ministry's appraisal, the explanation, the published results
    public static final String AWAIT_APPRAISAL = "serviceTask_awaitAppraisal";
    public static final String RECORD_APPRAISAL = "userTask_recordAppraisal";
    public static final String POINTS_LOST = "gateway_pointsLost";
    public static final String EXPLANATION_PHASE = "subProcess_unitExplanation";
    public static final String PREPARE_EXPLANATION = "userTask_prepareExplanation";
    public static final String CONSOLIDATE_EXPLANATION = "userTask_consolidateExplanation";
    public static final String APPROVE_EXPLANATION = "userTask_approveExplanation";
    public static final String SUBMIT_EXPLANATION = "userTask_submitExplanation";
    public static final String RECORD_PUBLISHED_RESULTS = "userTask_recordPublishedResults";
    public static final String CLOSE = "serviceTask_closeCycle";
    public static final String END = "endEvent_cycleCompleted";

    private CycleProcess() {
    }
}
