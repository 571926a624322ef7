package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/** Units' self-scores (điểm tự đánh giá) of exactly the items the year's matrix gives them. */
@Service
@RequiredArgsConstructor
public class ScoringService {

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final UnitProgressService progress;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final Clock clock;

    public List<Criterion> assignedItems(long cycleId, String unitCode) {
        Cycle cycle = cycles.get(cycleId);
        return criteria.assignmentsOf(cycle.year(), unitCode).stream().map(Assignment::item).toList();
    }

    /** The unit's items with the scores of its latest submission, for the form. */
    public List<ScoreSheetRow> sheet(long cycleId, String unitCode) {
        Map<String, ItemScore> latest = scoresOf(cycleId, unitCode).stream()
                .collect(Collectors.toMap(ItemScore::criterionCode, Function.identity()));
        return assignedItems(cycleId, unitCode).stream().map(item -> {
            ItemScore score = latest.get(item.code());
            return new ScoreSheetRow(item.code(), item.name(), item.maxPoints(), item.guidance(), item.evidence(),
                    Boolean.TRUE.equals(item.naAllowed()), score == null ? null : score.score(),
                    score != null && score.notApplicable(), score == null ? null : score.evidenceRef(),
                    score == null ? null : score.explanation());
        }).toList();
    }

    /**
     * The checks {@link #submit} makes, without storing, for a sheet filled elsewhere (a workbook) whose rows
     * {@code rowPlace} names. Throws the Vietnamese problems; otherwise gives the sheet with the checked values.
     */
    public List<ScoreSheetRow> checkSheet(long cycleId, String unitCode, List<Map<String, Object>> rows,
                                          IntFunction<String> rowPlace) {
        List<String> problems = new ArrayList<>();
        List<Criterion> assigned = assignedItems(cycleId, unitCode);
        Map<String, ScoreSheetValidator.ValidRow> valid = ScoreSheetValidator.validate(assigned, rows, problems, rowPlace)
                .stream().collect(Collectors.toMap(row -> row.item().code(), Function.identity()));
        ValidationException.throwIfAny(problems);
        return assigned.stream().map(item -> {
            var row = valid.get(item.code());
            return new ScoreSheetRow(item.code(), item.name(), item.maxPoints(), item.guidance(), item.evidence(),
                    Boolean.TRUE.equals(item.naAllowed()), row.score(), row.notApplicable(), row.evidenceRef(),
                    row.explanation());
        }).toList();
    }

    /** Validates every row against the unit's assignments, then stores the sheet as the unit's next round. */
    public List<ItemScore> submit(long cycleId, String unitCode, List<Map<String, Object>> rows, String user,
                                  String taskId) {
        List<String> problems = new ArrayList<>();
        var valid = ScoreSheetValidator.validate(assignedItems(cycleId, unitCode), withUploadedEvidence(cycleId, unitCode, rows),
                problems);
        ValidationException.throwIfAny(problems);

        int round = progress.submit(cycleId, unitCode, CyclePhase.SCORING);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (var row : valid) {
            jdbc.sql("""
                    insert into item_score (cycle_id, criterion_code, unit_code, round, score, not_applicable,
                                            evidence_ref, explanation, entered_by, entered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(cycleId, row.item().code(), unitCode, round, row.score(), row.notApplicable(),
                            row.evidenceRef(), row.explanation(), user, now)
                    .update();
        }
        reviews.record(cycleId, unitCode, ReviewStep.SCORES_SUBMITTED, round, Decision.SUBMITTED, null, user, taskId);
        return scoresOf(cycleId, unitCode);
    }

    /** Items with uploaded files have evidence: their names fill an empty evidence reference. */
    private List<Map<String, Object>> withUploadedEvidence(long cycleId, String unitCode, List<Map<String, Object>> rows) {
        Map<String, List<String>> files = evidence.fileNamesByItem(cycleId, unitCode);
        return rows.stream().map(row -> {
            if (row == null) {
                return null; // the validator reports it
            }
            List<String> names = files.get(String.valueOf(row.get("code")));
            Object reference = row.get("evidenceRef");
            if (names == null || reference != null && !reference.toString().isBlank()) {
                return row;
            }
            Map<String, Object> copy = new java.util.HashMap<>(row);
            copy.put("evidenceRef", "Tệp đính kèm: " + String.join(", ", names));
            return copy;
        }).toList();
    }

    /** The latest submitted score of every item of the cycle. */
    public List<ItemScore> latestScores(long cycleId) {
        return jdbc.sql("""
                select s.* from item_score s
                where s.cycle_id = ? and s.round = (select max(l.round) from item_score l
                                                    where l.cycle_id = s.cycle_id and l.criterion_code = s.criterion_code)
                order by s.criterion_code""").param(cycleId).query(ItemScore.class).list();
    }

    /** The unit's latest score of each of its items (index ix_item_score_unit, not the whole cycle's scores). */
    public List<ItemScore> scoresOf(long cycleId, String unitCode) {
        return jdbc.sql("""
                select s.* from item_score s
                where s.cycle_id = ? and s.unit_code = ? and s.round = (select max(l.round) from item_score l
                                                    where l.cycle_id = s.cycle_id and l.criterion_code = s.criterion_code)
                order by s.criterion_code""").params(cycleId, unitCode).query(ItemScore.class).list();
    }

    public BigDecimal totalOf(long cycleId, String unitCode) {
        return scoresOf(cycleId, unitCode).stream().map(ItemScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
