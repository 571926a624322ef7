package vn.parindex.remediation.process;

/** Names shared by the model {@code processes/remediation/remediation-plan.bpmn}, its beans and its tests. */
public final class RemediationProcess {

    public static final String PROCESS_KEY = "remediation-plan";

    // variables: ids, flags and decisions only
    public static final String YEAR = "year";
    public static final String PLAN_ID = "planId";
    /** The assessed cycle: the deadline watch reads its notice policy, notices name its year. */
    public static final String CYCLE_ID = "cycleId";
    public static final String REMEDIATION_TASK_ID = "remediationTaskId";
    public static final String UNIT_CODE = "unitCode";
    public static final String PLAN_APPROVED = "remediationPlanApproved";
    public static final String REPORT_ACCEPTED = "remediationReportAccepted";

    // elements
    public static final String START = "startEvent_remediationRequested";
    public static final String REGISTER = "serviceTask_registerRemediationPlan";
    public static final String DRAFT = "userTask_draftRemediationPlan";
    public static final String APPROVE = "userTask_approveRemediationPlan";
    public static final String PLAN_APPROVED_GATEWAY = "gateway_planApproved";
    public static final String ACTIVATE = "serviceTask_activateRemediationPlan";
    public static final String TASKS = "subProcess_remediationTask";
    public static final String PERIOD_OPEN_GATEWAY = "gateway_periodOpen";
    public static final String TIMER_PERIOD_OPENS = "timer_reportPeriodOpens";
    public static final String REPORT = "userTask_reportRemediationProgress";
    public static final String REVIEW = "userTask_reviewRemediationReport";
    public static final String TASK_DONE = "endEvent_remediationTaskDone";
    public static final String COMPLETE = "serviceTask_completeRemediationPlan";
    public static final String END = "endEvent_remediationPlanCompleted";

    // flows
    public static final String FLOW_PERIOD_OPEN = "flow_periodOpen";
    public static final String FLOW_PERIOD_NOT_YET_OPEN = "flow_periodNotYetOpen";
    public static final String FLOW_REPORT_RETURNED = "flow_reportReturned";
    public static final String FLOW_MORE_PERIODS = "flow_morePeriods";
    public static final String FLOW_PLAN_RETURNED = "flow_planReturned";

    private RemediationProcess() {
    }
}
