#!/usr/bin/env python3
"""Writes the Camunda Forms under forms/ (form-js 1.8.7 schema, schemaVersion 16). File name = form id = formRef.
Regenerate after editing: python3 tools/forms/gen_forms.py"""
import datetime, json, os, re

CONTEXT = ("**Đơn vị:** {{taskInfo.unitName}} · **Kỳ đánh giá:** năm {{taskInfo.cycleYear}} · **Tỉnh:** {{taskInfo.provinceName}} · "
           "**Hạn xử lý:** {{taskInfo.dueDateText}}")
# The forms that show scores or the criteria of the set add "Bộ tiêu chí mẫu (…)" when the year's set is a sample
# (TaskFormContext.CRITERIA_SET_NOTE, issue 14 item 2): the figures are not the official ones. Forms that show neither
# (the plan, focal officials, the leaders' survey, the cooperating units' input) do not: there it only puzzles.
SCORED_CONTEXT = CONTEXT + '{{if taskInfo.criteriaSetNote = null then "" else " · " + taskInfo.criteriaSetNote}}'


def text(id, md, hide=None):
    c = {"type": "text", "id": id, "text": md}
    if hide:
        c["conditional"] = {"hide": hide}
    return c


def evidence_link():
    return text("text_evidence", new_tab_link("Xem tài liệu kiểm chứng đơn vị đã tải lên"))


def new_tab_link(label):
    # a new tab: going back from the evidence page must not lose what the officer typed into the form
    return '<a href="{{taskInfo.evidenceUrl}}" target="_blank" rel="noopener">' + label + '</a>'


# SNV's review shows what the unit's head said when signing off (ReviewDecisions of the cycle, task-local variable)
HEAD_COMMENT = text("text_headComment", "**Ý kiến của thủ trưởng đơn vị khi ký duyệt:** {{taskInfo.headComment}}")


def context():
    return text("text_context", CONTEXT)


def scored_context():
    return text("text_context", SCORED_CONTEXT)


def return_block():
    return text("text_returnComment", "**Nội dung cần chỉnh sửa:** {{taskInfo.returnComment}}",
                '=taskInfo.returnComment = null or taskInfo.returnComment = ""')


def field(type, key, label, required=False, description=None, **extra):
    c = {"type": type, "id": "field_" + key, "key": key, "label": label}
    if required:
        c["validate"] = {"required": True}
    if description:
        c["description"] = description
    c.update(extra)
    return c


def date(key, label, required=False, description=None):
    c = field("datetime", key, label, required, description, subtype="date", dateLabel=label)
    del c["label"]
    return c


def decision(approve, ret):
    return [field("radio", "decision", "Ý kiến", True, values=[{"label": approve, "value": "APPROVE"},
                                                              {"label": ret, "value": "RETURN"}]),
            field("textarea", "comment", "Ý kiến cụ thể", False, "Bắt buộc khi trả lại: ghi rõ nội dung cần chỉnh sửa.")]


PLAN = text("text_plan", "**Kế hoạch số:** {{planNumber}} · **Ngày ban hành:** {{planIssuedOn}}\n\n"
                         "**Nội dung chính:** {{planSummary}}\n\n**Tài liệu kèm theo:** {{planDocumentRef}}")


def score_table():
    return {"type": "table", "id": "table_scoreItems", "label": "Kết quả tự chấm điểm", "dataSource": "=scoreItems",
            "rowCount": 20, "columns": [{"label": "Mã", "key": "code"}, {"label": "Tiêu chí", "key": "name"},
                                         {"label": "Tối đa", "key": "maxPoints"}, {"label": "Tự chấm", "key": "score"},
                                         {"label": "Tài liệu kiểm chứng", "key": "evidenceRef"},
                                         {"label": "Giải trình", "key": "explanation"},
                                         {"label": "Không áp dụng", "key": "naText"}]}


def totals_table():
    return [{"type": "table", "id": "table_fieldTotals", "label": "Điểm tự đánh giá theo lĩnh vực", "dataSource": "=fieldTotals",
             "rowCount": 10, "columns": [{"label": "Lĩnh vực", "key": "code"}, {"label": "Tên lĩnh vực", "key": "name"},
                                          {"label": "Điểm tối đa (tự chấm)", "key": "maxPoints"},
                                          {"label": "Điểm tự đánh giá", "key": "selfScore"}]},
            text("text_total", "**{{taskInfo.totalText}}**")]


REPORT_LINKS = text("text_reportLinks", "**Tải về:** [Phụ lục bảng điểm (.xlsx)]({{appendixUrl}}) · "
                                       "[Báo cáo tự đánh giá (.docx)]({{reportDocumentUrl}}) · "
                                       "[Tiến độ, quá hạn (.xlsx)]({{progressUrl}})")

DRAFT = text("text_draft", "**Tóm tắt kết quả:** {{reportSummary}}\n\n**Khó khăn, vướng mắc:** {{difficulties}}\n\n"
                           "**Kiến nghị, đề xuất:** {{recommendations}}")

