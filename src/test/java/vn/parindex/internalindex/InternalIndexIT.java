package vn.parindex.internalindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.internalindex.process.InternalIndexProcess.*;

import jakarta.servlet.Filter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.process.InternalIndexProcessService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * A 2026 internal index on PostgreSQL: two units self-score, the others are locked out at the deadline; STP accepts
 * round 1, SNV contests and the council decides round 2; the survey is imported; the index and ranking are checked
 * to 0,01 against values computed by hand. Bad input is refused with Vietnamese messages and nothing is stored.
 *
 * <pre>
 * criteria max 12+8+14+8+10+6+12 = 70, survey 3 × 10 = 30, max 100; weights A 100 %, B 60 %, C 20 %, D 0 %
 * STP: self 63; round 1: criterion 3 14→12 ⇒ 62 (accepted)
 *      survey (10 respondents) KS1 6A 4B = 8,40; KS2 5A 3B 2C = 7,20; KS3 10A = 10 ⇒ 25,60; index 87,60 Khá
 * SNV: self 70; round 1: 1 → 10, 7 → 9 ⇒ 65; round 2: 1 → 11,5 ⇒ 66,5
 *      survey (9) KS1 9A = 10; KS2 8A 1B = 9,5556; KS3 7A 2C = 8,2222 ⇒ 27,78; index 94,28 Tốt
 * others (late, 0 appraised): survey (4) KS1 2A 1B 1D = 6,5; KS2 4B = 6; KS3 4C = 2 ⇒ 14,50; index 14,50 Yếu
 * ranking: SNV 1, STP 2, every other unit 3 (equal index)
 * </pre>
 */
class InternalIndexIT extends PostgresSpringTest {

    @Autowired
    InternalIndexProcessService processes;
    @Autowired
    InternalIndexService index;
    @Autowired
    InternalIndexDriver driver;
    @Autowired
    InternalIndexSummary summary;
    @Autowired
    vn.parindex.cycle.process.CycleProcessService cycles;
    @Autowired
    vn.parindex.support.TestCycles testCycles;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc web;
    ProcessInstance period;
    long periodId;

    @BeforeEach
    void open() {
        web = MockMvcBuilders.webAppContextSetup(context).addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
        EngineClock.set(EngineClock.at(2026, 11, 2, 8, 0));
        period = processes.start(2026);
        periodId = index.findOpen(2026).orElseThrow().id();
    }

    @AfterEach
    void remove() {
        driver.removeAll();
        testCycles.removeAll();
    }

