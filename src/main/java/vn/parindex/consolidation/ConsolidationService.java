package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.workflow.Decision;

/** Sở Nội vụ's consolidation: the province's self-score per field and overall, and the report built on it. */
@Service
@RequiredArgsConstructor
public class ConsolidationService {

    public static final String SUMMARY = "reportSummary";
    public static final String DIFFICULTIES = "difficulties";
    public static final String RECOMMENDATIONS = "recommendations";

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final ScoringService scoring;
    private final ReviewService reviews;
    private final Clock clock;

    /**
     * Totals per field from the latest accepted scores. Survey-scored items are left out (the Ministry scores them);
     * an item marked not applicable counts 0; a field never exceeds its self-scorable maximum.
     */
    public List<FieldTotal> consolidate(long cycleId) {
        List<FieldTotal> totals = compute(cycleId);
        store(cycleId, totals);
        return totals;
    }

    /** The totals {@link #consolidate} stores, from the scores as they are now; stores nothing. */
    public List<FieldTotal> compute(long cycleId) {
        return compute(cycleId, scoring.latestScores(cycleId));
    }

    /** {@link #compute(long)} from the cycle's latest scores the caller has already read (the dashboard). */
    public List<FieldTotal> compute(long cycleId, List<ItemScore> latestScores) {
        Cycle cycle = cycles.get(cycleId);
        List<Criterion> items = criteria.items(cycle.criteriaSetCode());
        Map<String, BigDecimal> points = latestScores.stream()
                .collect(Collectors.toMap(ItemScore::criterionCode, ItemScore::points));
        List<FieldTotal> totals = new ArrayList<>();
        for (Criterion field : items.stream().filter(Criterion::isField).toList()) {
            List<Criterion> leaves = items.stream()
                    .filter(item -> item.isSelfScoredLeaf() && item.fieldCode().equals(field.code())).toList();
            BigDecimal max = leaves.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal score = leaves.stream().map(leaf -> points.getOrDefault(leaf.code(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).min(max);
            totals.add(new FieldTotal(field.code(), field.name(), max, score));
        }
        return totals;
    }

    private void store(long cycleId, List<FieldTotal> totals) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from field_total where cycle_id = ?").param(cycleId).update();
        for (FieldTotal total : totals) {
            jdbc.sql("""
                    insert into field_total (cycle_id, field_code, field_name, max_points, self_score, computed_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(cycleId, total.fieldCode(), total.fieldName(), total.maxPoints(), total.selfScore(), now)
                    .update();
        }
    }

    public List<FieldTotal> totals(long cycleId) {
        return jdbc.sql("""
                select field_code, field_name, max_points, self_score from field_total where cycle_id = ?
                order by cast(field_code as int)""").param(cycleId).query(FieldTotal.class).list();
    }

    public BigDecimal overall(List<FieldTotal> totals) {
        return totals.stream().map(FieldTotal::selfScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal overallMax(List<FieldTotal> totals) {
        return totals.stream().map(FieldTotal::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Stores a new version of the provincial self-assessment report drafted by Sở Nội vụ. */
    public ProvincialReport prepareReport(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String summary = FormInput.requiredText(form.get(SUMMARY), "tóm tắt kết quả tự đánh giá", 8000, problems);
        String difficulties = FormInput.optionalText(form.get(DIFFICULTIES), "khó khăn, vướng mắc", 8000, problems);
        String recommendations = FormInput.optionalText(form.get(RECOMMENDATIONS), "kiến nghị, đề xuất", 8000, problems);
        ValidationException.throwIfAny(problems);

        int version = latestReport(cycleId).map(report -> report.version() + 1).orElse(1);
        BigDecimal total = overall(totals(cycleId));
        jdbc.sql("""
                insert into provincial_report (cycle_id, version, summary, difficulties, recommendations,
                                               total_self_score, prepared_by, prepared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, version, summary, difficulties, recommendations, total, user, OffsetDateTime.now(clock))
                .update();
        reviews.record(cycleId, null, ReviewStep.REPORT_PREPARED, version, Decision.SUBMITTED, null, user, taskId);
        return latestReport(cycleId).orElseThrow();
    }

    public Optional<ProvincialReport> latestReport(long cycleId) {
        return jdbc.sql("select * from provincial_report where cycle_id = ? order by version desc").param(cycleId)
                .query(ProvincialReport.class).list().stream().findFirst();
    }
}