# The self-score sheet. Not a dynamic list: in Tasklist 7.24 (form-js 1.8.7) every change of a field inside a
# repeating dynamic list leaves an empty error entry ({"item_score": []}) that Tasklist counts as a validation error,
# so "Complete" stays disabled for good. Instead the form has SCORE_ROWS fixed rows, each a group bound to one element
# of the Json list (path "scoreItems.<i>"); rows beyond the unit's items are hidden and not submitted. Must equal
# ScoreSheetJson.FORM_ROWS (the task listener refuses a sheet with more items than rows).
SCORE_ROWS = 60


def score_row(i):
    """One line per criterion: code and name (cut to one line by the Tasklist styles, the full text and the scoring
    guidance unfold under "Chi tiết"), maximum (text with the decimal comma: a number field would show "1.5"), score,
    "Không áp dụng", evidence and explanation. Column labels on the first row only, which heads the others. Where
    the criteria set does not allow N/A (naAllowed, from the criteria data) a disabled twin of the checkbox stands in
    its place (form-js 1.8 takes "disabled" as a constant only), and the hidden real one is not submitted."""
    n = i + 1
    row = "scoreItems[%d]" % n
    line = "row_scoreItem_%d" % i

    def label(text):
        return text if i == 0 else ""

    def cell(component, columns):
        component["layout"] = {"row": line, "columns": columns}
        return component

    return {
        "type": "group", "id": "group_scoreItem_%d" % i, "path": "scoreItems.%d" % i, "label": "",
        "showOutline": False, "conditional": {"hide": '=%s.code = null or %s.code = ""' % (row, row)},
        "components": [
            cell(text("item_name_%d" % i, ("**Tiêu chí**\n\n" if i == 0 else "")
                      + '<div class="chiso-criterion">{{%s.code}}. {{%s.name}}</div>' % (row, row)), 4),
            cell(text("item_maxPoints_%d" % i, ("**Tối đa**\n\n" if i == 0 else "")
                      + '<div class="chiso-max-points">{{%s.maxPointsText}}</div>' % row), 1),
            cell({"type": "number", "id": "item_score_%d" % i, "key": "score", "label": label("Tự chấm"),
                  "decimalDigits": 2, "validate": {"min": 0}}, 2),
            cell({"type": "checkbox", "id": "item_notApplicable_%d" % i, "key": "notApplicable",
                  "label": "Không áp dụng", "conditional": {"hide": "=not(%s.naAllowed = true)" % row}}, 2),
            cell({"type": "checkbox", "id": "item_notApplicableLocked_%d" % i, "key": "notApplicableLocked",
                  "label": "Không áp dụng", "disabled": True,
                  "conditional": {"hide": "=%s.naAllowed = true" % row}}, 2),
            cell({"type": "textfield", "id": "item_evidenceRef_%d" % i, "key": "evidenceRef",
                  "label": label("Tài liệu kiểm chứng (số, ký hiệu, ngày hoặc đường dẫn)")}, 3),
            cell({"type": "textfield", "id": "item_explanation_%d" % i, "key": "explanation",
                  "label": label("Giải trình (bắt buộc khi không có tài liệu hoặc không áp dụng)")}, 2),
            cell({"type": "checkbox", "id": "item_showDetails_%d" % i, "key": "showDetails", "label": "Chi tiết"}, 2),
            text("item_details_%d" % i, "**{{%s.code}}. {{%s.name}}**\n\n{{%s.guidance}}" % (row, row, row),
                 "=not(%s.showDetails = true)" % row),
            # the row's criterion code goes back with the row (the server matches scores to criteria by it): a
            # read-only field is submitted, a text view or a conditionally hidden field is not. Shown already in
            # the line's text, so the Tasklist styles keep this field out of sight.
            {"type": "textfield", "id": "item_code_%d" % i, "key": "code", "label": "Mã tiêu chí", "readonly": True,
             "layout": {"row": line + "_code"}},
        ]}


# The running total, recomputed by Camunda Forms' templating on every keystroke: scores of the rows not marked
# "Không áp dụng", rounded to 2 decimals, written with the decimal comma like every other number on the form.
RUNNING_TOTAL = ('=sum(for item in scoreItems return if item.code = null or item.notApplicable = true '
                 'or item.score = null then 0 else item.score)')
RUNNING_MAX = '=sum(for item in scoreItems return if item.code = null then 0 else item.maxPoints)'


def vietnamese_number(expression):
    return 'replace(string(decimal(%s, 2)), "[.]", ",")' % expression[1:]


def running_total():
    return text("text_runningTotal", '<div class="chiso-running-total">Tổng điểm tự chấm (đang nhập): '
                '<strong>{{%s}}</strong> / {{%s}}</div>' % (vietnamese_number(RUNNING_TOTAL), vietnamese_number(RUNNING_MAX)))


# The start form shows, for the year typed, the dates the cycle uses when a field is left empty: the year's data put
# on working days as the loader does (referencedata/YearDeadlineCheck, calendar/DeadlinesOnWorkingDays), with the day
# off a date was moved from. Tasklist gives a start form no variables, so the dates are read from data/ here;
# CycleStartFormCalendarIT checks them against the loaded years.
START_FORM_DATES = [("planDue", "Hạn nộp kế hoạch triển khai của các đơn vị"),
                    ("selfAssessmentOpens", "Ngày mở tự đánh giá, chấm điểm"),
                    ("unitScoreDue", "Hạn các đơn vị nộp kết quả tự chấm điểm"),
                    ("reportToChairmanDue", "Hạn Sở Nội vụ trình Chủ tịch UBND tỉnh"),
                    ("chairmanApprovalDue", "Hạn Chủ tịch UBND tỉnh phê duyệt"),
                    ("ministryDeadline", "Hạn gửi Bộ Nội vụ")]
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
MAX_DAYS_BACK = 31