    @Test
    void twoRoundsAndTheSurveyGiveTheHandComputedIndexAndRanking() throws Exception {
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "STP"), 11, 7, 13, 7, 9, 5, 11);
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "SNV"), 12, 8, 14, 8, 10, 6, 12);
        int units = index.unitCodes(periodId).size();
        InternalIndexSummary.Line running = summary.of(2026);
        assertThat(running.hasPeriod()).isTrue();
        assertThat(running.published()).isFalse();
        assertThat(running.units()).isEqualTo(units);
        assertThat(running.steps()).containsEntry("Thẩm định vòng 1", 2L).containsEntry("Đang tự chấm điểm", (long) units - 2);
        assertThat(running.overdue()).isZero();
        EngineClock.runTimersUntil(management, PROCESS_KEY, EngineClock.at(2026, 12, 11, 8, 0));
        assertThat(summary.of(2026).steps()).containsEntry("Không nộp tự chấm đúng hạn (đã khóa)", (long) units - 2);
        assertThat(summary.of(2025).hasPeriod()).isFalse();

        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "STP"), Map.of("3", 12.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "STP"), "ACCEPT", Map.of());
        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "SNV"), Map.of("1", 10.0, "7", 9.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "SNV"), "CONTEST", Map.of(
                "1", "Đã ban hành Kế hoạch CCHC số 10/KH-SNV ngày 05/01/2026.", "7", "Tỷ lệ hồ sơ trực tuyến đạt 82%."));
        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND2, "SNV"), Map.of("1", 11.5));

        tasks.complete(driver.task(period.getId(), IMPORT_SURVEY, null).getId(), Map.of(SURVEY_JSON, survey()));
        tasks.complete(driver.task(period.getId(), CHAIRMAN_APPROVAL, null).getId(), InternalIndexDriver.approval("125/QĐ-UBND"));

        Map<String, UnitResult> results = index.results(periodId).stream()
                .collect(Collectors.toMap(UnitResult::unitCode, r -> r));
        assertThat(results).hasSize(index.unitCodes(periodId).size());
        UnitResult snv = results.get("SNV");
        assertThat(snv.appraisedPoints()).isEqualByComparingTo("66.50");
        assertThat(snv.surveyPoints()).isEqualByComparingTo("27.78");
        assertThat(snv.maxPoints()).isEqualByComparingTo("100");
        assertThat(snv.indexValue()).isEqualByComparingTo("94.28");
        assertThat(snv.rankNo()).isEqualTo(1);
        assertThat(snv.classification()).isEqualTo("Tốt");
        UnitResult stp = results.get("STP");
        assertThat(stp.appraisedPoints()).isEqualByComparingTo("62.00");
        assertThat(stp.surveyPoints()).isEqualByComparingTo("25.60");
        assertThat(stp.indexValue()).isEqualByComparingTo("87.60");
        assertThat(stp.rankNo()).isEqualTo(2);
        assertThat(stp.classification()).isEqualTo("Khá");
        UnitResult late = results.get("SCT");
        assertThat(late.late()).isTrue();
        assertThat(late.appraisedPoints()).isEqualByComparingTo("0");
        assertThat(late.indexValue()).isEqualByComparingTo("14.50");
        assertThat(late.rankNo()).isEqualTo(3);
        assertThat(late.classification()).isEqualTo("Yếu");
        // ranked within their group: the other departments tie third, the communes and wards have their own ranking
        assertThat(results.values()).filteredOn(r -> !List.of("SNV", "STP").contains(r.unitCode()))
                .filteredOn(r -> r.unitType().equals("DEPARTMENT"))
                .allSatisfy(r -> assertThat(r.rankNo()).isEqualTo(3));
        assertThat(results.values()).filteredOn(r -> r.unitType().equals("COMMUNE")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.rankNo()).isEqualTo(1))
                .allSatisfy(r -> assertThat(r.groupName()).isEqualTo("Ủy ban nhân dân các xã, phường"));
        assertThat(index.get(periodId).decisionNumber()).isEqualTo("125/QĐ-UBND");
        assertThat(jdbc.sql("select count(*) from ii_explanation where unit_code = 'SNV'").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select score from ii_item_score where unit_code = 'SNV' and criterion_code = '7' and stage = 'ROUND2'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("9");

        web.perform(get("/pages/internal-index").param("year", "2026").header("Authorization", basic("chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đã công bố")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("94,28")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("87,60")));
        web.perform(get("/api/internal-index/2026").header("Authorization", basic("snvdieuphoi")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.results[0].unitCode").value("SNV"))
                .andExpect(jsonPath("$.results[0].indexValue").value(94.28))
                .andExpect(jsonPath("$.results[1].classification").value("Khá"));
        web.perform(get("/api/internal-index/2026").header("Authorization", basic("stpchuyenvien")))
                .andExpect(status().isForbidden());

        InternalIndexSummary.Line published = summary.of(2026);
        assertThat(published.published()).isTrue();
        assertThat(published.classifications()).containsExactly(Map.entry("Tốt", 1L), Map.entry("Khá", 1L),
                Map.entry("Yếu", (long) units - 2));
        // the first of each group: SNV among the departments, the communes (all late, tied) among themselves
        assertThat(published.first()).first().isEqualTo(results.get("SNV").unitName());
        assertThat(published.first()).contains(results.get("PPHANTHIET").unitName());
        // the progress dashboard of the year's cycle carries the line
        cycles.start(2026, vn.parindex.cycle.DeadlineDates.none());
        web.perform(get("/pages/dashboard").param("year", "2026").header("Authorization", basic("chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ số CCHC của các cơ quan, đơn vị năm 2026</a>:")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tốt: 1 · Khá: 1 · Yếu: " + (units - 2))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("xếp thứ nhất: " + results.get("SNV").unitName())));
        web.perform(get("/api/internal-index/2019").header("Authorization", basic("snvdieuphoi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aScoreAboveTheMaximumIsRefusedAndNothingIsStored() {
        var task = driver.task(period.getId(), SELF_SCORE, "STP");
        assertThatThrownBy(() -> driver.selfScore(task, 11, 7, 15, 7, 9, 5, 11))
                .hasRootCauseInstanceOf(ValidationException.class)
                .rootCause().hasMessageContaining("Tiêu chí 3: điểm tự đánh giá 15 vượt điểm tối đa 14.");
        assertThatThrownBy(() -> driver.submitRows(task, (row, code) -> {
            row.put("score", 1);
            row.put("evidenceRef", "");
            row.put("selfNote", "");
        }, Map.of())).rootCause().hasMessageContaining("không có tài liệu kiểm chứng thì phải nhập giải trình");
        assertThatThrownBy(() -> driver.submitRows(task, (row, code) -> {
            row.put("code", "9".equals(code) ? "9" : code.replace("7", "99"));
            row.put("score", 1);
            row.put("evidenceRef", "CV 1");
        }, Map.of())).rootCause().hasMessageContaining("Tiêu chí \"99\" không thuộc bộ tiêu chí của đơn vị.")
                .hasMessageContaining("Thiếu điểm của tiêu chí 7.");
        assertThat(jdbc.sql("select count(*) from ii_item_score").query(Integer.class).single()).isZero();
        assertThat(index.unitStatus(periodId, "STP")).isEqualTo("SELF_SCORING");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void anAppraisalThatChangesAScoreNeedsAReasonAndAContestNeedsAnExplanation() {
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "STP"), 11, 7, 13, 7, 9, 5, 11);
        var round1 = driver.task(period.getId(), APPRAISE_ROUND1, "STP");
        assertThatThrownBy(() -> driver.submitRows(round1, (row, code) -> row.put("appraisedScore", "1".equals(code) ? 12.5 : row.get("appraisedScore")),
                Map.of())).rootCause().hasMessageContaining("Tiêu chí 1: điểm thẩm định 12.5 vượt điểm tối đa 12.");
        assertThatThrownBy(() -> driver.submitRows(round1, (row, code) -> row.put("appraisedScore", "1".equals(code) ? 9 : row.get("appraisedScore")),
                Map.of())).rootCause().hasMessageContaining("Tiêu chí 1: điểm thẩm định khác điểm tự chấm thì phải ghi lý do.");
        assertThat(jdbc.sql("select count(*) from ii_item_score where stage = 'ROUND1'").query(Integer.class).single()).isZero();

        driver.appraise(round1, Map.of("1", 9.0));
        var explain = driver.task(period.getId(), EXPLAIN, "STP");
        assertThatThrownBy(() -> driver.explain(explain, "CONTEST", Map.of()))
                .rootCause().hasMessage("Đề nghị thẩm định lại thì phải giải trình ít nhất một tiêu chí.");
        assertThatThrownBy(() -> driver.explain(explain, "", Map.of()))
                .rootCause().hasMessageContaining("Vui lòng chọn: đồng ý kết quả thẩm định");
        assertThat(index.unitStatus(periodId, "STP")).isEqualTo("APPRAISED");
    }

    /**
     * The answer weights are data of the year (year-2026.yaml, surveyWeights, the province's assumption): the form says
     * so, an upload without weights is scored with them, a changed weight in data changes the score, and an upload
     * that brings other weights is refused. SCT's answers (4 respondents): KS1 2A 1B 1D, KS2 4B, KS3 4C.
     */
    @Test
    void theSurveyWeightsComeFromTheYearsDataMarkedAsTheProvincesAssumption() throws Exception {
        String importTask = driver.task(period.getId(), IMPORT_SURVEY, null).getId();
        assertThat((String) tasks.getVariableLocal(importTask, "surveyWeights")).isEqualTo("A 100%, B 60%, C 20%, D 0% "
                + "(giả định của tỉnh, không phải số liệu chính thức: không có văn bản của tỉnh hoặc Bộ Nội vụ quy định "
                + "trọng số phương án trả lời phiếu điều tra xã hội học).");
        var upload = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(InternalIndexDriver.survey(index.unitCodes(periodId), Map.of()));
        upload.remove("options");
        String withoutWeights = upload.toString();
        assertThat(withoutWeights).doesNotContain("weight");
        OffsetDateTime now = OffsetDateTime.now();
        // 10 × (2×100 + 60 + 0)/400 + 10 × 60/100 + 10 × 20/100 = 6,5 + 6 + 2
        index.importSurvey(periodId, withoutWeights, "snvchuyenvien", now);
        assertThat(surveyPoints("SCT")).isEqualByComparingTo("14.50");
        assertThat(jdbc.sql("select option_weights from ii_survey_import").query(String.class).single())
                .isEqualTo("A=100%, B=60%, C=20%, D=0% (giả định của tỉnh, không phải số liệu chính thức: không có văn bản "
                        + "của tỉnh hoặc Bộ Nội vụ quy định trọng số phương án trả lời phiếu điều tra xã hội học)");

        Integer storedB = jdbc.sql("select weight from ii_survey_weight where year = 2026 and code = 'B'")
                .query(Integer.class).single();
        try {
            // the province's decision sets B at 50 %: 10 × (200 + 50)/400 + 10 × 50/100 + 2 = 6,25 + 5 + 2
            jdbc.sql("update ii_survey_weight set weight = 50 where year = 2026 and code = 'B'").update();
            index.importSurvey(periodId, withoutWeights, "snvchuyenvien", now);
            assertThat(surveyPoints("SCT")).isEqualByComparingTo("13.25");
            assertThat(index.surveyOptions(periodId)).extracting(SurveyInput.Option::weight)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100"),
                            new BigDecimal("50"), new BigDecimal("20"), BigDecimal.ZERO);
            // the uploader cannot bring other weights than the year's
            assertThatThrownBy(() -> index.importSurvey(periodId, InternalIndexDriver.survey(index.unitCodes(periodId),
                    Map.of()), "snvchuyenvien", now)).isInstanceOf(ValidationException.class).hasMessageContaining(
                    "Trọng số phương án trả lời trong tệp (A=100%, B=60%, C=20%, D=0%) khác trọng số của năm trong dữ "
                            + "liệu (A=100%, B=50%, C=20%, D=0%, giả định của tỉnh");
            assertThat(surveyPoints("SCT")).isEqualByComparingTo("13.25");
        } finally {
            jdbc.sql("update ii_survey_weight set weight = ? where year = 2026 and code = 'B'").param(storedB).update();
        }
    }

    private BigDecimal surveyPoints(String unit) {
        return jdbc.sql("select su.survey_points from ii_survey_unit su join ii_survey_import si on si.id = su.import_id "
                + "where si.period_id = ? and su.unit_code = ?").params(periodId, unit).query(BigDecimal.class).single();
    }

    @Test
    void badSurveyFilesAreRefusedWithVietnameseMessagesAndNothingIsStored() {
        String importTask = driver.task(period.getId(), IMPORT_SURVEY, null).getId();
        List<String> units = index.unitCodes(periodId);

        List<String> withUnknownUnit = new ArrayList<>(units);
        withUnknownUnit.add("XYZ");
        assertRefused(importTask, InternalIndexDriver.survey(withUnknownUnit, Map.of()), "Không có đơn vị mã \"XYZ\".");
        assertRefused(importTask, InternalIndexDriver.survey(units.subList(1, units.size()), Map.of()),
                "Thiếu kết quả điều tra của đơn vị " + units.get(0) + ".");
        assertRefused(importTask, InternalIndexDriver.survey(units, Map.of("STP", Map.of("unit", "STP", "respondents", 10,
                "answers", Map.of("KS1", Map.of("A", 6, "B", 3), "KS2", Map.of("A", 10), "KS3", Map.of("A", 10))))),
                "Đơn vị STP, câu KS1: tổng số phiếu trả lời (9) khác số người được khảo sát (10).");
        assertRefused(importTask, InternalIndexDriver.survey(units, Map.of("STP", Map.of("unit", "STP", "respondents", 1,
                "answers", Map.of("KS1", Map.of("A", 1), "KS2", Map.of("A", 1), "KS3", Map.of("A", 1), "KS9", Map.of("A", 1))))),
                "Đơn vị STP: câu hỏi \"KS9\" không có trong bộ câu hỏi khảo sát.");
        assertRefused(importTask, InternalIndexDriver.survey(units, Map.of()).replace("\"weight\":100", "\"weight\":120"),
                "Trọng số của phương án A (120%) phải từ 0 đến 100%.");
        assertRefused(importTask, InternalIndexDriver.survey(units, Map.of()).replace("\"weight\":100", "\"weight\":90"),
                "Phương án tốt nhất phải có trọng số 100% (ví dụ 100/60/20/0%).");
        assertRefused(importTask, "không phải JSON", "không đúng định dạng JSON");

        assertThat(jdbc.sql("select count(*) from ii_survey_import").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ii_survey_unit").query(Integer.class).single()).isZero();
        assertThat(tasks.createTaskQuery().taskId(importTask).count()).isEqualTo(1);
    }

    private void assertRefused(String taskId, String json, String message) {
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of(SURVEY_JSON, json)))
                .hasRootCauseInstanceOf(ValidationException.class).rootCause().hasMessageContaining(message);
    }

    /** The hand-computed survey of the class comment. */
    private String survey() {
        Map<String, Map<String, Object>> perUnit = new HashMap<>();
        perUnit.put("STP", Map.of("unit", "STP", "respondents", 10, "answers", Map.of(
                "KS1", Map.of("A", 6, "B", 4), "KS2", Map.of("A", 5, "B", 3, "C", 2), "KS3", Map.of("A", 10))));
        perUnit.put("SNV", Map.of("unit", "SNV", "respondents", 9, "answers", Map.of(
                "KS1", Map.of("A", 9), "KS2", Map.of("A", 8, "B", 1), "KS3", Map.of("A", 7, "C", 2))));
        return InternalIndexDriver.survey(index.unitCodes(periodId), perUnit);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
