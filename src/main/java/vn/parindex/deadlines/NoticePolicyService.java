package vn.parindex.deadlines;

import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ReferenceCache;
import vn.parindex.common.TransactionMemo;
import org.springframework.stereotype.Service;
import vn.parindex.common.ValidationException;

/** The policies loaded from {@code data/notice-policies}. */
@Service
@RequiredArgsConstructor
public class NoticePolicyService {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    /** What {@link TransactionMemo} and {@link ReferenceCache} call a notice policy; the policy loader forgets it. */
    public static final String MEMO = "noticePolicy";

    public NoticePolicy get(String code) {
        return cache.get(MEMO, code, () -> load(code));
    }

    private NoticePolicy load(String code) {
        String name = jdbc.sql("select name from notice_policy where code = ?").param(code).query(String.class)
                .optional().orElseThrow(() -> new ValidationException("Không có chính sách nhắc việc '" + code
                        + "'. Các chính sách có sẵn: " + codes() + "."));
        List<NoticeStep> steps = jdbc.sql("""
                        select position, step_code, kind, offset_amount, offset_unit, at_time, audience
                        from notice_policy_step where policy_code = ? order by position""").param(code)
                .query((rs, row) -> new NoticeStep(rs.getInt("position"), rs.getString("step_code"),
                        NoticeKind.valueOf(rs.getString("kind")), rs.getInt("offset_amount"),
                        NoticeStep.OffsetUnit.valueOf(rs.getString("offset_unit")),
                        rs.getString("at_time") == null ? null : LocalTime.parse(rs.getString("at_time")),
                        NoticeAudience.valueOf(rs.getString("audience"))))
                .list();
        return new NoticePolicy(code, name, steps);
    }

    public List<String> codes() {
        return jdbc.sql("select code from notice_policy order by code").query(String.class).list();
    }
}
