#!/usr/bin/env python3
"""Writes the Camunda Forms of the internal index (forms/internalindex/, form-js 1.8.7, schemaVersion 16).
File name = form id = formRef. Sheets have ROWS fixed rows (Tasklist 7.24 cannot complete an editable dynamic list),
each a group bound to one element of the Json list iiItems; unused rows are hidden. ROWS = IndexForms.FORM_ROWS.
Regenerate after editing: python3 tools/forms/gen_internal_index_forms.py"""
import json, os

ROWS = 20
CONTEXT = "**Đơn vị:** {{taskInfo.unitName}} · **Năm đánh giá:** {{taskInfo.periodYear}} · **Hạn xử lý:** {{taskInfo.dueDateText}}"


def text(id, md, hide=None):
    c = {"type": "text", "id": id, "text": md}
    if hide:
        c["conditional"] = {"hide": hide}
    return c


def field(type, key, label, required=False, description=None, **extra):
    c = {"type": type, "id": "field_" + key, "key": key, "label": label}
    if required:
        c["validate"] = {"required": True}
    if description:
        c["description"] = description
    c.update(extra)
    return c


def ro(type, key, i, label, row=None, cols=None, hide_empty=False, **extra):
    c = {"type": type, "id": "item_%s_%d" % (key, i), "key": key, "label": label, "readonly": True}
    if row:
        c["layout"] = {"row": "row_item_%d_%s" % (i, row), "columns": cols}
    if hide_empty:
        c["conditional"] = {"hide": '=iiItems[%d].%s = null or iiItems[%d].%s = ""' % (i + 1, key, i + 1, key)}
    c.update(extra)
    return c


def edit(type, key, i, label, row=None, cols=None, **extra):
    c = {"type": type, "id": "item_%s_%d" % (key, i), "key": key, "label": label}
    if row:
        c["layout"] = {"row": "row_item_%d_%s" % (i, row), "columns": cols}
    c.update(extra)
    return c


def group(i, components):
    n = i + 1
    return {"type": "group", "id": "group_item_%d" % i, "path": "iiItems.%d" % i, "label": "Tiêu chí thứ %d" % n,
            "showOutline": True,
            "conditional": {"hide": '=iiItems[%d].code = null or iiItems[%d].code = ""' % (n, n)},
            "components": components}


def self_row(i):
    return group(i, [
        ro("textfield", "code", i, "Mã tiêu chí", "a", 4),
        ro("number", "maxPoints", i, "Điểm tối đa", "a", 4, decimalDigits=2),
        edit("number", "score", i, "Điểm tự đánh giá", "a", 4, decimalDigits=2, validate={"min": 0}),
        ro("textarea", "name", i, "Tiêu chí"),
        ro("textarea", "guidance", i, "Nội dung đánh giá", hide_empty=True),
        edit("textfield", "evidenceRef", i, "Tài liệu kiểm chứng (số, ký hiệu, ngày văn bản hoặc đường dẫn)"),
        edit("textarea", "selfNote", i, "Giải trình (bắt buộc khi không có tài liệu kiểm chứng)")])


def appraisal_row(i):
    return group(i, [
        ro("textfield", "code", i, "Mã tiêu chí", "a", 3),
        ro("number", "maxPoints", i, "Điểm tối đa", "a", 3, decimalDigits=2),
        ro("textfield", "selfScore", i, "Điểm tự chấm", "a", 3),
        ro("textfield", "round1Score", i, "Điểm thẩm định vòng 1", "a", 3, hide_empty=True),
        ro("textarea", "name", i, "Tiêu chí"),
        ro("textarea", "selfEvidence", i, "Tài liệu kiểm chứng, giải trình khi tự chấm", hide_empty=True),
        ro("textarea", "round1Note", i, "Ý kiến thẩm định vòng 1", hide_empty=True),
        ro("textarea", "explanation", i, "Giải trình của đơn vị", hide_empty=True),
        edit("number", "appraisedScore", i, "Điểm thẩm định", "b", 4, decimalDigits=2, validate={"min": 0}),
        edit("textarea", "appraisalNote", i, "Ý kiến thẩm định (bắt buộc khi thay đổi điểm)", "b", 8)])