def data_dir(*parts):
    return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "data", *parts)


def special_days():
    """date -> (kind, name) from data/working-calendar/*.yaml (one "- {date: ..., kind: ..., name: ...}" a day)."""
    days = {}
    folder = data_dir("working-calendar")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for m in re.finditer(r'date:\s*(\d{4}-\d{2}-\d{2}),\s*kind:\s*(\w+),\s*name:\s*"([^"]*)"', f.read()):
                days[datetime.date.fromisoformat(m.group(1))] = (m.group(2), m.group(3))
    return days


def is_working_day(day, specials):
    kind = specials.get(day, (None,))[0]
    if kind == "MAKE_UP_WORKING_DAY":
        return True
    if kind in ("HOLIDAY", "COMPENSATORY_DAY_OFF"):
        return False
    return day.weekday() < 5


def day_off_name(day, specials):
    if day in specials and specials[day][0] != "MAKE_UP_WORKING_DAY":
        return specials[day][1]
    return "Chủ nhật" if day.weekday() == 6 else "thứ Bảy"


def vn_date(day):
    return day.strftime("%d/%m/%Y")


def year_calendars():
    """(year, province, calendar dates, deliberate keys) from data/years/*.yaml: the block under "calendar:"."""
    years = []
    folder = data_dir("years")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            content = f.read()
        block = re.search(r"^calendar:\n((?:[ #].*\n|\n)*)", content, re.M).group(1)
        dates = {m.group(1): datetime.date.fromisoformat(m.group(2))
                 for m in re.finditer(r"^  (\w+):\s*(\d{4}-\d{2}-\d{2})", block, re.M)}
        deliberate = re.search(r"^  deliberate:\s*\[([^\]]*)\]", block, re.M)
        kept = [k.strip() for k in deliberate.group(1).split(",")] if deliberate else []
        year = int(re.search(r"^year:\s*(\d{4})", content, re.M).group(1))
        province = re.search(r"^province:\s*(.+?)\s*(#.*)?$", content, re.M).group(1)
        years.append((year, province, dates, kept))
    return years


def date_as_used(key, planned, kept, specials):
    if is_working_day(planned, specials):
        return "%s %s" % (WEEKDAYS[planned.weekday()], vn_date(planned))
    if key in kept:
        return "%s %s (ngày nghỉ, giữ theo văn bản)" % (WEEKDAYS[planned.weekday()], vn_date(planned))
    used = planned - datetime.timedelta(days=1)
    for _ in range(MAX_DAYS_BACK):
        if is_working_day(used, specials):
            break
        used -= datetime.timedelta(days=1)
    off = day_off_name(planned, specials)
    why = "" if off == WEEKDAYS[planned.weekday()] else " (%s)" % off
    return "**%s %s** (đã chuyển từ %s %s%s, ngày nghỉ, sang ngày làm việc liền trước)" % (
        WEEKDAYS[used.weekday()], vn_date(used), WEEKDAYS[planned.weekday()], vn_date(planned), why)


def year_calendar_texts():
    specials = special_days()
    texts = []
    for year, province, dates, kept in year_calendars():
        lines = ["- %s: %s" % (label, date_as_used(key, dates[key], kept, specials))
                 for key, label in START_FORM_DATES if key in dates]
        texts.append(text("text_calendar_%d" % year, "#### Lịch năm %d theo dữ liệu (%s), ngày dùng khi để trống\n%s"
                          % (year, province, "\n".join(lines)), "=year != %d" % year))
    return texts


SCORE_SHEET = [text("text_scoreItems", "#### Các tiêu chí được giao cho đơn vị"), running_total()] + [score_row(i) for i in range(SCORE_ROWS)]

