package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.IndexCalculator.Ranked;
import vn.parindex.internalindex.IndexCalculator.Scored;
import vn.parindex.internalindex.IndexCalculator.Threshold;
import vn.parindex.internalindex.SheetValidator.Entry;
import vn.parindex.internalindex.SheetValidator.Stage;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.orgdirectory.OrgUnitType;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.LoggedDecision;
import vn.parindex.workflow.WorkRef;

/**
 * The province's internal index of its units: a period per year, self-scores, two appraisal rounds with the unit's
 * explanation between them, the survey import, the computed index and ranking, the Chairman's decision and
 * publication. Every change validates everything first and stores all or nothing.
 */
@Service
public class InternalIndexService {

    public static final String STEP_CHAIRMAN = "CHAIRMAN_APPROVAL";
    public static final String STEP_REVISION = "REVISION";

    private static final String PERIOD_COLUMNS = "id, year, business_key, status, process_instance_id, self_score_due, "
            + "appraisal_due, explanation_due, final_appraisal_due, survey_due, approval_due, published_at, decision_number, "
            + "decision_date";

    private final JdbcClient jdbc;
    private final OrgDirectoryService orgDirectory;
    private final ZoneId zone;
    private final java.time.LocalTime deadlineTime;

    private final DecisionLog decisions;

