package vn.parindex.plan;

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
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/** Units' implementation plans (kế hoạch triển khai): each submission is kept as a round. */
@Service
@RequiredArgsConstructor
public class PlanService {

    public static final String PLAN_NUMBER = "planNumber";
    public static final String ISSUED_ON = "planIssuedOn";
    public static final String SUMMARY = "planSummary";
    public static final String DOCUMENT_REF = "planDocumentRef";

    private final JdbcClient jdbc;
    private final UnitProgressService progress;
    private final ReviewService reviews;
    private final Clock clock;

    /** Validates the form values completely, then stores the plan as the unit's next round. */
    public UnitPlan submit(long cycleId, String unitCode, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String number = FormInput.requiredText(form.get(PLAN_NUMBER), "số, ký hiệu văn bản kế hoạch", 100, problems);
        LocalDate issuedOn = FormInput.requiredDate(form.get(ISSUED_ON), "ngày ban hành kế hoạch", problems);
        String summary = FormInput.requiredText(form.get(SUMMARY), "nội dung chính của kế hoạch", 4000, problems);
        String documentRef = FormInput.optionalText(form.get(DOCUMENT_REF), "tài liệu kèm theo", 1000, problems);
        if (issuedOn != null && issuedOn.isAfter(LocalDate.now(clock))) {
            problems.add("Ngày ban hành kế hoạch không được sau ngày hôm nay.");
        }
        ValidationException.throwIfAny(problems);

        int round = progress.submit(cycleId, unitCode, CyclePhase.PLAN);
        jdbc.sql("""
                insert into unit_plan (cycle_id, unit_code, round, plan_number, issued_on, summary, document_ref,
                                       submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitCode, round, number, issuedOn, summary, documentRef, user, OffsetDateTime.now(clock))
                .update();
        reviews.record(cycleId, unitCode, ReviewStep.PLAN_SUBMITTED, round, Decision.SUBMITTED, null, user, taskId);
        return latest(cycleId, unitCode).orElseThrow();
    }

    public Optional<UnitPlan> latest(long cycleId, String unitCode) {
        return jdbc.sql("select * from unit_plan where cycle_id = ? and unit_code = ? order by round desc")
                .params(cycleId, unitCode).query(UnitPlan.class).list().stream().findFirst();
    }

    public List<UnitPlan> all(long cycleId) {
        return jdbc.sql("select * from unit_plan where cycle_id = ? order by unit_code, round").param(cycleId)
                .query(UnitPlan.class).list();
    }
}