FORMS = {
    "cycle/open-cycle": [
        text("text_title", "### Mở kỳ đánh giá Chỉ số CCHC\nCác mốc thời gian để trống sẽ lấy theo lịch của năm đã nạp "
                           "trong dữ liệu; nhập ngày để thay đổi."),
        field("number", "year", "Năm đánh giá", True, validate={"required": True, "min": 2020, "max": 2100}, decimalDigits=0),
        date("planDue", "Hạn nộp kế hoạch triển khai của các đơn vị", description="Để trống để lấy theo lịch của năm"),
        date("selfAssessmentOpens", "Ngày mở tự đánh giá, chấm điểm", description="Để trống để lấy theo lịch của năm"),
        date("unitScoreDue", "Hạn các đơn vị nộp kết quả tự chấm điểm", description="Để trống để lấy theo lịch của năm"),
        date("reportToChairmanDue", "Hạn Sở Nội vụ trình Chủ tịch UBND tỉnh", description="Để trống để lấy theo lịch của năm"),
        date("chairmanApprovalDue", "Hạn Chủ tịch UBND tỉnh phê duyệt", description="Để trống để lấy theo lịch của năm"),
        date("ministryDeadline", "Hạn gửi Bộ Nội vụ", description="Để trống để lấy theo lịch của năm")]
        + year_calendar_texts(),
    "plan/prepare-plan": [
        context(), return_block(),
        field("textfield", "planNumber", "Số, ký hiệu văn bản kế hoạch", True, "Ví dụ: 25/KH-SNV"),
        date("planIssuedOn", "Ngày ban hành", True),
        field("textarea", "planSummary", "Nội dung chính (nhiệm vụ, phân công bộ phận, công chức tham mưu theo từng tiêu chí)", True),
        field("textfield", "planDocumentRef", "Tài liệu kèm theo (đường dẫn hoặc số hiệu trên hệ thống quản lý văn bản)")],
    "plan/sign-off-plan": [context(), PLAN] + decision("Ký duyệt, gửi Sở Nội vụ", "Trả lại chuyên viên để chỉnh sửa"),
    "plan/review-plan": [context(), PLAN, HEAD_COMMENT] + decision("Chấp nhận kế hoạch", "Trả lại đơn vị"),
    "scoring/self-score": [
        scored_context(), return_block(),
        text("text_rules", "Điểm từ 0 đến điểm tối đa, tối đa 2 chữ số thập phân. Không có tài liệu kiểm chứng thì phải "
                           "giải trình. Chỉ chọn *Không áp dụng* với tiêu chí bộ chỉ số cho phép, kèm lý do."),
        text("text_evidence", "**Tài liệu kiểm chứng:** " + new_tab_link("tải lên, xem tệp của đơn vị (PDF, Word, Excel, ảnh)")
                              + " (mở trang tải tệp trong thẻ mới; tiêu chí đã có tệp được coi là có tài liệu kiểm chứng;"
                              " ý kiến của đơn vị phối hợp, nếu có, cũng ở trang này)."),
        ] + SCORE_SHEET,
    "scoring/sign-off-scores": [scored_context(), score_table(), text("text_total", "**{{taskInfo.totalText}}**"), evidence_link()]
        + decision("Ký duyệt, gửi Sở Nội vụ", "Trả lại chuyên viên"),
    "scoring/review-scores": [scored_context(), score_table(), text("text_total", "**{{taskInfo.totalText}}**"), HEAD_COMMENT,
                              evidence_link()]
        + decision("Chấp nhận kết quả tự chấm của đơn vị", "Trả lại đơn vị để chấm lại"),
    "consolidation/prepare-report": [scored_context()] + totals_table() + [REPORT_LINKS, return_block(),
        field("textarea", "reportSummary", "Tóm tắt kết quả tự đánh giá", True),
        field("textarea", "difficulties", "Khó khăn, vướng mắc"),
        field("textarea", "recommendations", "Kiến nghị, đề xuất")],
    "consolidation/approve-draft-report": [scored_context()] + totals_table() + [REPORT_LINKS, DRAFT]
        + decision("Duyệt dự thảo, trình Chủ tịch UBND tỉnh", "Trả lại để hoàn thiện"),
    "approval/chairman-approval": [scored_context()] + totals_table() + [REPORT_LINKS, DRAFT]
        + decision("Phê duyệt báo cáo", "Trả lại Sở Nội vụ"),
    "submission/record-submission": [scored_context(), text("text_total", "**{{taskInfo.totalText}}**"),
        field("textfield", "reportNumber", "Số, ký hiệu báo cáo gửi Bộ Nội vụ", True),
        date("reportDate", "Ngày báo cáo", True),
        field("checkbox", "enteredInMinistrySoftware", "Đã nhập dữ liệu vào phần mềm của Bộ Nội vụ", True),
        field("textarea", "submissionNote", "Ghi chú")],
}

# Quarterly reform reports (vn.parindex.reporting): structure of Báo cáo 58/BC-UBND (Bình Thuận, Q1/2023)
Q_CONTEXT = text("text_context", "**Đơn vị:** {{taskInfo.unitName}} · **Kỳ báo cáo:** {{taskInfo.periodLabel}} · **Hạn xử lý:** {{taskInfo.dueDateText}}")
GOV_TASKS = "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: "
FEEDBACK = "Phản ánh, kiến nghị về quy định hành chính, TTHC: "
Q_FIGURES = [("I. Công tác chỉ đạo, điều hành CCHC", [("directionDocuments", "Số văn bản chỉ đạo, điều hành CCHC đã ban hành"),
    ("inspections", "Số cơ quan, đơn vị được kiểm tra công tác CCHC"), ("communicationItems", "Số tin, bài tuyên truyền về CCHC"),
    ("govTasksAssigned", GOV_TASKS + "tổng số"), ("govTasksCompleted", GOV_TASKS + "đã hoàn thành"),
    ("govTasksInProgress", GOV_TASKS + "còn trong hạn, đang triển khai"),
    ("govTasksOverdue", GOV_TASKS + "quá hạn chưa hoàn thành")]),
  ("II.1. Cải cách thể chế", [("legalDocsIssued", "Số văn bản QPPL đã ban hành"), ("legalDocsChecked", "Số văn bản QPPL đã kiểm tra"),
    ("legalDocsReviewed", "Số văn bản QPPL đã rà soát")]),
  ("II.2. Cải cách thủ tục hành chính", [("proceduresPublished", "Số thủ tục hành chính được công bố")]),
  # the dossiers of each level: shown only to the units that report that level (task variable reports<Level>)
  ("Hồ sơ cấp tỉnh", "Province"), ("Hồ sơ cấp huyện", "District"), ("Hồ sơ cấp xã", "Commune"),
  ("Hồ sơ trực tuyến, phản ánh kiến nghị", [("onlineDossiers", "Số hồ sơ tiếp nhận trực tuyến"),
    ("feedbackReceived", FEEDBACK + "số tiếp nhận"), ("feedbackResolved", FEEDBACK + "số đã giải quyết xong")]),
  ("II.3. Cải cách tổ chức bộ máy", [("unitsReorganized", "Số cơ quan, tổ chức được sắp xếp, kiện toàn")]),
  ("II.4. Cải cách chế độ công vụ", [("staffRecruited", "Số công chức, viên chức được tuyển dụng"),
    ("staffTrained", "Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng")]),
  ("II.5. Cải cách tài chính công", [("investmentPlan", "Kế hoạch vốn đầu tư công được giao (triệu đồng)"),
    ("investmentDisbursed", "Vốn đầu tư công đã giải ngân (triệu đồng)")]),
  ("II.6. Chính quyền điện tử, Chính quyền số", [("onlineServices", "Số dịch vụ công trực tuyến đang cung cấp"),
    ("onlineServicesFull", "Trong đó: dịch vụ công trực tuyến toàn trình"),
    ("onlineServicesNationalPortal", "Trong đó: dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia")])]