def explanation_row(i):
    return group(i, [
        ro("textfield", "code", i, "Mã tiêu chí", "a", 3),
        ro("number", "maxPoints", i, "Điểm tối đa", "a", 3, decimalDigits=2),
        ro("textfield", "selfScore", i, "Điểm tự chấm", "a", 3),
        ro("textfield", "round1Score", i, "Điểm thẩm định vòng 1", "a", 3),
        ro("textarea", "name", i, "Tiêu chí"),
        ro("textarea", "round1Note", i, "Ý kiến thẩm định", hide_empty=True),
        edit("textarea", "explanation", i, "Giải trình, đề nghị (để trống nếu đồng ý với tiêu chí này)")])


SURVEY_HELP = ("Dán nội dung tệp kết quả điều tra xã hội học (JSON): các phương án trả lời với trọng số (% điểm của câu hỏi, "
               "phương án tốt nhất 100%; phải đúng trọng số của năm ở trên, bỏ \"options\" thì dùng trọng số đó), và với mỗi đơn vị: số người được khảo sát, số phiếu theo từng phương án của mỗi câu hỏi. "
               "Ví dụ: `{\"options\": [{\"code\": \"A\", \"weight\": 100}, {\"code\": \"B\", \"weight\": 60}, "
               "{\"code\": \"C\", \"weight\": 20}, {\"code\": \"D\", \"weight\": 0}], \"units\": [{\"unit\": \"STP\", "
               "\"respondents\": 9, \"answers\": {\"KS1\": {\"A\": 5, \"B\": 3, \"C\": 1}}}]}`. Mọi đơn vị được đánh giá, "
               "mọi câu hỏi trong bộ câu hỏi của đơn vị; tổng số phiếu mỗi câu bằng số người được khảo sát.")

SURVEY_UPLOAD = ("[Tải mẫu nhập kết quả (.xlsx)]({{surveyTemplateUrl}}) (đã có sẵn các đơn vị, câu hỏi và trọng số phương án "
                 "trả lời) · [Tải lên tệp đã điền]({{surveyUploadUrl}}). Tệp tải lên được kiểm tra toàn bộ; hợp lệ thì "
                 "thay thế kết quả điều tra của kỳ, không hợp lệ thì không lưu gì.")
SURVEY_STATUS = "**Kết quả đang lưu:** {{surveyStatus}}"
# the year's answer weights from data, with their provenance (the province's assumption, or the document)
SURVEY_WEIGHTS = "**Trọng số phương án trả lời của năm:** {{surveyWeights}}"