    InternalIndexService(JdbcClient jdbc, OrgDirectoryService orgDirectory, ParProperties properties,
                         DecisionLog decisions) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.orgDirectory = orgDirectory;
        this.zone = properties.timeZone();
        this.deadlineTime = properties.deadlineTime();
    }

    // ------------------------------------------------------------------ period

    /** Opens the year's period: its deadlines from the year's calendar, its units from the year's unit types. */
    @Transactional
    public Period open(int year, String openedBy, OffsetDateTime now) {
        var calendar = jdbc.sql("select unit_types, self_score_due, appraisal_due, explanation_due, final_appraisal_due, "
                        + "survey_due, approval_due from ii_year where year = ?").param(year)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)}).optional()
                .orElseThrow(() -> new ValidationException("Chưa có dữ liệu Chỉ số CCHC của các cơ quan, đơn vị năm " + year
                        + " (data/internal-index/year-" + year + ".yaml)."));
        if (findOpen(year).isPresent()) {
            throw new ValidationException("Kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm " + year + " đang mở.");
        }
        if (jdbc.sql("select count(*) from ii_period where year = ? and status = 'PUBLISHED'").param(year)
                .query(Integer.class).single() > 0) {
            throw new ValidationException("Chỉ số CCHC của các cơ quan, đơn vị năm " + year + " đã được công bố.");
        }
        OffsetDateTime selfScoreDue = due((LocalDate) calendar[1]);
        List<OrgUnitType> types = Arrays.stream(((String) calendar[0]).split(",")).map(OrgUnitType::valueOf).toList();
        List<OrgUnit> units = orgDirectory.validOn(selfScoreDue.toLocalDate(), types);
        if (units.isEmpty()) {
            throw new ValidationException("Không có đơn vị nào được đánh giá trong năm " + year + ".");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into ii_period (year, open_year, business_key, status, self_score_due, appraisal_due, "
                        + "explanation_due, final_appraisal_due, survey_due, approval_due, opened_by, opened_at) "
                        + "values (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, year, "CSCCHC-DV-" + year, selfScoreDue, due((LocalDate) calendar[2]), due((LocalDate) calendar[3]),
                        due((LocalDate) calendar[4]), due((LocalDate) calendar[5]), due((LocalDate) calendar[6]), openedBy, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (OrgUnit unit : units) {
            String set = jdbc.sql("select code from ii_criteria_set where year = ? and unit_type = ?")
                    .params(year, unit.type().name()).query(String.class).single();
            jdbc.sql("insert into ii_period_unit (period_id, unit_code, criteria_set_code, status, late, updated_at) "
                    + "values (?, ?, ?, 'SELF_SCORING', false, ?)").params(id, unit.code(), set, now).update();
        }
        return get(id);
    }

    public void attachProcess(long periodId, String processInstanceId) {
        jdbc.sql("update ii_period set process_instance_id = ? where id = ?").params(processInstanceId, periodId).update();
    }

    public Period get(long periodId) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from ii_period where id = ?").param(periodId).query(Period.class).single();
    }

    public Optional<Period> findOpen(int year) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from ii_period where open_year = ?").param(year).query(Period.class).optional();
    }

    /** The year's period shown on the results page: the open one, else the latest published. */
    public Optional<Period> current(int year) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from ii_period where year = ? and status <> 'CANCELLED' "
                + "order by id desc").param(year).query(Period.class).list().stream().findFirst();
    }

    public List<String> unitCodes(long periodId) {
        return jdbc.sql("select unit_code from ii_period_unit where period_id = ? order by unit_code").param(periodId)
                .query(String.class).list();
    }

    public String unitStatus(long periodId, String unitCode) {
        return jdbc.sql("select status from ii_period_unit where period_id = ? and unit_code = ?").params(periodId, unitCode)
                .query(String.class).single();
    }

    private OffsetDateTime due(LocalDate date) {
        return date.atTime(deadlineTime).atZone(zone).toOffsetDateTime();
    }

    // ------------------------------------------------------------------ sheets

    /** The unit's criteria with what was entered so far. */
    public List<SheetRow> sheet(long periodId, String unitCode) {
        String set = criteriaSetOf(periodId, unitCode);
        Map<String, Map<String, Object[]>> scores = new HashMap<>();
        jdbc.sql("select criterion_code, stage, score, note, evidence_ref from ii_item_score where period_id = ? and unit_code = ?")
                .params(periodId, unitCode).query((rs, n) -> {
                    scores.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), new Object[] {rs.getBigDecimal(3), rs.getString(4), rs.getString(5)});
                    return null;
                }).list();
        Map<String, String> explanations = new HashMap<>();
        jdbc.sql("select criterion_code, explanation from ii_explanation where period_id = ? and unit_code = ?")
                .params(periodId, unitCode).query((rs, n) -> explanations.put(rs.getString(1), rs.getString(2))).list();
        return jdbc.sql("select code, name, max_points, guidance from ii_criterion where set_code = ? order by position")
                .param(set).query((rs, n) -> {
                    String code = rs.getString(1);
                    Map<String, Object[]> stages = scores.getOrDefault(code, Map.of());
                    Object[] self = stages.get("SELF");
                    Object[] r1 = stages.get("ROUND1");
                    Object[] r2 = stages.get("ROUND2");
                    return new SheetRow(code, rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                            self == null ? null : (BigDecimal) self[0], self == null ? null : (String) self[2],
                            self == null ? null : (String) self[1], r1 == null ? null : (BigDecimal) r1[0],
                            r1 == null ? null : (String) r1[1], explanations.get(code),
                            r2 == null ? null : (BigDecimal) r2[0], r2 == null ? null : (String) r2[1]);
                }).list();
    }

    private String criteriaSetOf(long periodId, String unitCode) {
        return jdbc.sql("select criteria_set_code from ii_period_unit where period_id = ? and unit_code = ?")
                .params(periodId, unitCode).query(String.class).optional()
                .orElseThrow(() -> new ValidationException("Đơn vị " + unitCode + " không thuộc kỳ đánh giá này."));
    }

    @Transactional
    public void submitSelfScores(long periodId, String unitCode, List<Map<String, Object>> rows, String by, OffsetDateTime now) {
        requireUnitStatus(periodId, unitCode, "SELF_SCORING");
        store(periodId, unitCode, Stage.SELF, rows, by, now);
        setUnitStatus(periodId, unitCode, "SUBMITTED", now);
    }

    /** The self-score deadline passed without a submission: the unit is late and gets no appraised points. */
    @Transactional
    public boolean markLate(long periodId, String unitCode, OffsetDateTime now) {
        return jdbc.sql("update ii_period_unit set status = 'LATE', late = true, updated_at = ? where period_id = ? and unit_code = ? "
                + "and status = 'SELF_SCORING'").params(now, periodId, unitCode).update() > 0;
    }

    @Transactional
    public void submitAppraisal(long periodId, String unitCode, int round, List<Map<String, Object>> rows, String by,
                                OffsetDateTime now) {
        requireUnitStatus(periodId, unitCode, round == 1 ? "SUBMITTED" : "EXPLAINED");
        store(periodId, unitCode, round == 1 ? Stage.ROUND1 : Stage.ROUND2, rows, by, now);
        setUnitStatus(periodId, unitCode, round == 1 ? "APPRAISED" : "FINAL", now);
    }

    /**
     * The unit accepts round 1 (it becomes final) or contests it with explanations (round 2 follows).
     * @return whether the unit contests
     */
    @Transactional
    public boolean submitExplanation(long periodId, String unitCode, boolean contest, List<Map<String, Object>> rows,
                                     String by, OffsetDateTime now) {
        requireUnitStatus(periodId, unitCode, "APPRAISED");
        List<String> problems = new ArrayList<>();
        List<Entry> entries = SheetValidator.validate(Stage.EXPLANATION, sheet(periodId, unitCode), rows, problems);
        List<Entry> explained = entries.stream().filter(e -> e.note() != null).toList();
        if (contest && explained.isEmpty()) {
            problems.add("Đề nghị thẩm định lại thì phải giải trình ít nhất một tiêu chí.");
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("delete from ii_explanation where period_id = ? and unit_code = ?").params(periodId, unitCode).update();
        if (contest) {
            for (Entry entry : explained) {
                jdbc.sql("insert into ii_explanation (period_id, unit_code, criterion_code, explanation, entered_by, entered_at) "
                        + "values (?, ?, ?, ?, ?, ?)").params(periodId, unitCode, entry.code(), entry.note(), by, now).update();
            }
        }
        decide(periodId, unitCode, "EXPLANATION", contest ? "CONTEST" : "ACCEPT", null, by);
        setUnitStatus(periodId, unitCode, contest ? "EXPLAINED" : "FINAL", now);
        return contest;
    }

    private void store(long periodId, String unitCode, Stage stage, List<Map<String, Object>> rows, String by, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = SheetValidator.validate(stage, sheet(periodId, unitCode), rows, problems);
        ValidationException.throwIfAny(problems);
        jdbc.sql("delete from ii_item_score where period_id = ? and unit_code = ? and stage = ?")
                .params(periodId, unitCode, stage.name()).update();
        for (Entry entry : entries) {
            jdbc.sql("insert into ii_item_score (period_id, unit_code, criterion_code, stage, score, note, evidence_ref, "
                            + "entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(periodId, unitCode, entry.code(), stage.name(), entry.score(), entry.note(), entry.evidenceRef(),
                            by, now).update();
        }
    }

    private void requireUnitStatus(long periodId, String unitCode, String expected) {
        String status = jdbc.sql("select status from ii_period_unit where period_id = ? and unit_code = ?")
                .params(periodId, unitCode).query(String.class).optional()
                .orElseThrow(() -> new ValidationException("Đơn vị " + unitCode + " không thuộc kỳ đánh giá này."));
        if (!expected.equals(status)) {
            throw new ValidationException("Đơn vị " + unitCode + " không ở bước này (trạng thái hiện tại: " + status + ").");
        }
    }

    private void setUnitStatus(long periodId, String unitCode, String status, OffsetDateTime now) {
        jdbc.sql("update ii_period_unit set status = ?, updated_at = ? where period_id = ? and unit_code = ?")
                .params(status, now, periodId, unitCode).update();
    }

    // ------------------------------------------------------------------ survey

    /** Replaces the period's survey results with the pasted JSON ones, after validating all of them. */
    @Transactional
    public void importSurvey(long periodId, String json, String by, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        SurveyInput input = SurveyImport.readJson(json, problems);
        ValidationException.throwIfAny(problems);
        importSurvey(periodId, input, by, now);
    }

    /**
     * Replaces the period's survey results with the uploaded ones (JSON or a filled .xlsx template), after validating
     * all of them; a refusal names every problem (with sheet and row for a workbook) and stores nothing.
     * @return the number of units stored
     */
    @Transactional
    public int importSurvey(long periodId, SurveyInput input, String by, OffsetDateTime now) {
        Map<String, Map<String, BigDecimal>> questionsByUnit = surveyQuestionsByUnit(periodId);
        Set<String> known = orgDirectory.all().stream().map(OrgUnit::code).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        questionsByUnit.forEach((unit, questions) -> codes.put(unit, questions.keySet()));
        SurveyTemplate.Weights weights = surveyWeights(periodId);
        if (input.options().isEmpty()) {
            // an upload without its own weights is scored with the year's weights from data
            input = new SurveyInput(weights.options(), input.units(), input.sourceFile(), input.sourceSha256());
        }
        SurveyImport.Parsed parsed = SurveyImport.validate(input, codes, known, problems);
        sameWeightsAsData(parsed.weights(), weights, problems);
        ValidationException.throwIfAny(problems);
        deleteSurvey(periodId);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into ii_survey_import (period_id, option_weights, imported_by, imported_at, source_file, source_sha256) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(periodId, SurveyImport.weightsText(parsed.weights()) + " (" + weights.provenance() + ")", by, now,
                        input.sourceFile(), input.sourceSha256())
                .update(key, "id");
        long importId = key.getKey().longValue();
        for (SurveyImport.UnitAnswers unit : parsed.units()) {
            BigDecimal points = IndexCalculator.surveyPoints(questionsByUnit.get(unit.unitCode()), unit.answers(),
                    parsed.weights(), unit.respondents());
            jdbc.sql("insert into ii_survey_unit (import_id, unit_code, respondents, survey_points) values (?, ?, ?, ?)")
                    .params(importId, unit.unitCode(), unit.respondents(), points).update();
            unit.answers().forEach((question, counts) -> counts.forEach((option, count) ->
                    jdbc.sql("insert into ii_survey_answer (import_id, unit_code, question_code, option_code, weight, answers) "
                                    + "values (?, ?, ?, ?, ?, ?)")
                            .params(importId, unit.unitCode(), question, option, parsed.weights().get(option), count).update()));
        }
        return parsed.units().size();
    }

    /** The period's stored survey, as the form shows it: source, who, when and how many units; empty if none. */
    public Optional<String> surveySummary(long periodId) {
        return jdbc.sql("select si.source_file, si.imported_by, si.imported_at, (select count(*) from ii_survey_unit su "
                        + "where su.import_id = si.id) from ii_survey_import si where si.period_id = ? order by si.id desc")
                .param(periodId).query((rs, n) -> "Đã nhập kết quả điều tra của " + rs.getInt(4) + " đơn vị"
                        + (rs.getString(1) == null ? " (JSON)" : " từ tệp " + rs.getString(1)) + ", người nhập "
                        + rs.getString(2) + ", lúc " + vn.parindex.common.VietnameseFormat.dateTime(
                        rs.getObject(3, OffsetDateTime.class), zone) + ".").list().stream().findFirst();
    }

    /** What the survey workbook template lists: every unit of the period with its set's questions. */
    public List<SurveyTemplate.UnitQuestions> surveyTemplate(long periodId) {
        Map<String, List<SurveyTemplate.Question>> byUnit = new LinkedHashMap<>();
        jdbc.sql("select pu.unit_code, q.code, q.question_text, q.max_points from ii_period_unit pu join ii_survey_question q "
                        + "on q.set_code = pu.criteria_set_code join org_unit u on u.code = pu.unit_code where pu.period_id = ? "
                        + "order by case u.unit_type when 'DEPARTMENT' then 0 when 'DISTRICT' then 1 else 2 end, pu.unit_code, q.position")
                .param(periodId).query((rs, n) -> byUnit.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new SurveyTemplate.Question(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))).list();
        return byUnit.entrySet().stream().map(e -> new SurveyTemplate.UnitQuestions(e.getKey(),
                orgDirectory.get(e.getKey()).name(), e.getValue())).toList();
    }

    /** The option weights of the period's stored survey, else the year's weights from data. */
    public List<SurveyInput.Option> surveyOptions(long periodId) {
        List<SurveyInput.Option> stored = jdbc.sql("select distinct sa.option_code, sa.weight from ii_survey_answer sa join "
                        + "ii_survey_import si on si.id = sa.import_id where si.period_id = ? order by sa.weight desc, sa.option_code")
                .param(periodId).query((rs, n) -> new SurveyInput.Option(rs.getString(1), rs.getBigDecimal(2), null)).list();
        return stored.isEmpty() ? surveyWeights(periodId).options() : stored;
    }

    /**
     * The answer weights of the period's year, as data gives them (kept under the period: a year a period uses is
     * not reloaded), with their provenance.
     */
    public SurveyTemplate.Weights surveyWeights(long periodId) {
        int year = jdbc.sql("select year from ii_period where id = ?").param(periodId).query(Integer.class).single();
        List<SurveyInput.Option> options = jdbc.sql("select code, weight from ii_survey_weight where year = ? order by position")
                .param(year).query((rs, n) -> new SurveyInput.Option(rs.getString(1), rs.getBigDecimal(2), null)).list();
        return jdbc.sql("select survey_weights_assumption, survey_weights_source from ii_year where year = ?").param(year)
                .query((rs, n) -> new SurveyTemplate.Weights(options, rs.getBoolean(1), rs.getString(2))).single();
    }

    /** The weights are the province's decision (data), not the uploader's: an upload may repeat them, not change them. */
    private static void sameWeightsAsData(Map<String, BigDecimal> uploaded, SurveyTemplate.Weights data,
                                          List<String> problems) {
        Map<String, BigDecimal> expected = data.byCode();
        boolean same = uploaded.size() == expected.size() && expected.entrySet().stream().allMatch(entry ->
                uploaded.containsKey(entry.getKey()) && uploaded.get(entry.getKey()).compareTo(entry.getValue()) == 0);
        if (!uploaded.isEmpty() && !same) {
            problems.add("Trọng số phương án trả lời trong tệp (" + SurveyImport.weightsText(uploaded) + ") khác trọng số "
                    + "của năm trong dữ liệu (" + SurveyImport.weightsText(expected) + ", " + data.provenance() + "). "
                    + "Dùng mẫu tải về từ hệ thống hoặc để trống phần phương án trả lời.");
        }
    }

    private void deleteSurvey(long periodId) {
        jdbc.sql("delete from ii_survey_answer where import_id in (select id from ii_survey_import where period_id = ?)").param(periodId).update();
        jdbc.sql("delete from ii_survey_unit where import_id in (select id from ii_survey_import where period_id = ?)").param(periodId).update();
        jdbc.sql("delete from ii_survey_import where period_id = ?").param(periodId).update();
    }

    public boolean hasSurvey(long periodId) {
        return jdbc.sql("select count(*) from ii_survey_import where period_id = ?").param(periodId).query(Integer.class).single() > 0;
    }

    private Map<String, Map<String, BigDecimal>> surveyQuestionsByUnit(long periodId) {
        Map<String, Map<String, BigDecimal>> byUnit = new LinkedHashMap<>();
        jdbc.sql("select pu.unit_code, q.code, q.max_points from ii_period_unit pu join ii_survey_question q "
                        + "on q.set_code = pu.criteria_set_code where pu.period_id = ? order by pu.unit_code, q.position")
                .param(periodId).query((rs, n) -> byUnit.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3))).list();
        unitCodes(periodId).forEach(unit -> byUnit.putIfAbsent(unit, new LinkedHashMap<>()));
        return byUnit;
    }

    // ------------------------------------------------------------------ index

    /**
     * Computes every unit's index, rank and classification and stores them (replacing an earlier computation): each
     * unit group (unit type) is ranked within itself and classified by its own thresholds.
     */
    @Transactional
    public List<UnitResult> compute(long periodId, OffsetDateTime now) {
        Period period = get(periodId);
        if (!hasSurvey(periodId)) {
            throw new ValidationException("Chưa nhập kết quả điều tra xã hội học của kỳ đánh giá.");
        }
        Map<String, BigDecimal> survey = new HashMap<>();
        jdbc.sql("select su.unit_code, su.survey_points from ii_survey_unit su join ii_survey_import si on si.id = su.import_id "
                + "where si.period_id = ?").param(periodId).query((rs, n) -> survey.put(rs.getString(1), rs.getBigDecimal(2))).list();
        Map<String, List<Scored>> byGroup = new LinkedHashMap<>();
        for (var unit : jdbc.sql("select pu.unit_code, pu.late, cs.max_points, cs.unit_type from ii_period_unit pu join "
                + "ii_criteria_set cs on cs.code = pu.criteria_set_code where pu.period_id = ?").param(periodId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBigDecimal(3), rs.getString(4)}).list()) {
            String code = (String) unit[0];
            BigDecimal appraised = sheet(periodId, code).stream().map(SheetRow::finalScore).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            byGroup.computeIfAbsent((String) unit[3], type -> new ArrayList<>())
                    .add(new Scored(code, appraised, survey.getOrDefault(code, BigDecimal.ZERO), (BigDecimal) unit[2], (Boolean) unit[1]));
        }
        jdbc.sql("delete from ii_result where period_id = ?").param(periodId).update();
        for (var group : byGroup.entrySet()) {
            for (Ranked ranked : IndexCalculator.rank(group.getValue(), thresholds(period.year(), group.getKey()))) {
                Scored unit = ranked.scored();
                jdbc.sql("insert into ii_result (period_id, unit_code, unit_type, appraised_points, survey_points, max_points, "
                                + "index_value, rank_no, classification, late, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(periodId, unit.unitCode(), group.getKey(), unit.appraised(), unit.survey(), unit.max(),
                                ranked.index(), ranked.rank(), ranked.classification(), unit.late(), now).update();
            }
        }
        return results(periodId);
    }

    /** A group's thresholds, highest first (the year's thresholds when the group has none of its own). */
    private List<Threshold> thresholds(int year, String unitType) {
        List<Threshold> own = jdbc.sql("select name, min_index from ii_group_classification where year = ? and unit_type = ? "
                + "order by position").params(year, unitType).query(Threshold.class).list();
        return !own.isEmpty() ? own : jdbc.sql("select name, min_index from ii_classification where year = ? order by position")
                .param(year).query(Threshold.class).list();
    }

    /** The thresholds as the published tables state them: "Tốt ≥ 90; Khá ≥ 80; Trung bình ≥ 65; Yếu". */
    private String thresholdsText(int year, String unitType) {
        return thresholds(year, unitType).stream().map(t -> t.name() + (t.minIndex().signum() > 0
                ? " ≥ " + vn.parindex.common.VietnameseFormat.points(t.minIndex()) : "")).collect(Collectors.joining("; "));
    }

    /** Every unit's result, group by group (departments, districts, communes), each by its rank within the group. */
    public List<UnitResult> results(long periodId) {
        return jdbc.sql("select r.unit_code, u.name as unit_name, r.appraised_points, r.survey_points, r.max_points, r.index_value, r.rank_no, "
                        + "r.classification, r.late, r.unit_type, g.name as group_name from ii_result r join org_unit u on u.code = r.unit_code "
                        + "join ii_period p on p.id = r.period_id left join ii_unit_group g on g.year = p.year and g.unit_type = r.unit_type "
                        + "where r.period_id = ? order by " + GROUP_ORDER + ", r.rank_no, r.unit_code").param(periodId)
                .query(UnitResult.class).list();
    }

    private static final String GROUP_ORDER = "case r.unit_type when 'DEPARTMENT' then 0 when 'DISTRICT' then 1 else 2 end";

    /** The published results, one table per unit group, in the order of {@link #results(long)}. */
    public List<ResultGroup> resultGroups(long periodId) {
        Map<String, List<UnitResult>> byGroup = new LinkedHashMap<>();
        for (UnitResult result : results(periodId)) {
            byGroup.computeIfAbsent(result.unitType(), type -> new ArrayList<>()).add(result);
        }
        int year = get(periodId).year();
        return byGroup.entrySet().stream().map(group -> new ResultGroup(group.getKey(),
                group.getValue().get(0).groupName() == null ? UnitGroups.defaultName(OrgUnitType.valueOf(group.getKey()))
                        : group.getValue().get(0).groupName(), thresholdsText(year, group.getKey()), group.getValue())).toList();
    }

    /** The ranking and every unit's detail, for the published files; empty until the index has been computed. */
    public Optional<Publication> publication(int year) {
        Optional<Period> found = current(year);
        if (found.isEmpty() || results(found.get().id()).isEmpty()) {
            return Optional.empty();
        }
        Period period = found.get();
        long periodId = period.id();
        String publishedBy = jdbc.sql("select published_by from ii_period where id = ?").param(periodId)
                .query(String.class).optional().orElse(null);
        String weights = jdbc.sql("select option_weights from ii_survey_import where period_id = ? order by id desc")
                .param(periodId).query(String.class).list().stream().findFirst().orElse("");
        Map<String, Object[]> surveys = new HashMap<>();
        jdbc.sql("select su.unit_code, su.respondents, su.survey_points from ii_survey_unit su join ii_survey_import si "
                + "on si.id = su.import_id where si.period_id = ?").param(periodId)
                .query((rs, n) -> surveys.put(rs.getString(1), new Object[] {rs.getInt(2), rs.getBigDecimal(3)})).list();
        List<Publication.Line> lines = new ArrayList<>();
        List<Publication.UnitDetail> details = new ArrayList<>();
        for (UnitResult result : results(periodId)) {
            List<SheetRow> sheet = sheet(periodId, result.unitCode());
            BigDecimal self = sheet.stream().map(SheetRow::selfScore).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(new Publication.Line(result.rankNo(), result.unitCode(), result.unitName(), self,
                    result.appraisedPoints(), result.surveyPoints(), result.maxPoints(), result.indexValue(),
                    result.classification(), result.late()));
            String setName = jdbc.sql("select cs.name from ii_period_unit pu join ii_criteria_set cs on cs.code = "
                    + "pu.criteria_set_code where pu.period_id = ? and pu.unit_code = ?").params(periodId, result.unitCode())
                    .query(String.class).single();
            Object[] survey = surveys.get(result.unitCode());
            details.add(new Publication.UnitDetail(result.unitCode(), result.unitName(), setName, sheet,
                    survey == null ? null : (Integer) survey[0], result.surveyPoints()));
        }
        List<Publication.Group> groups = resultGroups(periodId).stream().map(group -> new Publication.Group(group.unitType(),
                group.name(), group.thresholds(), lines.stream().filter(line -> group.results().stream()
                        .anyMatch(result -> result.unitCode().equals(line.unitCode()))).toList())).toList();
        String thresholds = groups.stream().map(group -> group.name() + ": " + group.thresholds())
                .collect(Collectors.joining(". "));
        return Optional.of(new Publication(year, "PUBLISHED".equals(period.status()), period.publishedAt(), publishedBy,
                thresholds, weights, lines, details, groups, period.decisionNumber(), period.decisionDate()));
    }

    // ------------------------------------------------------------------ decisions, publication

    public void decide(long periodId, String unitCode, String step, String decision, String comment, String by) {
        decisions.record(work(periodId), unitCode, step, 0, decision, comment, by, null);
    }

    /** The latest comment of a return, for the form that follows it. */
    public Optional<String> lastComment(long periodId, String step) {
        List<LoggedDecision> logged = decisions.history(work(periodId)).stream()
                .filter(decision -> decision.step().equals(step)).toList();
        return logged.isEmpty() ? Optional.empty() : Optional.ofNullable(logged.get(logged.size() - 1).comment());
    }

    public List<String> decisions(long periodId) {
        return decisions.history(work(periodId)).stream().map(decision -> decision.step() + ":" + decision.decision())
                .toList();
    }

    private static WorkRef work(long periodId) {
        return WorkRef.of("INTERNAL_INDEX", periodId);
    }

    /**
     * Records the Chairman's decision publishing the index (Quyết định công bố): its number and date, checked and
     * stored together or not at all (every problem refused at once, in Vietnamese).
     */
    @Transactional
    public void recordDecision(long periodId, Object number, Object date, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        String decisionNumber = vn.parindex.common.FormInput.requiredText(number, "số quyết định công bố", 100, problems);
        LocalDate decisionDate = vn.parindex.common.FormInput.requiredDate(date, "ngày ký quyết định công bố", problems);
        if (decisionDate != null && decisionDate.isAfter(now.atZoneSameInstant(zone).toLocalDate())) {
            problems.add("Ngày ký quyết định công bố (" + vn.parindex.common.VietnameseFormat.date(decisionDate)
                    + ") chưa đến; vui lòng nhập ngày đã ký.");
        }
        if (decisionDate != null && decisionDate.getYear() < get(periodId).year()) {
            problems.add("Ngày ký quyết định công bố phải từ năm " + get(periodId).year() + " trở đi.");
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("update ii_period set decision_number = ?, decision_date = ? where id = ?")
                .params(decisionNumber, decisionDate, periodId).update();
    }

    @Transactional
    public void publish(long periodId, String by, OffsetDateTime now) {
        jdbc.sql("update ii_period set status = 'PUBLISHED', open_year = null, published_by = ?, published_at = ? where id = ?")
                .params(by, now, periodId).update();
    }

    /** Every unit's step in the period at {@code now}, departments first, then communes (by code). */
    public List<UnitProgress> progress(long periodId, OffsetDateTime now) {
        Period period = get(periodId);
        return jdbc.sql("select pu.unit_code, u.name, u.unit_type, pu.status, pu.late from ii_period_unit pu join org_unit u "
                        + "on u.code = pu.unit_code where pu.period_id = ? order by case u.unit_type when 'DEPARTMENT' then 0 when 'DISTRICT' then 1 else 2 end, pu.unit_code").param(periodId)
                .query((rs, n) -> {
                    String status = rs.getString(4);
                    OffsetDateTime due = "PUBLISHED".equals(period.status()) ? null : UnitProgress.dueOf(status, period);
                    return new UnitProgress(rs.getString(1), rs.getString(2), rs.getString(3), status,
                            UnitProgress.stepText(status), due, due != null && now.isAfter(due), rs.getBoolean(5));
                }).list();
    }

    /** Units that have to be listed with the period, for the page: code → status (late units included). */
    public Map<String, String> unitStatuses(long periodId) {
        Map<String, String> statuses = new LinkedHashMap<>();
        jdbc.sql("select unit_code, status from ii_period_unit where period_id = ? order by unit_code").param(periodId)
                .query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2))).list();
        return statuses;
    }
}