Q_LEVEL_FIGURES = [("Received", "số hồ sơ tiếp nhận", None),
    ("Backlog", "số hồ sơ kỳ trước chuyển sang", "Hồ sơ tiếp nhận kỳ trước, chưa giải quyết, chuyển sang kỳ này (nhập 0 nếu không có)."),
    ("Resolved", "số hồ sơ đã giải quyết", "Có thể lớn hơn số tiếp nhận trong kỳ khi giải quyết cả hồ sơ kỳ trước chuyển sang."),
    ("OnTime", "số hồ sơ giải quyết đúng hạn", None), ("Late", "số hồ sơ trễ hạn", None)]
Q_TEXTS = [("directionNotes", "I. Công tác chỉ đạo, điều hành CCHC", False), ("institutionalNotes", "II.1. Cải cách thể chế", False),
  ("procedureNotes", "II.2. Cải cách thủ tục hành chính", False), ("apparatusNotes", "II.3. Cải cách tổ chức bộ máy", False),
  ("civilServiceNotes", "II.4. Cải cách chế độ công vụ", False), ("financeNotes", "II.5. Cải cách tài chính công", False),
  ("egovNotes", "II.6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", False),
  ("positives", "III.1. Mặt tích cực", True), ("limitations", "III.2. Tồn tại, hạn chế", True), ("causes", "III.3. Nguyên nhân", False),
  ("solutions", "III.4. Giải pháp khắc phục", False), ("nextQuarterTasks", "IV. Phương hướng, nhiệm vụ quý tới", True)]


def q_texts(required_direction=False):
    return [field("textarea", k, lab, req or (required_direction and k == "directionNotes")) for k, lab, req in Q_TEXTS]


def q_figures():
    out = []
    for i, (title, rows) in enumerate(Q_FIGURES):
        if isinstance(rows, str):
            hide = "=reports%s = false" % rows
            out.append(text("text_figures%d" % i, "**" + title + "**", hide))
            for k, lab, desc in Q_LEVEL_FIGURES:
                out.append(field("number", rows[0].lower() + rows[1:] + k, title + ": " + lab, True, desc,
                                 validate={"required": True, "min": 0}, conditional={"hide": hide}))
            continue
        out.append(text("text_figures%d" % i, "**" + title + "**"))
        out += [field("number", k, lab, True, validate={"required": True, "min": 0}) for k, lab in rows]
    return out


Q_DOCUMENT = text("text_document", "[Tải báo cáo (.docx)]({{documentUrl}})")
FORMS.update({
    "reporting/open-quarterly-reporting": [text("text_intro", "Báo cáo CCHC hằng quý: các quý, ngày yêu cầu và hạn báo cáo lấy theo "
        "lịch của năm (data/reporting). Đến ngày yêu cầu, các sở, ngành và các địa phương (cấp huyện đến 30/06/2025; "
        "cấp xã từ 01/07/2025) nhận việc lập báo cáo quý, mỗi đơn vị báo cáo hồ sơ thủ tục hành chính của cấp mình."),
        field("number", "year", "Năm báo cáo", True)],
    "reporting/prepare-quarterly-unit-report": [Q_CONTEXT, return_block()] + q_figures() + q_texts(),
    "reporting/sign-off-quarterly-unit-report": [Q_CONTEXT, text("text_report", "{{reportSummary}}")]
        + decision("Ký duyệt, gửi Sở Nội vụ", "Trả lại để chỉnh sửa"),
    "reporting/review-quarterly-unit-report": [Q_CONTEXT, text("text_report", "{{reportSummary}}")]
        + decision("Chấp nhận báo cáo của đơn vị", "Trả lại đơn vị"),
    "reporting/draft-quarterly-provincial-report": [Q_CONTEXT, return_block(), text("text_totals", "**Số liệu tổng hợp:**\n\n{{totalsSummary}}")]
        + q_texts(True),
    "reporting/approve-quarterly-provincial-report": [Q_CONTEXT, text("text_totals", "**Số liệu tổng hợp:**\n\n{{totalsSummary}}"),
        Q_DOCUMENT] + decision("Phê duyệt báo cáo", "Trả lại Sở Nội vụ"),
    "reporting/record-quarterly-submission": [Q_CONTEXT, Q_DOCUMENT,
        field("textfield", "documentNumber", "Số, ký hiệu báo cáo gửi Bộ Nội vụ", True),
        date("sentOn", "Ngày gửi", True), field("textarea", "submissionNote", "Ghi chú")],
})

