package vn.parindex.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/** The record that the approved report went to the Ministry and its data is in the Ministry's software. */
@Service
@RequiredArgsConstructor
public class SubmissionService {

    public static final String REPORT_NUMBER = "reportNumber";
    public static final String REPORT_DATE = "reportDate";
    public static final String ENTERED = "enteredInMinistrySoftware";
    public static final String NOTE = "submissionNote";

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final ReviewService reviews;
    private final Clock clock;

    /** Records the submission; a late one is recorded too, marked late, because the report must still go out. */
    public MinistrySubmission record(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String number = FormInput.requiredText(form.get(REPORT_NUMBER), "số, ký hiệu báo cáo", 100, problems);
        LocalDate date = FormInput.requiredDate(form.get(REPORT_DATE), "ngày báo cáo", problems);
        String note = FormInput.optionalText(form.get(NOTE), "ghi chú", 4000, problems);
        Object entered = form.get(ENTERED);
        if (!(Boolean.TRUE.equals(entered) || "true".equalsIgnoreCase(FormInput.text(entered)))) {
            problems.add("Vui lòng nhập dữ liệu vào phần mềm của Bộ Nội vụ và xác nhận trước khi hoàn thành.");
        }
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add("Ngày báo cáo không được sau ngày hôm nay.");
        }
        ValidationException.throwIfAny(problems);

        Cycle cycle = cycles.get(cycleId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean onTime = !now.isAfter(cycle.ministryDeadline());
        jdbc.sql("""
                insert into ministry_submission (cycle_id, report_number, report_date, entered_in_ministry_software,
                                                 note, on_time, recorded_by, recorded_at)
                values (?, ?, ?, true, ?, ?, ?, ?)""")
                .params(cycleId, number, date, note, onTime, user, now)
                .update();
        reviews.record(cycleId, null, ReviewStep.MINISTRY_SUBMISSION, 1, Decision.SUBMITTED,
                onTime ? null : "Gửi sau hạn của Bộ Nội vụ", user, taskId);
        return find(cycleId).orElseThrow();
    }

    public Optional<MinistrySubmission> find(long cycleId) {
        return jdbc.sql("select * from ministry_submission where cycle_id = ?").param(cycleId)
                .query(MinistrySubmission.class).optional();
    }
}
