package vn.parindex.workflow;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/** What was decided on a piece of work: handed in, approved or returned. */
public enum Decision {
    SUBMITTED, APPROVE, RETURN;

    public static final int MAX_COMMENT = 4000;

    /** Reads a decision as submitted from a form: APPROVE or RETURN, and a comment that a return must carry. */
    public static Decision parse(Object decision, Object comment) {
        if (decision == null || decision.toString().isBlank()) {
            throw new ValidationException("Vui lòng chọn ý kiến: đồng ý hoặc trả lại.");
        }
        Decision parsed;
        try {
            parsed = valueOf(decision.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Ý kiến \"" + decision + "\" không hợp lệ: chỉ được đồng ý hoặc trả lại.");
        }
        if (parsed == SUBMITTED) {
            throw new ValidationException("Ý kiến không hợp lệ: chỉ được đồng ý hoặc trả lại.");
        }
        String text = comment == null ? "" : comment.toString().trim();
        if (parsed == RETURN && text.isEmpty()) {
            throw new ValidationException("Khi trả lại, vui lòng ghi rõ ý kiến (nội dung cần chỉnh sửa).");
        }
        if (text.length() > MAX_COMMENT) {
            throw new ValidationException("Ý kiến dài quá " + MAX_COMMENT + " ký tự.");
        }
        List<String> problems = new ArrayList<>();
        FormInput.checkNotFormula(text, "ý kiến", problems);
        ValidationException.throwIfAny(problems);
        return parsed;
    }
}