# After the submission (vn.parindex.appraisal): the Ministry's appraisal, the units' explanations (giải trình), the
# province's explanation report, its approval and submission, the published results. The unit's explanation sheet has
# fixed rows like the self-score sheet (see SCORE_ROWS); must equal ExplanationSheetJson.FORM_ROWS.
EXPLANATION_ROWS = 60


def explanation_row(i):
    row = "explanationItems[%d]" % (i + 1)
    r = "row_explanationItem_%d" % i
    # the points as text with the decimal comma ("1,13"), as the unit's officer reads them (PrepareExplanationTaskListener)
    return {
        "type": "group", "id": "group_explanationItem_%d" % i, "path": "explanationItems.%d" % i,
        "label": "Tiêu chí bị trừ điểm thứ %d" % (i + 1), "showOutline": True,
        "conditional": {"hide": '=%s.code = null or %s.code = ""' % (row, row)},
        "components": [
            {"type": "textfield", "id": "expl_code_%d" % i, "key": "code", "label": "Mã tiêu chí", "readonly": True,
             "layout": {"row": r, "columns": 4}},
            {"type": "textfield", "id": "expl_selfScore_%d" % i, "key": "selfScore", "label": "Điểm tự đánh giá", "readonly": True,
             "layout": {"row": r, "columns": 4}},
            {"type": "textfield", "id": "expl_appraisedScore_%d" % i, "key": "appraisedScore", "label": "Điểm thẩm định", "readonly": True,
             "layout": {"row": r, "columns": 4}},
            {"type": "textfield", "id": "expl_lostPoints_%d" % i, "key": "lostPoints", "label": "Bị trừ", "readonly": True,
             "layout": {"row": r, "columns": 4}},
            {"type": "textarea", "id": "expl_name_%d" % i, "key": "name", "label": "Tiêu chí", "readonly": True},
            {"type": "textarea", "id": "expl_evidence_%d" % i, "key": "evidence",
             "label": "Tài liệu kiểm chứng đã nộp khi tự chấm", "readonly": True},
            {"type": "textarea", "id": "expl_explanation_%d" % i, "key": "explanation",
             "label": "Nội dung giải trình (bắt buộc)"},
            {"type": "textfield", "id": "expl_additionalEvidence_%d" % i, "key": "additionalEvidence",
             "label": "Tài liệu kiểm chứng bổ sung (số, ký hiệu, ngày văn bản hoặc đường dẫn)"},
        ]}


A_CONTEXT = scored_context()
# our pages open in a new tab: coming back to Tasklist must not lose what was typed into the form
RESULTS_ENTRY_LINK = '<a href="{{resultsEntryUrl}}" target="_blank" rel="noopener">Nhập kết quả của Bộ Nội vụ</a>'
APPRAISAL = text("text_appraisal", "**Kết quả thẩm định:** {{appraisalText}}")
EXPLANATION_TABLE = {"type": "table", "id": "table_explanations", "label": "Giải trình của các đơn vị",
                     "dataSource": "=explanations", "rowCount": 20,
                     "columns": [{"label": "Đơn vị", "key": "unitName"}, {"label": "Tiêu chí", "key": "criterion"},
                                 {"label": "Tự chấm", "key": "selfScore"}, {"label": "Thẩm định", "key": "appraisedScore"},
                                 {"label": "Giải trình", "key": "explanation"},
                                 {"label": "Tài liệu bổ sung", "key": "additionalEvidence"}]}
EXPLANATION_REPORT = text("text_explanationReport", "**Nội dung báo cáo giải trình:** {{explanationSummary}}\n\n"
                                                    "**Đề nghị Bộ Nội vụ xem xét:** {{explanationRequests}}\n\n"
                                                    '<a href="{{explanationReportUrl}}" target="_blank" rel="noopener">'
                                                    "Tải báo cáo giải trình (.docx, thể thức Nghị định 30/2020)</a>")
# after it was sent (RecordPublishedResultsTaskListener): the report as sent, with its number, where SNV works next
EXPLANATION_SENT = text("text_explanationSent", "**Báo cáo giải trình đã gửi Bộ Nội vụ:** {{explanationSentText}} · "
                                                '<a href="{{explanationReportUrl}}" target="_blank" rel="noopener">'
                                                "Tải báo cáo giải trình (.docx)</a>",
                        '=explanationSentText = null or explanationSentText = ""')

