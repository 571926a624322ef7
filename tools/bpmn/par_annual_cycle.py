#!/usr/bin/env python3
"""Writes processes/cycle/par-annual-cycle.bpmn: the semantic model plus a computed diagram (BPMN DI).

Kept as a generator because hand-placing ~40 shapes and their edges is error-prone; edit the model here,
run `python3 tools/bpmn/par_annual_cycle.py`, and commit both files. The BPMN file stays the deployed source.
"""
from xml.sax.saxutils import escape
import re
import os

from bpmn_process import PROCESS_EXTENSIONS
from bpmn_labels import node_label, node_name, text_size

SIZE = {"event": (36, 36), "task": (100, 80), "gateway": (50, 50)}
nodes = {}   # id -> dict(kind, x, y (center), w, h, xml)
flows = []   # (id, source, target, name, condition, waypoints or None)
subprocesses = []  # (id, x, y, w, h)


def node(id, kind, cx, cy, xml):
    w, h = SIZE[kind]
    nodes[id] = dict(kind=kind, cx=cx, cy=cy, w=w, h=h, xml=xml)


def left(n):
    return (nodes[n]["cx"] - nodes[n]["w"] // 2, nodes[n]["cy"])


def right(n):
    return (nodes[n]["cx"] + nodes[n]["w"] // 2, nodes[n]["cy"])


def top(n):
    return (nodes[n]["cx"], nodes[n]["cy"] - nodes[n]["h"] // 2)


def bottom(n):
    return (nodes[n]["cx"], nodes[n]["cy"] + nodes[n]["h"] // 2)


def flow(id, s, t, name=None, condition=None, waypoints=None):
    flows.append((id, s, t, name, condition, waypoints))


def loop(s, t, y):
    """A return flow routed over (or under) the line, from the gateway s back to the merge t."""
    sx, sy = top(s) if y < nodes[s]["cy"] else bottom(s)
    tx, ty = top(t) if y < nodes[t]["cy"] else bottom(t)
    return [(sx, sy), (sx, y), (tx, y), (tx, ty)]


def elbow(a, b):
    (ax, ay), (bx, by) = a, b
    if ay == by:
        return [a, b]
    mx = (ax + bx) // 2
    return [a, (mx, ay), (mx, by), b]


def user_task(id, name, form, groups, due, listener, doc):
    return (f'<bpmn:userTask id="{id}" name="{escape(name)}" camunda:formRef="{form}" camunda:formRefBinding="deployment" '
            f'camunda:candidateGroups="{groups}" camunda:dueDate="{due}">\n'
            f'      <bpmn:documentation>{escape(doc)}</bpmn:documentation>\n'
            f'      <bpmn:extensionElements>\n'
            f'        <camunda:taskListener delegateExpression="${{{listener}}}" event="create" />\n'
            f'        <camunda:taskListener delegateExpression="${{{listener}}}" event="complete" />\n'
            # reminders and escalations: one timer per open task (deadlines/process/NoticeTimer); on create it
            # logs the reminders already past as skipped and moves the timer to the first step ahead
            f'        <camunda:taskListener delegateExpression="${{noticeTimer}}" event="create" />\n'
            f'        <camunda:taskListener delegateExpression="${{noticeTimer}}" event="timeout" id="taskListener_notice">\n'
            f'          <bpmn:timerEventDefinition id="timer_notice_{id}">\n'
            f'            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{noticeTimer.nextNoticeAt(execution)}}</bpmn:timeDate>\n'
            f'          </bpmn:timerEventDefinition>\n'
            f'        </camunda:taskListener>\n'
            f'      </bpmn:extensionElements>')


def service_task(id, name, bean, doc):
    return (f'<bpmn:serviceTask id="{id}" name="{escape(name)}" camunda:delegateExpression="${{{bean}}}">\n'
            f'      <bpmn:documentation>{escape(doc)}</bpmn:documentation>')


def event(tag, id, name, inner=""):
    return f'<bpmn:{tag} id="{id}" name="{escape(name)}">' + (f"\n      {inner}" if inner else "")


def gateway(tag, id, name, default=None):
    d = f' default="{default}"' if default else ""
    return f'<bpmn:{tag} id="{id}" name="{escape(name)}"{d}>'


def decision_gateway(id, name, ok_flow, ok_target, ok_name, ok_var, return_flow, return_target, loop_y):
    node(id, "gateway", GX[id], CY[id], gateway("exclusiveGateway", id, name, return_flow))
    flow(ok_flow, id, ok_target, ok_name, "${%s}" % ok_var)
    flow(return_flow, id, return_target, "Trả lại", None, loop(id, return_target, loop_y))


# ---------------------------------------------------------------- main line
MAIN_Y = 420
node("startEvent_cycleRequested", "event", 100, MAIN_Y, event(
    "startEvent", "startEvent_cycleRequested", "Sở Nội vụ mở kỳ đánh giá").replace(
    '<bpmn:startEvent ', '<bpmn:startEvent camunda:formRef="open-cycle" camunda:formRefBinding="deployment" camunda:initiator="initiator" '))
node("serviceTask_registerCycle", "task", 210, MAIN_Y, service_task(
    "serviceTask_registerCycle", "Ghi nhận kỳ đánh giá", "registerCycleDelegate",
    "Synchronous on purpose: a second open cycle for the year, a year without data or bad dates must fail the start itself, with the Vietnamese message shown to SNV."))
node("gateway_tracksFork", "gateway", 330, MAIN_Y, gateway("parallelGateway", "gateway_tracksFork", "Kế hoạch và tự đánh giá song song"))

# ---------------------------------------------------------------- plan phase (multi-instance per unit)
PY = 150
PX0 = 400
GX, CY = {}, {}
x = PX0 + 50
node("startEvent_unitPlanStarted", "event", x, PY, event("startEvent", "startEvent_unitPlanStarted", "Đơn vị bắt đầu lập kế hoạch"))
node("gateway_planMerge", "gateway", x + 90, PY, gateway("exclusiveGateway", "gateway_planMerge", "Lập hoặc sửa kế hoạch"))
node("userTask_preparePlan", "task", x + 210, PY, user_task(
    "userTask_preparePlan", "Lập kế hoạch triển khai", "prepare-plan", "${orgGroups.officersOf(unitCode)}",
    "${cycleDeadlines.planDue(cycleId)}", "preparePlanTaskListener",
    "Officers of the unit enter the plan; the complete listener validates it on the server and stores it as the next round."))
node("userTask_signOffPlan", "task", x + 370, PY, user_task(
    "userTask_signOffPlan", "Thủ trưởng ký duyệt kế hoạch", "sign-off-plan", "${orgGroups.headsOf(unitCode)}",
    "${cycleDeadlines.planDue(cycleId)}", "signOffPlanTaskListener", "The head of the unit signs off or returns."))
GX["gateway_planSignedOff"], CY["gateway_planSignedOff"] = x + 500, PY
node("userTask_reviewPlan", "task", x + 620, PY, user_task(
    "userTask_reviewPlan", "Sở Nội vụ xem xét kế hoạch", "review-plan", "snvCoordinators",
    "${cycleDeadlines.planReviewDue(cycleId)}", "reviewPlanTaskListener", "SNV accepts the plan or returns it with a comment."))
GX["gateway_planAccepted"], CY["gateway_planAccepted"] = x + 750, PY
node("endEvent_unitPlanAccepted", "event", x + 850, PY, event("endEvent", "endEvent_unitPlanAccepted", "Kế hoạch được chấp nhận"))
flow("flow_planStart", "startEvent_unitPlanStarted", "gateway_planMerge")
flow("flow_toPreparePlan", "gateway_planMerge", "userTask_preparePlan")
flow("flow_planSubmitted", "userTask_preparePlan", "userTask_signOffPlan")
flow("flow_planToSignOffDecision", "userTask_signOffPlan", "gateway_planSignedOff")
decision_gateway("gateway_planSignedOff", "Thủ trưởng ký duyệt?", "flow_planSignedOff", "userTask_reviewPlan", "Ký duyệt",
                 "planSignedOff", "flow_planSignOffReturned", "gateway_planMerge", PY - 85)
flow("flow_planToReviewDecision", "userTask_reviewPlan", "gateway_planAccepted")
decision_gateway("gateway_planAccepted", "Sở Nội vụ chấp nhận?", "flow_planAccepted", "endEvent_unitPlanAccepted", "Chấp nhận",
                 "planAccepted", "flow_planReviewReturned", "gateway_planMerge", PY - 100)
subprocesses.append(("subProcess_unitPlan", PX0, PY - 130, 940, 220))

# ---------------------------------------------------------------- self-assessment (embedded) with scoring per unit
SY = 560
SX0 = 400
x = SX0 + 50
node("startEvent_selfAssessmentStarted", "event", x, SY, event("startEvent", "startEvent_selfAssessmentStarted", "Chờ mở tự đánh giá"))
node("gateway_awaitOpening", "gateway", x + 90, SY, gateway("eventBasedGateway", "gateway_awaitOpening", "Đến ngày mở hoặc có hướng dẫn?"))
node("timer_selfAssessmentOpens", "event", x + 190, SY - 70, event(
    "intermediateCatchEvent", "timer_selfAssessmentOpens", "Đến ngày mở tự đánh giá",
    '<bpmn:timerEventDefinition id="timerDefinition_selfAssessmentOpens">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${cycleDeadlines.selfAssessmentOpens(cycleId)}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>'))
node("message_guidanceReceived", "event", x + 190, SY + 70, event(
    "intermediateCatchEvent", "message_guidanceReceived", "Đã có hướng dẫn của Bộ Nội vụ",
    '<bpmn:messageEventDefinition id="messageDefinition_guidanceReceived" messageRef="messageRef_guidanceReceived" />'))
node("gateway_openingJoin", "gateway", x + 290, SY, gateway("exclusiveGateway", "gateway_openingJoin", "Mở tự đánh giá"))
node("serviceTask_openSelfAssessment", "task", x + 400, SY, service_task(
    "serviceTask_openSelfAssessment", "Mở tự đánh giá, chấm điểm", "openSelfAssessmentDelegate",
    "Records when self-assessment opened (calendar date or the Ministry's guidance)."))
flow("flow_selfAssessmentStart", "startEvent_selfAssessmentStarted", "gateway_awaitOpening")
flow("flow_awaitTimer", "gateway_awaitOpening", "timer_selfAssessmentOpens", None, None,
     [top("gateway_awaitOpening"), (nodes["gateway_awaitOpening"]["cx"], SY - 70), left("timer_selfAssessmentOpens")])
flow("flow_awaitGuidance", "gateway_awaitOpening", "message_guidanceReceived", None, None,
     [bottom("gateway_awaitOpening"), (nodes["gateway_awaitOpening"]["cx"], SY + 70), left("message_guidanceReceived")])
flow("flow_openedByDate", "timer_selfAssessmentOpens", "gateway_openingJoin", None, None,
     [right("timer_selfAssessmentOpens"), (nodes["gateway_openingJoin"]["cx"], SY - 70), top("gateway_openingJoin")])
flow("flow_openedByGuidance", "message_guidanceReceived", "gateway_openingJoin", None, None,
     [right("message_guidanceReceived"), (nodes["gateway_openingJoin"]["cx"], SY + 70), bottom("gateway_openingJoin")])
flow("flow_toOpenSelfAssessment", "gateway_openingJoin", "serviceTask_openSelfAssessment")

# scoring per unit
QX0 = x + 490
x2 = QX0 + 50
node("startEvent_unitScoringStarted", "event", x2, SY, event("startEvent", "startEvent_unitScoringStarted", "Đơn vị bắt đầu tự chấm"))
node("gateway_scoresMerge", "gateway", x2 + 90, SY, gateway("exclusiveGateway", "gateway_scoresMerge", "Chấm hoặc chấm lại"))
node("userTask_selfScore", "task", x2 + 210, SY, user_task(
    "userTask_selfScore", "Tự chấm điểm các tiêu chí được giao", "self-score", "${orgGroups.officersOf(unitCode)}",
    "${cycleDeadlines.unitScoreDue(cycleId)}", "selfScoreTaskListener",
    "Officers score exactly the unit's items of the year's matrix; the complete listener validates every row on the server."))
node("userTask_signOffScores", "task", x2 + 370, SY, user_task(
    "userTask_signOffScores", "Thủ trưởng ký duyệt kết quả tự chấm", "sign-off-scores", "${orgGroups.headsOf(unitCode)}",
    "${cycleDeadlines.unitScoreDue(cycleId)}", "signOffScoresTaskListener", "The head of the unit signs off or returns."))
GX["gateway_scoresSignedOff"], CY["gateway_scoresSignedOff"] = x2 + 500, SY
node("userTask_reviewScores", "task", x2 + 620, SY, user_task(
    "userTask_reviewScores", "Sở Nội vụ xem xét kết quả tự chấm", "review-scores", "snvCoordinators",
    "${cycleDeadlines.reportToChairmanDue(cycleId)}", "reviewScoresTaskListener", "SNV accepts the unit's scores or returns them."))
GX["gateway_scoresAccepted"], CY["gateway_scoresAccepted"] = x2 + 750, SY
node("endEvent_unitScoresAccepted", "event", x2 + 850, SY, event("endEvent", "endEvent_unitScoresAccepted", "Kết quả được chấp nhận"))
flow("flow_scoringStart", "startEvent_unitScoringStarted", "gateway_scoresMerge")
flow("flow_toSelfScore", "gateway_scoresMerge", "userTask_selfScore")
flow("flow_scoresSubmitted", "userTask_selfScore", "userTask_signOffScores")
flow("flow_scoresToSignOffDecision", "userTask_signOffScores", "gateway_scoresSignedOff")
decision_gateway("gateway_scoresSignedOff", "Thủ trưởng ký duyệt?", "flow_scoresSignedOff", "userTask_reviewScores", "Ký duyệt",
                 "scoresSignedOff", "flow_scoresSignOffReturned", "gateway_scoresMerge", SY - 85)
flow("flow_scoresToReviewDecision", "userTask_reviewScores", "gateway_scoresAccepted")
decision_gateway("gateway_scoresAccepted", "Sở Nội vụ chấp nhận?", "flow_scoresAccepted", "endEvent_unitScoresAccepted", "Chấp nhận",
                 "scoresAccepted", "flow_scoresReviewReturned", "gateway_scoresMerge", SY - 100)
subprocesses.append(("subProcess_unitScoring", QX0, SY - 130, 940, 220))

# consolidation, approval, submission
x3 = QX0 + 940 + 60
node("gateway_consolidationMerge", "gateway", x3, SY, gateway("exclusiveGateway", "gateway_consolidationMerge", "Tổng hợp hoặc tổng hợp lại"))
node("serviceTask_consolidateScores", "task", x3 + 110, SY, service_task(
    "serviceTask_consolidateScores", "Tổng hợp điểm theo lĩnh vực", "consolidateScoresDelegate",
    "Totals per field from the accepted scores; survey items excluded; capped at the field's self-scorable maximum."))
node("gateway_reportMerge", "gateway", x3 + 230, SY, gateway("exclusiveGateway", "gateway_reportMerge", "Dự thảo hoặc sửa báo cáo"))
node("userTask_prepareReport", "task", x3 + 340, SY, user_task(
    "userTask_prepareReport", "Dự thảo báo cáo tự đánh giá của tỉnh", "prepare-report", "snvCoordinators",
    "${cycleDeadlines.reportToChairmanDue(cycleId)}", "prepareReportTaskListener", "SNV drafts the provincial report over the totals."))
node("userTask_approveDraftReport", "task", x3 + 500, SY, user_task(
    "userTask_approveDraftReport", "Giám đốc Sở Nội vụ duyệt dự thảo", "approve-draft-report", "snvDirector",
    "${cycleDeadlines.reportToChairmanDue(cycleId)}", "approveDraftReportTaskListener", "The SNV director approves the draft or returns it."))
GX["gateway_draftApproved"], CY["gateway_draftApproved"] = x3 + 630, SY
node("userTask_chairmanApproval", "task", x3 + 750, SY, user_task(
    "userTask_chairmanApproval", "Chủ tịch UBND tỉnh phê duyệt báo cáo", "chairman-approval", "chairman,viceChairman",
    "${cycleDeadlines.chairmanApprovalDue(cycleId)}", "chairmanApprovalTaskListener",
    "The Chairman, or the Vice-chairman by delegation, approves or returns the report to consolidation."))
GX["gateway_reportApproved"], CY["gateway_reportApproved"] = x3 + 880, SY
node("userTask_recordSubmission", "task", x3 + 1000, SY, user_task(
    "userTask_recordSubmission", "Gửi báo cáo và nhập dữ liệu vào phần mềm của Bộ Nội vụ", "record-submission", "snvCoordinators",
    "${cycleDeadlines.ministryDeadline(cycleId)}", "recordSubmissionTaskListener",
    "SNV records the report number and date and confirms the data is entered in the Ministry's software."))

# ---------------------------------------------------------------- after the submission: appraisal, explanation, results
# The Ministry appraises the self-scores (thẩm định); the units whose items lost points explain them (giải trình) with
# additional evidence, Sở Nội vụ consolidates the province's explanation report, the Chairman approves it (or returns
# it), Sở Nội vụ sends it, and finally records the results the Ministry publishes (the results entry of results/).
x4 = x3 + 1130
node("serviceTask_awaitAppraisal", "task", x4, SY, service_task(
    "serviceTask_awaitAppraisal", "Chờ kết quả thẩm định của Bộ Nội vụ", "awaitAppraisalDelegate",
    "Opens the stage after the submission: its due dates from the year's data (appraisal, explanation, published results)."))
node("userTask_recordAppraisal", "task", x4 + 130, SY, user_task(
    "userTask_recordAppraisal", "Ghi nhận kết quả thẩm định của Bộ Nội vụ", "record-appraisal", "snvCoordinators",
    "${appraisalDeadlines.appraisalDue(cycleId)}", "recordAppraisalTaskListener",
    "SNV enters the appraised scores on the results page, then records the Ministry's notice and its explanation deadline."))
node("gateway_pointsLost", "gateway", x4 + 250, SY, gateway("exclusiveGateway", "gateway_pointsLost", "Có tiêu chí bị trừ điểm?",
                                                            "flow_noPointsLost"))
EX0 = x4 + 310
node("startEvent_unitExplanationStarted", "event", EX0 + 50, SY, event("startEvent", "startEvent_unitExplanationStarted", "Đơn vị bắt đầu giải trình"))
node("userTask_prepareExplanation", "task", EX0 + 160, SY, user_task(
    "userTask_prepareExplanation", "Giải trình các tiêu chí bị trừ điểm", "prepare-explanation", "${orgGroups.officersOf(unitCode)}",
    "${appraisalDeadlines.unitExplanationDue(cycleId)}", "prepareExplanationTaskListener",
    "Officers explain each of the unit's items appraised below the self-score, prefilled from the gap analysis with the evidence given."))
node("endEvent_unitExplanationSent", "event", EX0 + 270, SY, event("endEvent", "endEvent_unitExplanationSent", "Đã gửi giải trình"))
subprocesses.append(("subProcess_unitExplanation", EX0, SY - 90, 320, 180))  # room for its two-line title
x5 = EX0 + 320 + 60
node("gateway_explanationMerge", "gateway", x5, SY, gateway("exclusiveGateway", "gateway_explanationMerge", "Tổng hợp hoặc sửa báo cáo giải trình"))
node("userTask_consolidateExplanation", "task", x5 + 110, SY, user_task(
    "userTask_consolidateExplanation", "Tổng hợp báo cáo giải trình của tỉnh", "consolidate-explanation", "snvCoordinators",
    "${appraisalDeadlines.explanationToChairmanDue(cycleId)}", "consolidateExplanationTaskListener",
    "SNV consolidates the units' explanations into the province's explanation report."))
# Sở Nội vụ may return the explanations of some units (not all) for revision: those units explain again, then
# Sở Nội vụ consolidates again
node("gateway_explanationsReturned", "gateway", x5 + 250, SY, gateway(
    "exclusiveGateway", "gateway_explanationsReturned", "Trả lại đơn vị nào?", "flow_explanationsConsolidated"))
RX0, RY = x5 + 60, SY + 280
node("startEvent_unitRevisionStarted", "event", RX0 + 50, RY, event(
    "startEvent", "startEvent_unitRevisionStarted", "Đơn vị bị trả lại"))
node("userTask_reviseExplanation", "task", RX0 + 160, RY, user_task(
    "userTask_reviseExplanation", "Giải trình lại theo ý kiến của Sở Nội vụ", "prepare-explanation",
    "${orgGroups.officersOf(unitCode)}", "${appraisalDeadlines.unitExplanationDue(cycleId)}", "prepareExplanationTaskListener",
    "Officers of a unit whose explanation Sở Nội vụ returned explain its items again, with Sở Nội vụ's comment shown."))
node("endEvent_unitRevisionSent", "event", RX0 + 270, RY, event(
    "endEvent", "endEvent_unitRevisionSent", "Đã giải trình lại"))
subprocesses.append(("subProcess_unitExplanationRevision", RX0, RY - 90, 320, 170))
node("userTask_approveExplanation", "task", x5 + 390, SY, user_task(
    "userTask_approveExplanation", "Chủ tịch UBND tỉnh phê duyệt báo cáo giải trình", "approve-explanation", "chairman,viceChairman",
    "${appraisalDeadlines.explanationApprovalDue(cycleId)}", "approveExplanationTaskListener",
    "The Chairman, or the Vice-chairman by delegation, approves the explanation report or returns it to SNV."))
GX["gateway_explanationApproved"], CY["gateway_explanationApproved"] = x5 + 520, SY
node("userTask_submitExplanation", "task", x5 + 640, SY, user_task(
    "userTask_submitExplanation", "Gửi báo cáo giải trình cho Bộ Nội vụ", "submit-explanation", "snvCoordinators",
    "${appraisalDeadlines.explanationDue(cycleId)}", "submitExplanationTaskListener",
    "SNV records the explanation report's number and date and that it is entered in the Ministry's software."))
node("gateway_resultsMerge", "gateway", x5 + 760, SY, gateway("exclusiveGateway", "gateway_resultsMerge", "Chờ Bộ Nội vụ công bố"))
node("userTask_recordPublishedResults", "task", x5 + 870, SY, user_task(
    "userTask_recordPublishedResults", "Nhập kết quả Chỉ số CCHC do Bộ Nội vụ công bố", "record-published-results", "snvCoordinators",
    "${appraisalDeadlines.resultsDue(cycleId)}", "recordPublishedResultsTaskListener",
    "SNV enters the published results on the results page (a new version after the appraisal) and confirms."))
node("endEvent_reportSubmitted", "event", x5 + 990, SY, event("endEvent", "endEvent_reportSubmitted", "Bộ Nội vụ đã công bố kết quả"))
flow("flow_openedToScoring", "serviceTask_openSelfAssessment", "subProcess_unitScoring")
flow("flow_allUnitsAccepted", "subProcess_unitScoring", "gateway_consolidationMerge")
flow("flow_toConsolidate", "gateway_consolidationMerge", "serviceTask_consolidateScores")
flow("flow_consolidated", "serviceTask_consolidateScores", "gateway_reportMerge")
flow("flow_toPrepareReport", "gateway_reportMerge", "userTask_prepareReport")
flow("flow_reportDrafted", "userTask_prepareReport", "userTask_approveDraftReport")
flow("flow_toDraftDecision", "userTask_approveDraftReport", "gateway_draftApproved")
decision_gateway("gateway_draftApproved", "Giám đốc duyệt?", "flow_draftApproved", "userTask_chairmanApproval", "Duyệt",
                 "draftApproved", "flow_draftReturned", "gateway_reportMerge", SY - 90)
flow("flow_toChairmanDecision", "userTask_chairmanApproval", "gateway_reportApproved")
decision_gateway("gateway_reportApproved", "Chủ tịch phê duyệt?", "flow_reportApproved", "userTask_recordSubmission", "Phê duyệt",
                 "reportApproved", "flow_chairmanReturned", "gateway_consolidationMerge", SY + 100)
flow("flow_submissionRecorded", "userTask_recordSubmission", "serviceTask_awaitAppraisal")
flow("flow_toRecordAppraisal", "serviceTask_awaitAppraisal", "userTask_recordAppraisal")
flow("flow_appraisalRecorded", "userTask_recordAppraisal", "gateway_pointsLost")
flow("flow_pointsLost", "gateway_pointsLost", "subProcess_unitExplanation", "Có", "${appraisalParticipants.anyPointsLost(cycleId)}")
flow("flow_noPointsLost", "gateway_pointsLost", "gateway_resultsMerge", "Không", None, loop("gateway_pointsLost", "gateway_resultsMerge", SY + 130))
flow("flow_unitExplanationStart", "startEvent_unitExplanationStarted", "userTask_prepareExplanation")
flow("flow_unitExplanationSent", "userTask_prepareExplanation", "endEvent_unitExplanationSent")
flow("flow_allExplanationsSent", "subProcess_unitExplanation", "gateway_explanationMerge")
flow("flow_toConsolidateExplanation", "gateway_explanationMerge", "userTask_consolidateExplanation")
flow("flow_explanationConsolidated", "userTask_consolidateExplanation", "gateway_explanationsReturned")
flow("flow_explanationsConsolidated", "gateway_explanationsReturned", "userTask_approveExplanation", "Không")
flow("flow_explanationsReturned", "gateway_explanationsReturned", "subProcess_unitExplanationRevision", "Trả lại đơn vị",
     "${explanationsReturned}", [bottom("gateway_explanationsReturned"), (x5 + 250, RY - 90)])
flow("flow_unitRevisionStart", "startEvent_unitRevisionStarted", "userTask_reviseExplanation")
flow("flow_unitRevisionSent", "userTask_reviseExplanation", "endEvent_unitRevisionSent")
flow("flow_revisionsSent", "subProcess_unitExplanationRevision", "gateway_explanationMerge", None, None,
     [(RX0, RY), (x5, RY), bottom("gateway_explanationMerge")])
flow("flow_toExplanationDecision", "userTask_approveExplanation", "gateway_explanationApproved")
decision_gateway("gateway_explanationApproved", "Chủ tịch phê duyệt?", "flow_explanationApproved", "userTask_submitExplanation",
                 "Phê duyệt", "explanationApproved", "flow_explanationReturned", "gateway_explanationMerge", SY - 100)
flow("flow_explanationSent", "userTask_submitExplanation", "gateway_resultsMerge")
flow("flow_toRecordPublishedResults", "gateway_resultsMerge", "userTask_recordPublishedResults")
flow("flow_resultsRecorded", "userTask_recordPublishedResults", "endEvent_reportSubmitted")
SA_W = nodes["endEvent_reportSubmitted"]["cx"] + 50 - SX0
subprocesses.append(("subProcess_selfAssessment", SX0, SY - 170, SA_W, 560))

# ---------------------------------------------------------------- the year's duty before the self-scoring (seed 003)
# Each unit the year's data names sends its focal officials and scoring-software accounts by the year's date; a year
# that asks none gives an empty collection and the track passes at once.
FY = SY + 390 + 120
FX0 = 400
node("startEvent_unitFocalOfficialsStarted", "event", FX0 + 50, FY, event(
    "startEvent", "startEvent_unitFocalOfficialsStarted", "Đơn vị bắt đầu cử đầu mối"))
node("userTask_nameFocalOfficials", "task", FX0 + 160, FY, user_task(
    "userTask_nameFocalOfficials", "Cử đầu mối và tài khoản phần mềm chấm điểm", "name-focal-officials",
    "${orgGroups.officersOf(unitCode)}", "${focalOfficialDeadlines.due(cycleId)}", "nameFocalOfficialsTaskListener",
    "Officers of the unit name one or two focal officials per field the unit leads and their accounts in the Ministry's scoring software; checked and stored on completion."))
node("endEvent_unitFocalOfficialsNamed", "event", FX0 + 270, FY, event(
    "endEvent", "endEvent_unitFocalOfficialsNamed", "Đã cử đầu mối"))
flow("flow_unitFocalOfficialsStart", "startEvent_unitFocalOfficialsStarted", "userTask_nameFocalOfficials")
flow("flow_unitFocalOfficialsNamed", "userTask_nameFocalOfficials", "endEvent_unitFocalOfficialsNamed")
subprocesses.append(("subProcess_unitFocalOfficials", FX0, FY - 70, 320, 140))

# ---------------------------------------------------------------- the leaders' e-survey (seed 003 item 2.b)
# Each unit the year's data names reports how many of its leaders have answered the Ministry's e-survey and who has
# not; the seed asks 100%, so the task comes round again (same due date) until every leader has answered.
LY = FY + 190
LX0 = 400
node("startEvent_unitLeadersSurveyStarted", "event", LX0 + 50, LY, event(
    "startEvent", "startEvent_unitLeadersSurveyStarted", "Đơn vị bắt đầu khảo sát lãnh đạo"))
node("gateway_leadersSurveyMerge", "gateway", LX0 + 140, LY, gateway(
    "exclusiveGateway", "gateway_leadersSurveyMerge", "Báo cáo hoặc báo cáo lại"))
node("userTask_reportLeadersSurvey", "task", LX0 + 260, LY, user_task(
    "userTask_reportLeadersSurvey", "Báo cáo lãnh đạo trả lời phiếu khảo sát của Bộ Nội vụ", "report-leaders-survey",
    "${orgGroups.officersOf(unitCode)}", "${leadersSurveyDeadlines.due(cycleId)}", "reportLeadersSurveyTaskListener",
    "Officers of the unit report how many of its leaders answered the Ministry's e-survey and name those who have not; stored on completion."))
node("gateway_allLeadersAnswered", "gateway", LX0 + 380, LY, gateway(
    "exclusiveGateway", "gateway_allLeadersAnswered", "Tất cả lãnh đạo đã trả lời?", "flow_leadersStillToAnswer"))
node("endEvent_unitLeadersAnswered", "event", LX0 + 480, LY, event(
    "endEvent", "endEvent_unitLeadersAnswered", "100% lãnh đạo đã trả lời"))
flow("flow_unitLeadersSurveyStart", "startEvent_unitLeadersSurveyStarted", "gateway_leadersSurveyMerge")
flow("flow_toReportLeadersSurvey", "gateway_leadersSurveyMerge", "userTask_reportLeadersSurvey")
flow("flow_leadersSurveyReported", "userTask_reportLeadersSurvey", "gateway_allLeadersAnswered")
flow("flow_allLeadersAnswered", "gateway_allLeadersAnswered", "endEvent_unitLeadersAnswered", "Đủ", "${leadersSurveyComplete}")
flow("flow_leadersStillToAnswer", "gateway_allLeadersAnswered", "gateway_leadersSurveyMerge", "Chưa đủ", None,
     loop("gateway_allLeadersAnswered", "gateway_leadersSurveyMerge", LY + 75))
subprocesses.append(("subProcess_unitLeadersSurvey", LX0, LY - 70, 540, 170))

# ---------------------------------------------------------------- the cooperating units' input (seed 003 item 2.a)
# In a year whose data asks it, each unit the matrix names as cooperating sends the lead units its input before their
# self-scores are due (working days before, from data).
CY0 = LY + 210
CX0 = 400
node("startEvent_unitCooperationStarted", "event", CX0 + 50, CY0, event(
    "startEvent", "startEvent_unitCooperationStarted", "Đơn vị phối hợp bắt đầu"))
node("userTask_sendCooperationInput", "task", CX0 + 160, CY0, user_task(
    "userTask_sendCooperationInput", "Gửi đơn vị chủ trì nội dung phối hợp, tài liệu kiểm chứng", "send-cooperation-input",
    "${orgGroups.officersOf(unitCode)}", "${cooperationDeadlines.due(cycleId)}", "sendCooperationInputTaskListener",
    "Officers of a cooperating unit send each lead unit their input and evidence for the lead unit's items; stored on completion."))
node("endEvent_unitCooperationSent", "event", CX0 + 270, CY0, event(
    "endEvent", "endEvent_unitCooperationSent", "Đã gửi nội dung phối hợp"))
flow("flow_unitCooperationStart", "startEvent_unitCooperationStarted", "userTask_sendCooperationInput")
flow("flow_unitCooperationSent", "userTask_sendCooperationInput", "endEvent_unitCooperationSent")
subprocesses.append(("subProcess_unitCooperation", CX0, CY0 - 90, 320, 180))  # room for its two-line title

# ---------------------------------------------------------------- join and close
JX = SX0 + SA_W + 70
node("gateway_tracksJoin", "gateway", JX, MAIN_Y, gateway("parallelGateway", "gateway_tracksJoin", "Các luồng hoàn thành"))
node("serviceTask_closeCycle", "task", JX + 110, MAIN_Y, service_task(
    "serviceTask_closeCycle", "Đóng kỳ đánh giá", "closeCycleDelegate", "Marks the cycle completed; the year may then be opened again."))
node("endEvent_cycleCompleted", "event", JX + 230, MAIN_Y, event("endEvent", "endEvent_cycleCompleted", "Kỳ đánh giá hoàn thành"))

SUB = {s[0]: s for s in subprocesses}


def sub_left(s):
    _, x, y, w, h = SUB[s]
    return (x, y + h // 2)


def sub_right(s):
    _, x, y, w, h = SUB[s]
    return (x + w, y + h // 2)


flow("flow_requested", "startEvent_cycleRequested", "serviceTask_registerCycle")
flow("flow_registered", "serviceTask_registerCycle", "gateway_tracksFork")
flow("flow_toPlanPhase", "gateway_tracksFork", "subProcess_unitPlan", None, None,
     [top("gateway_tracksFork"), (nodes["gateway_tracksFork"]["cx"], sub_left("subProcess_unitPlan")[1]), sub_left("subProcess_unitPlan")])
flow("flow_toSelfAssessment", "gateway_tracksFork", "subProcess_selfAssessment", None, None,
     [bottom("gateway_tracksFork"), (nodes["gateway_tracksFork"]["cx"], sub_left("subProcess_selfAssessment")[1]), sub_left("subProcess_selfAssessment")])
flow("flow_plansDone", "subProcess_unitPlan", "gateway_tracksJoin", None, None,
     [sub_right("subProcess_unitPlan"), (JX, sub_right("subProcess_unitPlan")[1]), top("gateway_tracksJoin")])
flow("flow_reportDone", "subProcess_selfAssessment", "gateway_tracksJoin", None, None,
     [sub_right("subProcess_selfAssessment"), (JX, sub_right("subProcess_selfAssessment")[1]), bottom("gateway_tracksJoin")])
flow("flow_toFocalOfficials", "gateway_tracksFork", "subProcess_unitFocalOfficials", None, None,
     [bottom("gateway_tracksFork"), (nodes["gateway_tracksFork"]["cx"], sub_left("subProcess_unitFocalOfficials")[1]),
      sub_left("subProcess_unitFocalOfficials")])
flow("flow_focalOfficialsDone", "subProcess_unitFocalOfficials", "gateway_tracksJoin", None, None,
     [sub_right("subProcess_unitFocalOfficials"), (JX, sub_right("subProcess_unitFocalOfficials")[1]), bottom("gateway_tracksJoin")])
for track, to_flow, done_flow in (("subProcess_unitLeadersSurvey", "flow_toLeadersSurvey", "flow_leadersSurveyDone"),
                                  ("subProcess_unitCooperation", "flow_toCooperation", "flow_cooperationDone")):
    flow(to_flow, "gateway_tracksFork", track, None, None,
         [bottom("gateway_tracksFork"), (nodes["gateway_tracksFork"]["cx"], sub_left(track)[1]), sub_left(track)])
    flow(done_flow, track, "gateway_tracksJoin", None, None,
         [sub_right(track), (JX, sub_right(track)[1]), bottom("gateway_tracksJoin")])
flow("flow_toClose", "gateway_tracksJoin", "serviceTask_closeCycle")
flow("flow_closed", "serviceTask_closeCycle", "endEvent_cycleCompleted")
flow("flow_openedToScoring_fix", None, None)  # placeholder removed below
flows.pop()

MEMBERS = {
    "subProcess_unitPlan": ["startEvent_unitPlanStarted", "gateway_planMerge", "userTask_preparePlan", "userTask_signOffPlan",
                            "gateway_planSignedOff", "userTask_reviewPlan", "gateway_planAccepted", "endEvent_unitPlanAccepted"],
    "subProcess_unitScoring": ["startEvent_unitScoringStarted", "gateway_scoresMerge", "userTask_selfScore", "userTask_signOffScores",
                               "gateway_scoresSignedOff", "userTask_reviewScores", "gateway_scoresAccepted", "endEvent_unitScoresAccepted"],
    "subProcess_unitExplanation": ["startEvent_unitExplanationStarted", "userTask_prepareExplanation", "endEvent_unitExplanationSent"],
    "subProcess_unitExplanationRevision": ["startEvent_unitRevisionStarted", "userTask_reviseExplanation",
                                           "endEvent_unitRevisionSent"],
    "subProcess_unitFocalOfficials": ["startEvent_unitFocalOfficialsStarted", "userTask_nameFocalOfficials",
                                      "endEvent_unitFocalOfficialsNamed"],
    "subProcess_unitLeadersSurvey": ["startEvent_unitLeadersSurveyStarted", "gateway_leadersSurveyMerge",
                                     "userTask_reportLeadersSurvey", "gateway_allLeadersAnswered",
                                     "endEvent_unitLeadersAnswered"],
    "subProcess_unitCooperation": ["startEvent_unitCooperationStarted", "userTask_sendCooperationInput",
                                   "endEvent_unitCooperationSent"],
}
MEMBERS["subProcess_selfAssessment"] = ["startEvent_selfAssessmentStarted", "gateway_awaitOpening", "timer_selfAssessmentOpens",
                                        "message_guidanceReceived", "gateway_openingJoin", "serviceTask_openSelfAssessment",
                                        "subProcess_unitScoring", "gateway_consolidationMerge", "serviceTask_consolidateScores",
                                        "gateway_reportMerge", "userTask_prepareReport", "userTask_approveDraftReport",
                                        "gateway_draftApproved", "userTask_chairmanApproval", "gateway_reportApproved",
                                        "userTask_recordSubmission", "serviceTask_awaitAppraisal", "userTask_recordAppraisal",
                                        "gateway_pointsLost", "subProcess_unitExplanation", "gateway_explanationMerge",
                                        "userTask_consolidateExplanation", "gateway_explanationsReturned",
                                        "subProcess_unitExplanationRevision", "userTask_approveExplanation",
                                        "gateway_explanationApproved", "userTask_submitExplanation", "gateway_resultsMerge",
                                        "userTask_recordPublishedResults", "endEvent_reportSubmitted"]
SUB_XML = {
    "subProcess_unitPlan": ('Kế hoạch triển khai của từng đơn vị',
                            '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${cycleParticipants.planUnits(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitScoring": ('Tự chấm điểm của từng đơn vị chủ trì',
                               '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${cycleParticipants.scoringUnits(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitExplanation": ('Giải trình của từng đơn vị có tiêu chí bị trừ điểm',
                                   '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${appraisalParticipants.explainingUnits(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitExplanationRevision": ('Giải trình lại của từng đơn vị bị trả lại',
                                           '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${appraisalParticipants.returnedUnits(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitFocalOfficials": ('Cử đầu mối, tài khoản của từng đơn vị',
                                      '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${focalOfficials.units(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitLeadersSurvey": ('Lãnh đạo từng đơn vị trả lời phiếu khảo sát của Bộ Nội vụ',
                                     '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${leadersSurvey.units(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_unitCooperation": ('Ý kiến của từng đơn vị phối hợp gửi đơn vị chủ trì',
                                   '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${cooperation.units(cycleId)}" camunda:elementVariable="unitCode" />'),
    "subProcess_selfAssessment": ('Tự đánh giá, chấm điểm, báo cáo, thẩm định và giải trình của tỉnh', ''),
}


def owner(element):
    for sub, members in MEMBERS.items():
        if element in members:
            return sub
    return None


def element_xml(id, indent):
    pad = " " * indent
    ins = [f[0] for f in flows if f[2] == id]
    outs = [f[0] for f in flows if f[1] == id]
    links = "".join(f"\n{pad}  <bpmn:incoming>{i}</bpmn:incoming>" for i in ins) + \
            "".join(f"\n{pad}  <bpmn:outgoing>{o}</bpmn:outgoing>" for o in outs)
    if id in SUB_XML:
        name, mi = SUB_XML[id]
        body = f"{pad}<bpmn:subProcess id=\"{id}\" name=\"{escape(name)}\">{links}"
        if mi:
            body += f"\n{pad}  {mi}"
        for member in MEMBERS[id]:
            if owner(member) == id:
                body += "\n" + element_xml(member, indent + 2)
        for f in flows:
            if owner(f[1]) == id:
                body += "\n" + flow_xml(f, indent + 2)
        return body + f"\n{pad}</bpmn:subProcess>"
    n = nodes[id]
    xml = n["xml"].replace("\n      ", "\n" + pad + "  ")
    tag = xml[1:xml.index(" ")]
    head, _, rest = xml.partition(">")
    if n["kind"] == "event":  # BPMN order: incoming/outgoing before event definitions
        return f"{pad}{head}>{links}{rest}\n{pad}</{tag}>"
    return f"{pad}{head}>{rest}{links}\n{pad}</{tag}>"


def flow_xml(f, indent):
    id, s, t, name, cond, _ = f
    pad = " " * indent
    n = f' name="{escape(name)}"' if name else ""
    if cond:
        return (f'{pad}<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}">\n'
                f'{pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression>\n'
                f'{pad}</bpmn:sequenceFlow>')
    return f'{pad}<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}" />'


def shape_bounds(id):
    if id in SUB:
        _, x, y, w, h = SUB[id]
        return x, y, w, h
    n = nodes[id]
    return n["cx"] - n["w"] // 2, n["cy"] - n["h"] // 2, n["w"], n["h"]


def waypoints(f):
    id, s, t, _, _, wp = f
    if wp:
        return wp
    a = sub_right(s) if s in SUB else right(s)
    b = sub_left(t) if t in SUB else left(t)
    return elbow(a, b)





def flow_label(name, pts):
    """Explicit label bounds of a named flow (without them viewers centre the name on the flow's middle segment,
    where a return loop runs under the sub-process's title). A return loop's name sits beside the segment leaving the
    gateway; a straight flow's name above it, kept clear of the target's shape. Sized from the text (11 px font)."""
    w, h = text_size(name)
    (ax, ay), (bx, by) = pts[0], pts[1]
    if ax == bx and by < ay:  # a loop over the line: right of the rising segment, half-way
        x, y = ax + 6, (ay + by) // 2 - h // 2
    elif ax == bx:  # under the line: right of the falling segment, above its turn (the gateway's name is below it)
        x, y = ax + 6, by - h - 2
    else:  # horizontal: above it, centred, never past the end of the segment
        x, y = min((ax + bx) // 2 - w // 2, max(ax, bx) - w - 2), ay - h - 6
    return (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x}" y="{int(y)}" width="{w}" height="{int(h)}" />'
            f'\n        </bpmndi:BPMNLabel>')


top_level = ["startEvent_cycleRequested", "serviceTask_registerCycle", "gateway_tracksFork", "subProcess_unitPlan",
             "subProcess_selfAssessment", "subProcess_unitFocalOfficials", "subProcess_unitLeadersSurvey",
             "subProcess_unitCooperation", "gateway_tracksJoin", "serviceTask_closeCycle", "endEvent_cycleCompleted"]
body = "\n".join(element_xml(e, 4) for e in top_level)
body += "\n" + "\n".join(flow_xml(f, 4) for f in flows if owner(f[1]) is None)

shapes = []
for id in list(nodes) + list(SUB):
    x, y, w, h = shape_bounds(id)
    extra = ' isExpanded="true"' if id in SUB else ""
    label = ""
    if id in nodes and nodes[id]["kind"] != "task":
        label = node_label(node_name(nodes[id]["xml"]), x, y, w, h)
    shapes.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}>\n        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />{label}\n      </bpmndi:BPMNShape>')
for f in flows:
    pts = "".join(f'\n        <di:waypoint x="{px}" y="{py}" />' for px, py in waypoints(f))
    label = flow_label(f[3], waypoints(f)) if f[3] else ""
    shapes.append(f'      <bpmndi:BPMNEdge id="{f[0]}_di" bpmnElement="{f[0]}">{pts}{label}\n      </bpmndi:BPMNEdge>')

xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="definitions_parAnnualCycle" targetNamespace="http://parindex.vn/bpmn" exporter="tools/bpmn/par_annual_cycle.py" exporterVersion="1" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:process id="par-annual-cycle" name="Kỳ đánh giá Chỉ số CCHC hằng năm" isExecutable="true" camunda:historyTimeToLive="P1825D" camunda:candidateStarterGroups="snvCoordinators">
    <bpmn:documentation>The yearly PAR Index cycle of a province: implementation plans per unit and, in parallel, the focal officials, the leaders' e-survey and the cooperating units' input the year's data asks of units, and self-scoring per responsible unit, consolidation, approvals, submission to the Ministry, the Ministry's appraisal, the units' explanations, the province's explanation report and the published results. Deadlines, units and items come from our tables through beans.</bpmn:documentation>
{PROCESS_EXTENSIONS}
{body}
  </bpmn:process>
  <bpmn:message id="messageRef_guidanceReceived" name="cycle.guidanceReceived" />
  <bpmndi:BPMNDiagram id="diagram_parAnnualCycle">
    <bpmndi:BPMNPlane id="plane_parAnnualCycle" bpmnElement="par-annual-cycle">
{chr(10).join(shapes)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
path = os.path.join(root, "processes/cycle/par-annual-cycle.bpmn")
os.makedirs(os.path.dirname(path), exist_ok=True)  # tools/check-generated.sh runs this in an empty copy
with open(path, "w", encoding="utf-8") as out:
    out.write(xml)
print("written", len(nodes), "nodes,", len(flows), "flows")
