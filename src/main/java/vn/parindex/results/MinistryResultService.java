package vn.parindex.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.CycleStatus;
import vn.parindex.submission.SubmissionService;

/**
 * The Ministry's appraised and survey scores of a year, entered by Sở Nội vụ once the province's report went to the
 * Ministry. Every entry is checked completely before anything is stored, and stored as a new version.
 */
@Service
@RequiredArgsConstructor
public class MinistryResultService {

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final SubmissionService submissions;
    private final Clock clock;

    /** The year's cycle whose report went to the Ministry (the newest one that was not cancelled). */
    public Optional<Cycle> findAssessedCycle(int year) {
        return cycles.all().stream()
                .filter(cycle -> cycle.year() == year && cycle.status() != CycleStatus.CANCELLED)
                .filter(cycle -> submissions.find(cycle.id()).isPresent())
                .findFirst();
    }

    public Cycle assessedCycle(int year) {
        return findAssessedCycle(year).orElseThrow(() -> new ValidationException(
                cycles.all().stream().anyMatch(cycle -> cycle.year() == year)
                        ? "Kỳ đánh giá năm " + year + " chưa ghi nhận việc gửi báo cáo tự đánh giá cho Bộ Nội vụ; "
                          + "chưa thể nhập kết quả thẩm định."
                        : "Chưa có kỳ đánh giá Chỉ số CCHC năm " + year + "."));
    }

    /** The items the Ministry scores in the cycle's criteria set, in order. */
    public List<Criterion> scoredItems(Cycle cycle) {
        return criteria.items(cycle.criteriaSetCode()).stream().filter(ResultEntryValidator::isScored).toList();
    }

    @Transactional
    public MinistryResult enter(int year, ResultEntry entry, String user) {
        Cycle cycle = assessedCycle(year);
        List<String> problems = new ArrayList<>();
        String decisionRef = FormInput.requiredText(entry.decisionRef(),
                "số, ngày văn bản công bố kết quả của Bộ Nội vụ", 300, problems);
        LocalDate publishedOn = FormInput.optionalDate(entry.publishedOn(), "ngày công bố", problems);
        String note = FormInput.optionalText(entry.note(), "ghi chú", 2000, problems);
        Map<String, BigDecimal> scores = ResultEntryValidator.validate(criteria.items(cycle.criteriaSetCode()),
                cycle.criteriaSetCode(), entry.items(), problems);
        ValidationException.throwIfAny(problems);

        int version = latest(cycle.id()).map(result -> result.version() + 1).orElse(1);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ministry_result (cycle_id, version, decision_ref, published_on, note, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(cycle.id(), version, decisionRef, publishedOn, note, user, OffsetDateTime.now(clock))
                .update(keys, "id");
        long resultId = keys.getKey().longValue();
        scores.forEach((code, score) -> jdbc.sql(
                        "insert into ministry_item_score (result_id, criterion_code, score) values (?, ?, ?)")
                .params(resultId, code, score).update());
        return latest(cycle.id()).orElseThrow();
    }

    public Optional<MinistryResult> latest(long cycleId) {
        return versions(cycleId).stream().findFirst();
    }

    /** Every entry, newest first. */
    public List<MinistryResult> versions(long cycleId) {
        return jdbc.sql("select * from ministry_result where cycle_id = ? order by version desc").param(cycleId)
                .query(MinistryResult.class).list();
    }

    public Map<String, BigDecimal> scoresOf(long resultId) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        jdbc.sql("select criterion_code, score from ministry_item_score where result_id = ?").param(resultId)
                .query((rs, row) -> scores.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return scores;
    }
}
