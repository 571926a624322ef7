#!/usr/bin/env python3
"""Writes processes/internalindex/internal-index-period.bpmn: the semantic model plus a computed diagram (BPMN DI).
Edit the model here, run `python3 tools/bpmn/internal_index_period.py`, and commit both files."""
from xml.sax.saxutils import escape
import re
import os

from bpmn_process import PROCESS_EXTENSIONS
from bpmn_labels import node_label, node_name, text_size

SIZE = {"event": (36, 36), "task": (100, 80), "gateway": (50, 50)}
nodes, flows, order = {}, [], []
SUB = ("subProcess_unitAppraisal", 400, 60, 1000, 290)
MEMBERS = set()


def node(id, kind, cx, cy, xml, member=False):
    w, h = SIZE[kind]
    nodes[id] = dict(kind=kind, cx=cx, cy=cy, w=w, h=h, xml=xml)
    order.append(id)
    if member:
        MEMBERS.add(id)


def L(n):
    return (SUB[1], SUB[2] + SUB[4] // 2) if n == SUB[0] else (nodes[n]["cx"] - nodes[n]["w"] // 2, nodes[n]["cy"])


def R(n):
    return (SUB[1] + SUB[3], SUB[2] + SUB[4] // 2) if n == SUB[0] else (nodes[n]["cx"] + nodes[n]["w"] // 2, nodes[n]["cy"])


def T(n):
    return (nodes[n]["cx"], nodes[n]["cy"] - nodes[n]["h"] // 2)


def B(n):
    return (nodes[n]["cx"], nodes[n]["cy"] + nodes[n]["h"] // 2)


def flow(id, s, t, name=None, cond=None, wp=None):
    flows.append((id, s, t, name, cond, wp))


def elbow(a, b):
    (ax, ay), (bx, by) = a, b
    if ay == by:
        return [a, b]
    mx = (ax + bx) // 2
    return [a, (mx, ay), (mx, by), b]


def user_task(id, name, form, groups, due, listener, doc):
    return (f'<bpmn:userTask id="{id}" name="{escape(name)}" camunda:formRef="{form}" camunda:formRefBinding="deployment" '
            f'camunda:candidateGroups="{groups}" camunda:dueDate="{due}">\n'
            f'  <bpmn:documentation>{escape(doc)}</bpmn:documentation>\n'
            f'  <bpmn:extensionElements>\n'
            f'    <camunda:taskListener delegateExpression="${{{listener}}}" event="create" />\n'
            f'    <camunda:taskListener delegateExpression="${{{listener}}}" event="complete" />\n'
            # reminders and escalations: one timer per open task (deadlines/process/NoticeTimer); on create it
            # logs the reminders already past as skipped and moves the timer to the first step ahead
            f'    <camunda:taskListener delegateExpression="${{noticeTimer}}" event="create" />\n'
            f'    <camunda:taskListener delegateExpression="${{noticeTimer}}" event="timeout" id="taskListener_notice">\n'
            f'      <bpmn:timerEventDefinition id="timer_notice_{id}">\n'
            f'        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{noticeTimer.nextNoticeAt(execution)}}</bpmn:timeDate>\n'
            f'      </bpmn:timerEventDefinition>\n'
            f'    </camunda:taskListener>\n'
            f'  </bpmn:extensionElements>', "userTask")


def service_task(id, name, bean, doc):
    return (f'<bpmn:serviceTask id="{id}" name="{escape(name)}" camunda:delegateExpression="${{{bean}}}">\n'
            f'  <bpmn:documentation>{escape(doc)}</bpmn:documentation>', "serviceTask")


def event(tag, id, name, attrs="", inner=""):
    return (f'<bpmn:{tag} id="{id}" name="{escape(name)}"{attrs}>', tag, inner)


def gateway(tag, id, name, default=None):
    d = f' default="{default}"' if default else ""
    return (f'<bpmn:{tag} id="{id}" name="{escape(name)}"{d}>', tag)


D = "internalIndexDeadlines"
# ---------------------------------------------------------------- main line
Y = 420
node("startEvent_periodRequested", "event", 100, Y, event(
    "startEvent", "startEvent_periodRequested", "Sở Nội vụ mở kỳ xác định chỉ số",
    ' camunda:formRef="open-internal-index-period" camunda:formRefBinding="deployment" camunda:initiator="initiator"'))
node("serviceTask_registerPeriod", "task", 210, Y, service_task(
    "serviceTask_registerPeriod", "Ghi nhận kỳ xác định chỉ số", "registerInternalIndexPeriodDelegate",
    "Synchronous: a year without data or a second open period fails the start with the Vietnamese message."))
node("gateway_tracksFork", "gateway", 330, Y, gateway("parallelGateway", "gateway_tracksFork", "Thẩm định và khảo sát song song"))

# ---------------------------------------------------------------- per unit (multi-instance)
SY = 190
node("startEvent_unitStarted", "event", 450, SY, event("startEvent", "startEvent_unitStarted", "Đơn vị bắt đầu tự chấm"), True)
node("userTask_selfScore", "task", 560, SY, user_task(
    "userTask_selfScore", "Tự đánh giá, chấm điểm Chỉ số CCHC của đơn vị", "internal-index-self-score",
    "${orgGroups.officersOf(unitCode)}", "${%s.selfScoreDue(periodId)}" % D, "internalIndexSelfScoreListener",
    "Officers score the unit's own criteria set; the complete listener validates every row on the server."), True)
node("timer_selfScoreLocked", "event", 560, SY + 40, event(
    "boundaryEvent", "timer_selfScoreLocked", "Hết hạn tự chấm điểm", ' cancelActivity="true" attachedToRef="userTask_selfScore"',
    '<bpmn:timerEventDefinition id="timerDefinition_selfScoreLocked">\n'
    '  <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${%s.selfScoreDue(periodId)}</bpmn:timeDate>\n'
    '</bpmn:timerEventDefinition>' % D), True)
node("serviceTask_markLate", "task", 690, SY + 110, service_task(
    "serviceTask_markLate", "Khóa tự chấm, ghi nhận đơn vị không nộp", "markSelfScoreLateDelegate",
    "The self-score deadline passed: the task ends, the unit is late and gets no appraised points."), True)
node("endEvent_unitLate", "event", 820, SY + 110, event("endEvent", "endEvent_unitLate", "Đơn vị không nộp đúng hạn"), True)
node("userTask_appraiseRound1", "task", 720, SY, user_task(
    "userTask_appraiseRound1", "Thẩm định vòng 1 kết quả tự chấm", "internal-index-appraisal",
    "internalIndexWorkingTeam", "${%s.appraisalDue(periodId)}" % D, "internalIndexAppraisalListener",
    "The council's working team appraises every criterion; a changed score needs a reason."), True)
node("userTask_explainAppraisal", "task", 880, SY, user_task(
    "userTask_explainAppraisal", "Đơn vị giải trình kết quả thẩm định", "internal-index-explanation",
    "${orgGroups.officersOf(unitCode)}", "${%s.explanationDue(periodId)}" % D, "internalIndexExplanationListener",
    "The unit accepts round 1 or contests it with an explanation per criterion."), True)
node("gateway_contested", "gateway", 1010, SY, gateway("exclusiveGateway", "gateway_contested", "Đơn vị đề nghị thẩm định lại?",
                                                       "flow_round1Accepted"), True)
node("userTask_appraiseRound2", "task", 1130, SY, user_task(
    "userTask_appraiseRound2", "Hội đồng thẩm định vòng 2 (kết quả cuối cùng)", "internal-index-appraisal",
    "internalIndexCouncil", "${%s.finalAppraisalDue(periodId)}" % D, "internalIndexAppraisalListener",
    "The appraisal council decides the final scores over round 1 and the unit's explanation."), True)
node("gateway_finalMerge", "gateway", 1250, SY, gateway("exclusiveGateway", "gateway_finalMerge", "Kết quả thẩm định cuối cùng"), True)
node("endEvent_unitAppraised", "event", 1340, SY, event("endEvent", "endEvent_unitAppraised", "Đơn vị đã được thẩm định"), True)
flow("flow_unitStart", "startEvent_unitStarted", "userTask_selfScore")
flow("flow_selfScored", "userTask_selfScore", "userTask_appraiseRound1")
flow("flow_selfScoreLocked", "timer_selfScoreLocked", "serviceTask_markLate", None, None,
     [B("timer_selfScoreLocked"), (560, SY + 110), L("serviceTask_markLate")])
flow("flow_markedLate", "serviceTask_markLate", "endEvent_unitLate")
flow("flow_round1Done", "userTask_appraiseRound1", "userTask_explainAppraisal")
flow("flow_explained", "userTask_explainAppraisal", "gateway_contested")
flow("flow_contested", "gateway_contested", "userTask_appraiseRound2", "Giải trình, đề nghị thẩm định lại", "${contested}")
flow("flow_round1Accepted", "gateway_contested", "gateway_finalMerge", "Đơn vị đồng ý kết quả vòng 1", None,
     [T("gateway_contested"), (1010, SY - 90), (1250, SY - 90), T("gateway_finalMerge")])
flow("flow_round2Done", "userTask_appraiseRound2", "gateway_finalMerge")
flow("flow_unitDone", "gateway_finalMerge", "endEvent_unitAppraised")

# ---------------------------------------------------------------- survey, compute, approval
node("userTask_importSurvey", "task", 900, 560, user_task(
    "userTask_importSurvey", "Nhập kết quả điều tra xã hội học", "internal-index-survey",
    "snvCoordinators", "${%s.surveyDue(periodId)}" % D, "internalIndexSurveyImportListener",
    "SNV uploads the survey results (respondents, answers per option, option weights); validated, then stored."))
JX = 1480
node("gateway_tracksJoin", "gateway", JX, Y, gateway("parallelGateway", "gateway_tracksJoin", "Thẩm định và khảo sát xong"))
node("gateway_computeMerge", "gateway", JX + 100, Y, gateway("exclusiveGateway", "gateway_computeMerge", "Tính hoặc tính lại chỉ số"))
node("serviceTask_computeIndex", "task", JX + 210, Y, service_task(
    "serviceTask_computeIndex", "Tính chỉ số, xếp hạng, xếp loại", "computeInternalIndexDelegate",
    "Appraised + survey points as a percentage of the max to 0,01; rank; classification from the year's thresholds."))
node("userTask_chairmanApproval", "task", JX + 370, Y, user_task(
    "userTask_chairmanApproval", "Chủ tịch UBND tỉnh phê duyệt Chỉ số CCHC", "internal-index-chairman-approval",
    "chairman,viceChairman", "${%s.approvalDue(periodId)}" % D, "internalIndexChairmanApprovalListener",
    "The Chairman (or the Vice-chairman) approves the index and ranking, or returns them with a comment."))
node("gateway_chairmanDecision", "gateway", JX + 500, Y, gateway("exclusiveGateway", "gateway_chairmanDecision", "Chủ tịch phê duyệt?",
                                                                 "flow_chairmanReturned"))
node("serviceTask_publishIndex", "task", JX + 620, Y, service_task(
    "serviceTask_publishIndex", "Công bố Chỉ số CCHC", "publishInternalIndexDelegate",
    "Marks the period published: /pages/internal-index shows the approved results."))
node("endEvent_indexPublished", "event", JX + 740, Y, event("endEvent", "endEvent_indexPublished", "Đã công bố Chỉ số CCHC"))
node("userTask_reviseResults", "task", JX + 300, Y + 150, user_task(
    "userTask_reviseResults", "Xem xét lại theo ý kiến của Chủ tịch", "internal-index-revise-results",
    "internalIndexWorkingTeam", "${%s.approvalDue(periodId)}" % D, "internalIndexReviseResultsListener",
    "The working team answers the Chairman's comment (optionally a corrected survey upload); the index is recomputed."))

flow("flow_requested", "startEvent_periodRequested", "serviceTask_registerPeriod")
flow("flow_registered", "serviceTask_registerPeriod", "gateway_tracksFork")
flow("flow_toUnits", "gateway_tracksFork", "subProcess_unitAppraisal", None, None,
     [T("gateway_tracksFork"), (330, L(SUB[0])[1]), L(SUB[0])])
flow("flow_toSurvey", "gateway_tracksFork", "userTask_importSurvey", None, None,
     [B("gateway_tracksFork"), (330, 560), L("userTask_importSurvey")])
flow("flow_unitsDone", "subProcess_unitAppraisal", "gateway_tracksJoin", None, None,
     [R(SUB[0]), (JX, R(SUB[0])[1]), T("gateway_tracksJoin")])
flow("flow_surveyDone", "userTask_importSurvey", "gateway_tracksJoin", None, None,
     [R("userTask_importSurvey"), (JX, 560), B("gateway_tracksJoin")])
flow("flow_toCompute", "gateway_tracksJoin", "gateway_computeMerge")
flow("flow_compute", "gateway_computeMerge", "serviceTask_computeIndex")
flow("flow_computed", "serviceTask_computeIndex", "userTask_chairmanApproval")
flow("flow_toChairmanDecision", "userTask_chairmanApproval", "gateway_chairmanDecision")
flow("flow_chairmanApproved", "gateway_chairmanDecision", "serviceTask_publishIndex", "Phê duyệt", "${resultsApproved}")
flow("flow_chairmanReturned", "gateway_chairmanDecision", "userTask_reviseResults", "Trả lại", None,
     [B("gateway_chairmanDecision"), (JX + 500, Y + 150), R("userTask_reviseResults")])
flow("flow_revised", "userTask_reviseResults", "gateway_computeMerge", None, None,
     [L("userTask_reviseResults"), (JX + 100, Y + 150), B("gateway_computeMerge")])
flow("flow_published", "serviceTask_publishIndex", "endEvent_indexPublished")


def element_xml(id, pad):
    n = nodes[id]
    xml = n["xml"]
    ins = [f[0] for f in flows if f[2] == id]
    outs = [f[0] for f in flows if f[1] == id]
    links = "".join(f"\n{pad}  <bpmn:incoming>{i}</bpmn:incoming>" for i in ins) + \
            "".join(f"\n{pad}  <bpmn:outgoing>{o}</bpmn:outgoing>" for o in outs)
    if len(xml) == 3:  # event: links before the definition
        head, tag, inner = xml
        inner = ("\n" + pad + "  " + inner.replace("\n", "\n" + pad + "  ")) if inner else ""
        return f"{pad}{head}{links}{inner}\n{pad}</bpmn:{tag}>"
    head, tag = xml
    head = head.replace("\n", "\n" + pad)
    return f"{pad}{head}{links}\n{pad}</bpmn:{tag}>"


def flow_xml(f, pad):
    id, s, t, name, cond, _ = f
    n = f' name="{escape(name)}"' if name else ""
    if cond:
        return (f'{pad}<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}">\n'
                f'{pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression>\n'
                f'{pad}</bpmn:sequenceFlow>')
    return f'{pad}<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}" />'


ins = "".join(f"\n      <bpmn:{k}>{f[0]}</bpmn:{k}>" for k, sel in (("incoming", 2), ("outgoing", 1)) for f in flows if f[sel] == SUB[0])
sub = (f'    <bpmn:subProcess id="{SUB[0]}" name="Tự chấm, thẩm định và giải trình của từng đơn vị">{ins}\n'
       f'      <bpmn:multiInstanceLoopCharacteristics camunda:collection="${{{D}.units(periodId)}}" camunda:elementVariable="unitCode" />\n'
       + "\n".join(element_xml(m, "      ") for m in order if m in MEMBERS) + "\n"
       + "\n".join(flow_xml(f, "      ") for f in flows if f[1] in MEMBERS) + "\n    </bpmn:subProcess>")
top = [m for m in order if m not in MEMBERS]
body = "\n".join(element_xml(m, "    ") for m in top[:3]) + "\n" + sub + "\n" + \
       "\n".join(element_xml(m, "    ") for m in top[3:]) + "\n" + \
       "\n".join(flow_xml(f, "    ") for f in flows if f[1] not in MEMBERS)



# Where the rule below does not fit: the contested round's long name goes above its target, clear of the loop that
# rises beside it; that loop's name goes on its top segment.
LABEL_AT = {"flow_contested": (1014, 108), "flow_round1Accepted": (1085, 68)}


def flow_label(name, pts, at=None):
    """Explicit label bounds of a named flow (as in par_annual_cycle.py): beside a return loop's first segment, above
    a straight flow and clear of its target. Sized from the text (11 px font)."""
    w, h = text_size(name)
    (ax, ay), (bx, by) = pts[0], pts[1]
    if ax == bx and by < ay:
        x, y = ax + 6, (ay + by) // 2 - h // 2
    elif ax == bx:
        x, y = ax + 6, by - h - 2
    else:
        x, y = min((ax + bx) // 2 - w // 2, max(ax, bx) - w - 2), ay - h - 6
    if at:
        x, y = at
    return (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x}" y="{int(y)}" width="{w}" height="{int(h)}" />'
            f'\n        </bpmndi:BPMNLabel>')


shapes = [f'      <bpmndi:BPMNShape id="{SUB[0]}_di" bpmnElement="{SUB[0]}" isExpanded="true">\n'
          f'        <dc:Bounds x="{SUB[1]}" y="{SUB[2]}" width="{SUB[3]}" height="{SUB[4]}" />\n      </bpmndi:BPMNShape>']
for id in order:
    n = nodes[id]
    x, y, w, h = n["cx"] - n["w"] // 2, n["cy"] - n["h"] // 2, n["w"], n["h"]
    label = ""
    if n["kind"] != "task":
        label = node_label(node_name(nodes[id]["xml"]), x, y, w, h)
    shapes.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}">\n        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />{label}\n      </bpmndi:BPMNShape>')
for f in flows:
    pts = f[5] or elbow(R(f[1]), L(f[2]))
    wp = "".join(f'\n        <di:waypoint x="{px}" y="{py}" />' for px, py in pts)
    label = flow_label(f[3], pts, LABEL_AT.get(f[0])) if f[3] else ""
    shapes.append(f'      <bpmndi:BPMNEdge id="{f[0]}_di" bpmnElement="{f[0]}">{wp}{label}\n      </bpmndi:BPMNEdge>')

xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="definitions_internalIndexPeriod" targetNamespace="http://parindex.vn/bpmn" exporter="tools/bpmn/internal_index_period.py" exporterVersion="1" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:process id="internal-index-period" name="Xác định Chỉ số CCHC của các cơ quan, đơn vị (hằng năm)" isExecutable="true" camunda:historyTimeToLive="P1825D" camunda:candidateStarterGroups="snvCoordinators">
    <bpmn:documentation>The province's own PAR index of its units for a year (seed 001): self-scores locked at the deadline, appraisal in up to two rounds with the unit's explanation in between, the survey import, the index and ranking, the Chairman's approval and publication. Deadlines and units come from our tables through beans.</bpmn:documentation>
{PROCESS_EXTENSIONS}
{body}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram_internalIndexPeriod">
    <bpmndi:BPMNPlane id="plane_internalIndexPeriod" bpmnElement="internal-index-period">
{chr(10).join(shapes)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
path = os.path.join(root, "processes/internalindex/internal-index-period.bpmn")
os.makedirs(os.path.dirname(path), exist_ok=True)  # tools/check-generated.sh runs this in an empty copy
with open(path, "w", encoding="utf-8") as out:
    out.write(xml)
print("written", len(nodes), "nodes,", len(flows), "flows")