FORMS = {
    "open-internal-index-period": [
        text("text_title", "### Mở kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị\nCác đơn vị được đánh giá, bộ tiêu chí, "
                           "các mốc thời gian và ngưỡng xếp loại lấy theo dữ liệu của năm (data/internal-index)."),
        field("number", "year", "Năm đánh giá", True, validate={"required": True, "min": 2020, "max": 2100}, decimalDigits=0)],
    "internal-index-self-score": [
        text("text_context", CONTEXT),
        text("text_rules", "Điểm từ 0 đến điểm tối đa, tối đa 2 chữ số thập phân. Không có tài liệu kiểm chứng thì phải "
                           "giải trình. Quá hạn, việc tự chấm tự động khóa và đơn vị bị ghi nhận không nộp.")]
        + [self_row(i) for i in range(ROWS)],
    "internal-index-appraisal": [
        text("text_context", CONTEXT),
        text("text_rules", "Nhập điểm thẩm định cho từng tiêu chí (từ 0 đến điểm tối đa). Điểm khác điểm trước đó thì phải "
                           "ghi lý do.")]
        + [appraisal_row(i) for i in range(ROWS)],
    "internal-index-explanation": [
        text("text_context", CONTEXT),
        field("radio", "decision", "Ý kiến của đơn vị", True,
              values=[{"label": "Đồng ý kết quả thẩm định", "value": "ACCEPT"},
                      {"label": "Giải trình, đề nghị thẩm định lại", "value": "CONTEST"}])]
        + [explanation_row(i) for i in range(ROWS)],
    "internal-index-survey": [
        text("text_context", CONTEXT), text("text_upload", SURVEY_UPLOAD), text("text_weights", SURVEY_WEIGHTS),
        text("text_status", SURVEY_STATUS, '=surveyStatus = null or surveyStatus = ""'),
        text("text_help", "Hoặc dán nội dung JSON: " + SURVEY_HELP),
        field("textarea", "surveyJson", "Kết quả điều tra xã hội học (JSON, để trống nếu đã tải lên tệp .xlsx)")],
    "internal-index-chairman-approval": [
        text("text_context", CONTEXT),
        {"type": "table", "id": "table_results", "label": "Chỉ số CCHC, xếp hạng và xếp loại", "dataSource": "=iiResults",
         "rowCount": 30, "columns": [{"label": "Nhóm đơn vị", "key": "group"}, {"label": "Hạng trong nhóm", "key": "rank"},
                                      {"label": "Đơn vị", "key": "unit"},
                                      {"label": "Điểm thẩm định", "key": "appraised"}, {"label": "Điểm điều tra", "key": "survey"},
                                      {"label": "Chỉ số (%)", "key": "index"}, {"label": "Xếp loại", "key": "classification"},
                                      {"label": "Ghi chú", "key": "late"}]},
        field("radio", "decision", "Ý kiến", True, values=[{"label": "Phê duyệt, công bố", "value": "APPROVE"},
                                                           {"label": "Trả lại để xem xét lại", "value": "RETURN"}]),
        # the decision that publishes the index (Quyết định công bố): recorded with the approval
        field("textfield", "decisionNumber", "Số quyết định công bố", True, "Ví dụ: 125/QĐ-UBND",
              conditional={"hide": '=decision != "APPROVE"'}),
        {"type": "datetime", "id": "field_decisionDate", "key": "decisionDate", "subtype": "date",
         "dateLabel": "Ngày ký quyết định công bố", "validate": {"required": True},
         "conditional": {"hide": '=decision != "APPROVE"'}},
        text("text_downloads", "**Tải về:** [Bảng xếp hạng Chỉ số CCHC (.xlsx)]({{rankingXlsxUrl}}) · "
                               "[Báo cáo kết quả (.docx)]({{rankingDocxUrl}}) (trước khi phê duyệt, tệp ghi là dự thảo)"),
        field("textarea", "comment", "Ý kiến cụ thể", False, "Bắt buộc khi trả lại.")],
    "internal-index-revise-results": [
        text("text_context", CONTEXT),
        text("text_returnComment", "**Ý kiến của Chủ tịch UBND tỉnh:** {{taskInfo.returnComment}}"),
        text("text_upload", "Nếu cần sửa kết quả điều tra xã hội học (thay thế kết quả trước): " + SURVEY_UPLOAD),
        text("text_weights", SURVEY_WEIGHTS),
        text("text_status", SURVEY_STATUS, '=surveyStatus = null or surveyStatus = ""'),
        text("text_help", "Hoặc dán nội dung JSON đã chỉnh sửa: " + SURVEY_HELP),
        field("textarea", "surveyJson", "Kết quả điều tra xã hội học đã chỉnh sửa (JSON, không bắt buộc)"),
        field("textarea", "revisionNote", "Nội dung đã xem xét lại", True)],
}

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for form_id, components in FORMS.items():
    schema = {"components": components, "type": "default", "id": form_id, "executionPlatform": "Camunda Platform",
              "executionPlatformVersion": "7.24.0", "exporter": {"name": "tools/forms/gen_internal_index_forms.py", "version": "1"},
              "schemaVersion": 16}
    ids = [c["id"] for c in components] + [child["id"] for c in components for child in c.get("components", [])]
    assert len(ids) == len(set(ids)), "duplicate component id in " + form_id
    out = os.path.join(root, "forms", "internalindex", form_id + ".form")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("forms:", len(FORMS))