FORMS.update({
    "appraisal/record-appraisal": [A_CONTEXT,
        text("text_howTo", "Bộ Nội vụ đã thẩm định kết quả tự đánh giá của tỉnh. Nhập điểm thẩm định của từng tiêu chí tại "
                           "trang " + RESULTS_ENTRY_LINK + " (nhập tay, dán từ Excel hoặc tải tệp; trang mở trong thẻ mới), "
                           "rồi ghi nhận văn bản thông báo và hạn gửi báo cáo giải trình."),
        APPRAISAL,
        field("textfield", "appraisalNoticeRef", "Văn bản thông báo kết quả thẩm định (số, ký hiệu, ngày)", True),
        date("appraisalReceivedOn", "Ngày nhận kết quả thẩm định", True),
        date("explanationDue", "Hạn gửi báo cáo giải trình cho Bộ Nội vụ", True,
             "Theo văn bản của Bộ Nội vụ; các đơn vị, Sở Nội vụ và Chủ tịch UBND tỉnh có hạn trước ngày này")],
    "appraisal/prepare-explanation": [A_CONTEXT, return_block(), APPRAISAL,
        text("text_rules", "Các tiêu chí dưới đây của đơn vị bị Bộ Nội vụ chấm thấp hơn điểm tự đánh giá. Giải trình từng "
                           "tiêu chí và bổ sung tài liệu kiểm chứng nếu có."),
        text("text_evidence", "**Tài liệu kiểm chứng:** " + new_tab_link("xem các tệp đơn vị đã tải lên khi tự chấm, tải lên tệp bổ sung")
                              + " (mở trong thẻ mới, nội dung đang nhập ở đây được giữ nguyên)."),
        ] + [explanation_row(i) for i in range(EXPLANATION_ROWS)],
    "appraisal/consolidate-explanation": [A_CONTEXT, return_block(), APPRAISAL, EXPLANATION_TABLE,
        field("checklist", "explanationReturnUnits", "Trả lại đơn vị để giải trình lại (chỉ các đơn vị được chọn)",
              False, "Để trống để tổng hợp báo cáo giải trình của tỉnh; các đơn vị khác giữ nguyên giải trình đã gửi.",
              valuesKey="explainingUnitOptions"),
        field("textarea", "explanationReturnComment", "Nội dung đơn vị cần giải trình lại", False,
              "Bắt buộc khi trả lại đơn vị.", conditional={"hide": "=count(explanationReturnUnits) = 0"}),
        field("textarea", "explanationSummary", "Nội dung báo cáo giải trình của tỉnh", False,
              "Bắt buộc khi không trả lại đơn vị nào.", conditional={"hide": "=count(explanationReturnUnits) > 0"}),
        field("textarea", "explanationRequests", "Đề nghị Bộ Nội vụ xem xét",
              conditional={"hide": "=count(explanationReturnUnits) > 0"})],
    "appraisal/approve-explanation": [A_CONTEXT, APPRAISAL, EXPLANATION_TABLE, EXPLANATION_REPORT]
        + decision("Phê duyệt báo cáo giải trình", "Trả lại Sở Nội vụ"),
    "appraisal/submit-explanation": [A_CONTEXT, APPRAISAL, EXPLANATION_REPORT,
        field("textfield", "explanationNumber", "Số, ký hiệu báo cáo giải trình", True),
        date("explanationDate", "Ngày báo cáo", True),
        field("checkbox", "explanationEntered", "Đã gửi báo cáo giải trình và tài liệu bổ sung trên phần mềm của Bộ Nội vụ", True)],
    "appraisal/record-published-results": [A_CONTEXT, APPRAISAL,
        text("text_howTo", "Khi Bộ Nội vụ công bố Chỉ số CCHC, nhập kết quả công bố tại trang " +
                           RESULTS_ENTRY_LINK + " (một lần nhập mới sau kết quả thẩm định; trang mở trong thẻ mới), rồi xác nhận."),
        EXPLANATION_SENT,
        text("text_published", "**Kết quả đã nhập gần nhất:** {{publishedText}}"),
        field("checkbox", "resultsEntered", "Đã nhập kết quả do Bộ Nội vụ công bố", True)],
})

# The year's duty before the self-scoring (vn.parindex.focalofficials, seed 003 item 1.b, Phụ lục III and IV): each
# unit names one or two focal officials per field it leads and their accounts in the Ministry's scoring software.
# Fixed rows, prefilled with the field; must equal NameFocalOfficialsTaskListener.FORM_ROWS.
FOCAL_ROWS = 16


def focal_row(i):
    row = "focalOfficials[%d]" % (i + 1)
    r = "row_focalOfficial_%d" % i
    return {
        "type": "group", "id": "group_focalOfficial_%d" % i, "path": "focalOfficials.%d" % i,
        "label": "Đầu mối thứ %d" % (i + 1), "showOutline": True,
        "conditional": {"hide": '=%s.fieldLabel = null or %s.fieldLabel = ""' % (row, row)},
        "components": [
            {"type": "textfield", "id": "focal_fieldLabel_%d" % i, "key": "fieldLabel", "label": "Lĩnh vực phụ trách",
             "readonly": True},
            {"type": "textfield", "id": "focal_fullName_%d" % i, "key": "fullName", "label": "Họ và tên",
             "layout": {"row": r + "_a", "columns": 8}},
            {"type": "textfield", "id": "focal_position_%d" % i, "key": "position", "label": "Chức vụ, đơn vị công tác",
             "layout": {"row": r + "_a", "columns": 8}},
            {"type": "textfield", "id": "focal_phone_%d" % i, "key": "phone", "label": "Số điện thoại",
             "layout": {"row": r + "_b", "columns": 4}},
            {"type": "textfield", "id": "focal_email_%d" % i, "key": "email", "label": "Thư điện tử",
             "layout": {"row": r + "_b", "columns": 6}},
            {"type": "textfield", "id": "focal_softwareAccount_%d" % i, "key": "softwareAccount",
             "label": "Tài khoản phần mềm chấm điểm của Bộ Nội vụ (nếu có)", "layout": {"row": r + "_b", "columns": 6}},
        ]}


