package vn.parindex.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/**
 * The explanation (giải trình) of the items that lost points in the Ministry's appraisal: each unit's explanation of
 * its items ({@code explanation_item}), Sở Nội vụ's consolidated report and its submission ({@code cycle_appraisal}).
 */
@Service
@RequiredArgsConstructor
public class ExplanationService {

    public static final String SUMMARY = "explanationSummary";
    public static final String REQUESTS = "explanationRequests";
    public static final String NUMBER = "explanationNumber";
    public static final String DATE = "explanationDate";
    public static final String ENTERED = "explanationEntered";

    private final JdbcClient jdbc;
    private final AppraisalService appraisals;
    private final ReviewService reviews;
    private final Clock clock;

    /** The unit's items that lost points, with the explanation it sent last (on a return) or none yet. */
    public List<LostItem> sheet(long cycleId, String unitCode) {
        Map<String, LostItem> sent = sent(cycleId, unitCode);
        return appraisals.lostItems(cycleId).stream().filter(item -> item.unitCode().equals(unitCode))
                .map(item -> sent.getOrDefault(item.code(), item)).toList();
    }

    /** Every unit's items that lost points with their explanations, in criteria order. */
    public List<LostItem> all(long cycleId) {
        Map<String, LostItem> sent = new HashMap<>();
        for (String unit : appraisals.explainingUnits(cycleId)) {
            sent.putAll(sent(cycleId, unit));
        }
        return appraisals.lostItems(cycleId).stream().map(item -> sent.getOrDefault(item.code(), item)).toList();
    }

    /**
     * Stores the unit's explanation: exactly its items that lost points, each explained (additional evidence
     * optional). Everything is checked before anything is stored; refused in Vietnamese.
     */
    public void submit(long cycleId, String unitCode, List<Map<String, Object>> rows, String user, String taskId) {
        Map<String, LostItem> expected = new LinkedHashMap<>();
        sheet(cycleId, unitCode).forEach(item -> expected.put(item.code(), item));
        List<String> problems = new ArrayList<>();
        Map<String, String[]> answers = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String code = FormInput.text(row.get("code"));
            if (code == null || code.isBlank()) {
                continue; // the form's unused rows
            }
            if (!expected.containsKey(code)) {
                problems.add("Tiêu chí " + code + " không bị trừ điểm hoặc không thuộc đơn vị; không cần giải trình.");
                continue;
            }
            if (answers.containsKey(code)) {
                problems.add("Tiêu chí " + code + " được giải trình hai lần.");
                continue;
            }
            String explanation = FormInput.requiredText(row.get("explanation"), "nội dung giải trình tiêu chí " + code,
                    4000, problems);
            String additional = FormInput.optionalText(row.get("additionalEvidence"),
                    "tài liệu kiểm chứng bổ sung của tiêu chí " + code, 1000, problems);
            answers.put(code, new String[] {explanation, additional});
        }
        expected.keySet().stream().filter(code -> !answers.containsKey(code))
                .forEach(code -> problems.add("Còn thiếu giải trình của tiêu chí " + code + "."));
        ValidationException.throwIfAny(problems);

