package vn.parindex.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/** Sign-offs, acceptances, returns and approvals: checked, then recorded with who and when. */
@Service
public class ReviewService {

    static final int MAX_COMMENT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads a decision as submitted from a form: APPROVE or RETURN, and a comment that a return must carry. */
    public static Decision parseDecision(Object decision, Object comment) {
        if (decision == null || decision.toString().isBlank()) {
            throw new ValidationException("Vui lòng chọn ý kiến: đồng ý hoặc trả lại.");
        }
        Decision parsed;
        try {
            parsed = Decision.valueOf(decision.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Ý kiến \"" + decision + "\" không hợp lệ: chỉ được đồng ý hoặc trả lại.");
        }
        if (parsed == Decision.SUBMITTED) {
            throw new ValidationException("Ý kiến không hợp lệ: chỉ được đồng ý hoặc trả lại.");
        }
        String text = comment == null ? "" : comment.toString().trim();
        if (parsed == Decision.RETURN && text.isEmpty()) {
            throw new ValidationException("Khi trả lại, vui lòng ghi rõ ý kiến (nội dung cần chỉnh sửa).");
        }
        if (text.length() > MAX_COMMENT) {
            throw new ValidationException("Ý kiến dài quá " + MAX_COMMENT + " ký tự.");
        }
        List<String> problems = new java.util.ArrayList<>();
        FormInput.checkNotFormula(text, "ý kiến", problems);
        ValidationException.throwIfAny(problems);
        return parsed;
    }

    public void record(long cycleId, String unitCode, ReviewStep step, int round, Decision decision, String comment,
                       String user, String taskId) {
        jdbc.sql("""
                insert into review_decision (cycle_id, unit_code, step, round, decision, comment, decided_by, decided_at, task_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitCode, step.name(), round, decision.name(), blankToNull(comment), user,
                        OffsetDateTime.now(clock), taskId)
                .update();
    }

    public List<ReviewDecision> history(long cycleId) {
        return jdbc.sql("select * from review_decision where cycle_id = ? order by id").param(cycleId)
                .query(ReviewDecision.class).list();
    }

    public List<ReviewDecision> history(long cycleId, String unitCode) {
        return jdbc.sql("select * from review_decision where cycle_id = ? and unit_code = ? order by id")
                .params(cycleId, unitCode).query(ReviewDecision.class).list();
    }

    /** The comment of the last return among the given steps, if the latest of those decisions was a return. */
    public Optional<String> pendingReturnComment(long cycleId, String unitCode, List<ReviewStep> steps) {
        List<ReviewDecision> decisions = (unitCode == null ? history(cycleId) : history(cycleId, unitCode)).stream()
                .filter(decision -> steps.contains(decision.step()))
                .toList();
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        ReviewDecision last = decisions.get(decisions.size() - 1);
        return last.decision() == Decision.RETURN
                ? Optional.of(last.step().label() + " – trả lại: " + last.comment())
                : Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