FORMS.update({
    "focalofficials/name-focal-officials": [text("text_context", CONTEXT),
        text("text_rules", "Cử công chức có kinh nghiệm, năng lực làm đầu mối tự chấm điểm Chỉ số CCHC: mỗi lĩnh vực "
                           "đơn vị phụ trách cử 01 - 02 công chức (đơn vị không phụ trách lĩnh vực nào cử 01 công chức), "
                           "kèm tài khoản truy cập phần mềm chấm điểm CCHC của Bộ Nội vụ (Phụ lục III, Phụ lục IV). "
                           "Dòng để trống không được ghi nhận."),
        ] + [focal_row(i) for i in range(FOCAL_ROWS)],
})

# seed 003 item 2.b: the leaders' answers to the Ministry's e-survey, reported until every leader has answered
FORMS.update({
    "leaderssurvey/report-leaders-survey": [text("text_context", CONTEXT),
        text("text_rules", "Lãnh đạo quản lý của đơn vị trả lời phiếu khảo sát trên phần mềm điều tra xã hội học của Bộ "
                           "Nội vụ (qua thư điện tử cá nhân). Yêu cầu 100% lãnh đạo hoàn thành việc trả lời đầy đủ các "
                           "câu hỏi trong thời hạn. Báo cáo số lãnh đạo đã trả lời; khi còn người chưa trả lời, ghi rõ họ "
                           "tên, chức vụ: công việc được giao lại cho đến khi tất cả đã trả lời."),
        text("text_lastReport", "{{lastSurveyReport}}"),
        field("number", "leadersTotal", "Số lãnh đạo quản lý của đơn vị được khảo sát", True, decimalDigits=0,
              validate={"required": True, "min": 1, "max": 500}),
        field("number", "leadersAnswered", "Số lãnh đạo đã trả lời đầy đủ phiếu khảo sát", True, decimalDigits=0,
              validate={"required": True, "min": 0, "max": 500}),
        field("textarea", "leadersNotAnswered", "Lãnh đạo chưa trả lời (họ tên, chức vụ; mỗi người một dòng)", False,
              "Bắt buộc khi còn lãnh đạo chưa trả lời.")],
})

COOPERATION_ROWS = 8


def cooperation_row(i):
    row = "cooperationInputs[%d]" % (i + 1)
    return {
        "type": "group", "id": "group_cooperation_%d" % i, "path": "cooperationInputs.%d" % i,
        "label": "Gửi đơn vị chủ trì thứ %d" % (i + 1), "showOutline": True,
        "conditional": {"hide": '=%s.leadUnitLabel = null or %s.leadUnitLabel = ""' % (row, row)},
        "components": [
            {"type": "textfield", "id": "cooperation_leadUnitLabel_%d" % i, "key": "leadUnitLabel",
             "label": "Đơn vị chủ trì và tiêu chí", "readonly": True},
            {"type": "textarea", "id": "cooperation_content_%d" % i, "key": "content",
             "label": "Nội dung phối hợp, số liệu cung cấp cho đơn vị chủ trì", "validate": {"required": True}},
            {"type": "textfield", "id": "cooperation_evidenceRef_%d" % i, "key": "evidenceRef",
             "label": "Tài liệu kiểm chứng (số, ký hiệu văn bản hoặc đường dẫn trên hệ thống quản lý văn bản)"},
        ]}


# seed 003 item 2.a: the cooperating units give the lead unit their input before its self-score is due
FORMS.update({
    "cooperation/send-cooperation-input": [text("text_context", CONTEXT),
        text("text_rules", "Đơn vị phối hợp cung cấp cho đơn vị chủ trì số liệu, tài liệu kiểm chứng đầy đủ, chính xác "
                           "về các tiêu chí được phân công phối hợp, trước hạn đơn vị chủ trì tự chấm điểm."),
        ] + [cooperation_row(i) for i in range(COOPERATION_ROWS)],
})

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for path, components in FORMS.items():
    form_id = path.split("/")[1]
    schema = {"components": components, "type": "default", "id": form_id, "executionPlatform": "Camunda Platform",
              "executionPlatformVersion": "7.24.0", "exporter": {"name": "tools/forms/gen_forms.py", "version": "1"},
              "schemaVersion": 16}
    ids = [c["id"] for c in components] + [child["id"] for c in components for child in c.get("components", [])]
    assert len(ids) == len(set(ids)), "duplicate component id in " + form_id
    out = os.path.join(root, "forms", path + ".form")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("forms:", len(FORMS))