        int round = jdbc.sql("select coalesce(max(round), 0) from explanation_item where cycle_id = ? and unit_code = ?")
                .params(cycleId, unitCode).query(Integer.class).single() + 1;
        jdbc.sql("delete from explanation_item where cycle_id = ? and unit_code = ?").params(cycleId, unitCode).update();
        OffsetDateTime now = OffsetDateTime.now(clock);
        answers.forEach((code, answer) -> {
            LostItem item = expected.get(code);
            jdbc.sql("""
                    insert into explanation_item (cycle_id, unit_code, criterion_code, self_score, appraised_score,
                        explanation, additional_evidence, round, submitted_by, submitted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(cycleId, unitCode, code, item.selfScore(), item.appraisedScore(), answer[0], answer[1], round,
                            user, now).update();
        });
        reviews.record(cycleId, unitCode, ReviewStep.EXPLANATION_SUBMITTED, round, Decision.SUBMITTED, null, user, taskId);
    }

    /**
     * Sở Nội vụ returns the explanations of some units (not all) for revision, with what they must explain again; the
     * other units' explanations stay as sent. Refused in Vietnamese, nothing recorded, without units or comment.
     */
    public List<String> returnToUnits(long cycleId, List<String> units, Object comment, String user, String taskId) {
        List<String> explaining = appraisals.explainingUnits(cycleId);
        List<String> problems = new ArrayList<>();
        String text = FormInput.requiredText(comment, "nội dung đơn vị cần giải trình lại", 2000, problems);
        List<String> returned = units.stream().distinct().toList();
        if (returned.isEmpty()) {
            problems.add("Chọn đơn vị cần giải trình lại.");
        }
        returned.stream().filter(unit -> !explaining.contains(unit)).forEach(unit ->
                problems.add("Đơn vị được chọn không có tiêu chí bị trừ điểm; không trả lại được."));
        ValidationException.throwIfAny(problems);
        int round = appraisals.get(cycleId).explanationRound() + 1;
        for (String unit : returned) {
            reviews.record(cycleId, unit, ReviewStep.EXPLANATION_REVIEW, round, Decision.RETURN, text, user, taskId);
        }
        return returned;
    }

    /** The units whose explanation Sở Nội vụ returned and that have not explained again yet. */
    public List<String> returnedUnits(long cycleId) {
        return appraisals.explainingUnits(cycleId).stream()
                .filter(unit -> reviews.pendingReturnComment(cycleId, unit,
                        List.of(ReviewStep.EXPLANATION_REVIEW, ReviewStep.EXPLANATION_SUBMITTED)).isPresent())
                .toList();
    }

    /** Sở Nội vụ's consolidated explanation report: its content and requests, a new round each time. */
    public void consolidate(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String summary = FormInput.requiredText(form.get(SUMMARY), "nội dung báo cáo giải trình", 4000, problems);
        String requests = FormInput.optionalText(form.get(REQUESTS), "đề nghị Bộ Nội vụ xem xét", 4000, problems);
        ValidationException.throwIfAny(problems);
        int round = appraisals.get(cycleId).explanationRound() + 1;
        jdbc.sql("""
                update cycle_appraisal set explanation_summary = ?, explanation_requests = ?, explanation_round = ?
                where cycle_id = ?""").params(summary, requests, round, cycleId).update();
        reviews.record(cycleId, null, ReviewStep.EXPLANATION_PREPARED, round, Decision.SUBMITTED, null, user, taskId);
    }

    /** The approved explanation report went to the Ministry; a late one is recorded too, marked late. */
    public AppraisalStage send(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String number = FormInput.requiredText(form.get(NUMBER), "số, ký hiệu báo cáo giải trình", 100, problems);
        LocalDate date = FormInput.requiredDate(form.get(DATE), "ngày báo cáo", problems);
        Object entered = form.get(ENTERED);
        if (!(Boolean.TRUE.equals(entered) || "true".equalsIgnoreCase(FormInput.text(entered)))) {
            problems.add("Vui lòng gửi báo cáo giải trình trên phần mềm của Bộ Nội vụ và xác nhận trước khi hoàn thành.");
        }
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add("Ngày báo cáo không được sau ngày hôm nay.");
        }
        ValidationException.throwIfAny(problems);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AppraisalStage stage = appraisals.get(cycleId);
        boolean onTime = !now.isAfter(stage.explanationDue());
        jdbc.sql("""
                update cycle_appraisal set explanation_number = ?, explanation_date = ?, explanation_sent_by = ?,
                    explanation_sent_at = ?, explanation_on_time = ?
                where cycle_id = ?""").params(number, date, user, now, onTime, cycleId).update();
        reviews.record(cycleId, null, ReviewStep.EXPLANATION_SENT, 1, Decision.SUBMITTED,
                onTime ? number : number + " (gửi sau hạn của Bộ Nội vụ)", user, taskId);
        return appraisals.get(cycleId);
    }

    private Map<String, LostItem> sent(long cycleId, String unitCode) {
        record Sent(String code, String explanation, String additionalEvidence) {
        }
        Map<String, LostItem> byCode = new HashMap<>();
        List<Sent> rows = jdbc.sql("""
                select criterion_code, explanation, additional_evidence from explanation_item
                where cycle_id = ? and unit_code = ?""").params(cycleId, unitCode)
                .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        if (rows.isEmpty()) {
            return byCode;
        }
        for (LostItem item : appraisals.lostItems(cycleId)) {
            rows.stream().filter(row -> row.code().equals(item.code()) && item.unitCode().equals(unitCode)).findFirst()
                    .ifPresent(row -> byCode.put(item.code(), new LostItem(item.unitCode(), item.code(), item.name(),
                            item.maxPoints(), item.selfScore(), item.appraisedScore(), item.evidence(),
                            row.explanation(), row.additionalEvidence())));
        }
        return byCode;
    }
}
