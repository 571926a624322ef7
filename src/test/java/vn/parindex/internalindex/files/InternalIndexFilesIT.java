package vn.parindex.internalindex.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.internalindex.process.InternalIndexProcess.*;

import jakarta.servlet.Filter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.workflow.PersonNames;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexDriver;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.process.InternalIndexProcessService;
import vn.parindex.support.ReportsApi;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * The internal index's files on PostgreSQL: the survey template downloaded, filled as in Excel and uploaded (the
 * hand-computed survey of InternalIndexIT, so the index must again be SNV 94,28 and STP 87,60), a catalogue of broken
 * files each refused naming sheet and row with nothing stored, and the ranking as .xlsx and .docx (draft before the
 * Chairman's approval, published after), read back with POI, kept as versions.
 */
class InternalIndexFilesIT extends PostgresSpringTest {

    private static final String TEMPLATE = "/api/internal-index/2026/survey-workbook";
    /** Respondents and answers A, B, C, D of the hand-computed survey; every other unit as {@link #OTHERS}. */
    private static final Map<String, int[][]> HAND = Map.of(
            "STP", new int[][] {{10, 6, 4, 0, 0}, {10, 5, 3, 2, 0}, {10, 10, 0, 0, 0}},
            "SNV", new int[][] {{9, 9, 0, 0, 0}, {9, 8, 1, 0, 0}, {9, 7, 0, 2, 0}});
    private static final int[][] OTHERS = {{4, 2, 1, 0, 1}, {4, 0, 4, 0, 0}, {4, 0, 0, 4, 0}};

    @Autowired
    InternalIndexProcessService processes;
    @Autowired
    InternalIndexService index;
    @Autowired
    InternalIndexDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    ReportsApi api;
    MockMvc pages;
    ProcessInstance period;
    long periodId;

    @BeforeEach
    void open() {
        api = new ReportsApi(context);
        pages = MockMvcBuilders.webAppContextSetup(context).addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
        EngineClock.set(EngineClock.at(2026, 11, 2, 8, 0));
        period = processes.start(2026);
        periodId = index.findOpen(2026).orElseThrow().id();
    }

    @AfterEach
    void remove() {
        driver.removeAll();
    }

    @Test
    void theFilledTemplateGivesTheHandComputedIndexAndTheRankingFilesShowIt() throws Exception {
        appraiseAsInTheHandComputedExample();

        byte[] template = ok(api.get("snvdieuphoi", TEMPLATE));
        try (XSSFWorkbook workbook = TestWorkbooks.open(template)) {
            Sheet answers = workbook.getSheet(SurveyWorkbook.ANSWERS);
            assertThat(TestWorkbooks.text(answers, 3, 0)).isEqualTo("Mã đơn vị");
            assertThat(TestWorkbooks.text(answers, 3, 6)).isEqualTo("Số phiếu A");
            assertThat(TestWorkbooks.text(answers, 3, 9)).isEqualTo("Số phiếu D");
            assertThat(answers.getLastRowNum() + 1 - 3).isEqualTo(index.unitCodes(periodId).size() * 3);
            assertThat(rowsOf(answers)).containsKeys("STP/KS1", "SNV/KS3", "PPHANTHIET/KS2");
            Sheet options = workbook.getSheet(SurveyWorkbook.OPTIONS);
            assertThat(List.of(TestWorkbooks.text(options, 2, 0), TestWorkbooks.text(options, 5, 0))).containsExactly("A", "D");
            assertThat(List.of(TestWorkbooks.number(options, 2, 1), TestWorkbooks.number(options, 3, 1),
                    TestWorkbooks.number(options, 4, 1), TestWorkbooks.number(options, 5, 1))).containsExactly(100.0, 60.0, 20.0, 0.0);
        }
        // another unit's officer does not see the survey task at all
        assertThat(api.get("stpchuyenvien", TEMPLATE).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.upload("stpchuyenvien", TEMPLATE, "khao-sat.xlsx", filled(template, workbook -> { }))
                .getResponse().getStatus()).isEqualTo(404);

        MvcResult uploaded = api.upload("snvdieuphoi", TEMPLATE, "khao-sat.xlsx", filled(template, workbook -> { }));
        assertThat(uploaded.getResponse().getStatus()).as(ReportsApi.text(uploaded)).isEqualTo(200);
        assertThat(ReportsApi.text(uploaded)).contains("\"units\":" + index.unitCodes(periodId).size());
        assertThat(jdbc.sql("select source_file from ii_survey_import").query(String.class).single()).isEqualTo("khao-sat.xlsx");
        String surveyTask = driver.task(period.getId(), IMPORT_SURVEY, null).getId();
        assertThat((String) tasks.getVariableLocal(surveyTask, SURVEY_STATUS)).contains("từ tệp khao-sat.xlsx", "snvdieuphoi");
        tasks.complete(surveyTask, Map.of(SURVEY_JSON, ""));

        String approval = driver.task(period.getId(), CHAIRMAN_APPROVAL, null).getId();
        assertThat(tasks.getVariableLocal(approval, RANKING_XLSX_URL)).isEqualTo("/api/internal-index/2026/reports/ranking.xlsx");
        assertThat(tasks.getVariableLocal(approval, RANKING_DOCX_URL)).isEqualTo("/api/internal-index/2026/reports/ranking.docx");
        try (XSSFWorkbook draft = TestWorkbooks.open(ok(api.get("chutich", "/api/internal-index/2026/reports/ranking.xlsx")))) {
            assertThat(TestWorkbooks.text(draft.getSheet(RankingWorkbook.RANKING), 2, 0)).contains("DỰ THẢO");
        }
        tasks.complete(approval, InternalIndexDriver.approval("125/QĐ-UBND"));

        try (XSSFWorkbook published = TestWorkbooks.open(ok(api.get("chutich", "/api/internal-index/2026/reports/ranking.xlsx")))) {
            Sheet ranking = published.getSheet(RankingWorkbook.RANKING);
            assertThat(TestWorkbooks.text(ranking, 2, 0)).contains("Đã được Chủ tịch UBND tỉnh phê duyệt").doesNotContain("DỰ THẢO");
            assertThat(TestWorkbooks.text(ranking, 4, 7)).isEqualTo("Chỉ số (%)");
            // rank, unit, self, appraised, survey, max, index, classification
            assertThat(TestWorkbooks.number(ranking, 5, 0)).isEqualTo(1.0);
            assertThat(TestWorkbooks.text(ranking, 5, 1)).isEqualTo("SNV");
            assertThat(TestWorkbooks.number(ranking, 5, 3)).isEqualTo(70.0);
            assertThat(TestWorkbooks.number(ranking, 5, 4)).isEqualTo(66.5);
            assertThat(TestWorkbooks.number(ranking, 5, 5)).isEqualTo(27.78);
            assertThat(TestWorkbooks.number(ranking, 5, 6)).isEqualTo(100.0);
            assertThat(TestWorkbooks.number(ranking, 5, 7)).isEqualTo(94.28);
            assertThat(TestWorkbooks.text(ranking, 5, 8)).isEqualTo("Tốt");
            assertThat(ranking.getRow(4).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(TestWorkbooks.text(ranking, 6, 1)).isEqualTo("STP");
            assertThat(TestWorkbooks.number(ranking, 6, 3)).isEqualTo(63.0);
            assertThat(TestWorkbooks.number(ranking, 6, 4)).isEqualTo(62.0);
            assertThat(TestWorkbooks.number(ranking, 6, 5)).isEqualTo(25.6);
            assertThat(TestWorkbooks.number(ranking, 6, 7)).isEqualTo(87.6);
            assertThat(TestWorkbooks.text(ranking, 6, 8)).isEqualTo("Khá");
            assertThat(TestWorkbooks.number(ranking, 7, 0)).as("a late department: third among the departments").isEqualTo(3.0);
            assertThat(TestWorkbooks.number(ranking, 7, 7)).isEqualTo(14.5);
            assertThat(TestWorkbooks.text(ranking, 7, 9)).isEqualTo("Không nộp kết quả tự chấm đúng hạn");
            // one table per unit group: its title (name and thresholds), its header, its units ranked within it
            assertThat(TestWorkbooks.text(ranking, 3, 0)).isEqualTo("I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN TỈNH "
                    + "(xếp loại: Tốt ≥ 90; Khá ≥ 80; Trung bình ≥ 65; Yếu)");
            List<Integer> titles = new java.util.ArrayList<>();
            int ranked = 0;
            for (org.apache.poi.ss.usermodel.Row row : ranking) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    ranked++;
                } else if (first != null && first.getStringCellValue().matches("^[IV]+\\. .*")) {
                    titles.add(row.getRowNum());
                }
            }
            assertThat(ranked).isEqualTo(index.unitCodes(periodId).size());
            assertThat(titles).hasSize(2);
            assertThat(ranking.getRow(titles.get(1)).getCell(0).getStringCellValue()).startsWith("II. ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG");
            // the communes are ranked among themselves, from 1
            assertThat(ranking.getRow(titles.get(1) + 2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(TestWorkbooks.text(ranking, 2, 0)).contains("theo Quyết định số 125/QĐ-UBND ngày");

            Sheet detail = published.getSheet(RankingWorkbook.DETAIL);
            // SNV first: 7 criteria, then its survey row; criterion 1: self 12, round 1 10, round 2 11,5
            assertThat(TestWorkbooks.text(detail, 4, 0)).isEqualTo("SNV");
            assertThat(List.of(TestWorkbooks.number(detail, 4, 5), TestWorkbooks.number(detail, 4, 6),
                    TestWorkbooks.number(detail, 4, 7), TestWorkbooks.number(detail, 4, 8))).containsExactly(12.0, 10.0, 11.5, 11.5);
            assertThat(TestWorkbooks.text(detail, 11, 2)).isEqualTo("KS");
            assertThat(TestWorkbooks.text(detail, 11, 3)).contains("9 người được khảo sát");
            assertThat(TestWorkbooks.number(detail, 11, 8)).isEqualTo(27.78);
            assertThat(TestWorkbooks.number(detail, 11, 4)).isEqualTo(30.0);
        }

        byte[] decision = ok(api.get("hoidongthamdinh", "/api/internal-index/2026/reports/ranking.docx"));
        // the People's Committee's decision publishing the index, in the layout of Nghị định 30/2020
        String publishedBy = index.publication(2026).orElseThrow().publishedBy();
        OfficialLayoutAssertions.assertOfficialLayout(decision, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "QĐ-UBND", "Lâm Đồng", "QUYẾT ĐỊNH",
                "Công bố Chỉ số cải cách hành chính năm 2026 của các cơ quan, đơn vị", null, null,
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                publishedBy == null ? null : context.getBean(PersonNames.class).fullName(publishedBy)));
        String document = docxText(decision);
        assertThat(document).contains("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                "Đã được Chủ tịch UBND tỉnh phê duyệt", "94,28", "87,60", "27,78", "66,50", "Tốt", "Khá", "Yếu",
                "Sở Nội vụ — hạng 1, chỉ số 94,28, Tốt", "11,50").doesNotContain("DỰ THẢO");
        // one ranking table per unit group, and the decision that published them
        assertThat(document).contains("1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "2. Ủy ban nhân dân các xã, phường",
                "Xếp loại: Tốt ≥ 90; Khá ≥ 80; Trung bình ≥ 65; Yếu.", "theo Quyết định số 125/QĐ-UBND ngày");
        assertThat(api.get("stpchuyenvien", "/api/internal-index/2026/reports/ranking.docx").getResponse().getStatus()).isEqualTo(403);

        String listing = ReportsApi.text(api.get("snvdieuphoi", "/api/internal-index/2026/reports"));
        assertThat(listing).contains("\"version\":2", "ranking.docx", "\"published\":false", "\"published\":true");
        byte[] first = ok(api.get("snvdieuphoi", "/api/internal-index/2026/reports/ranking.xlsx/versions/1"));
        try (XSSFWorkbook draft = TestWorkbooks.open(first)) {
            assertThat(TestWorkbooks.text(draft.getSheet(RankingWorkbook.RANKING), 2, 0)).contains("DỰ THẢO");
        }
        assertThat(api.get("snvdieuphoi", "/api/internal-index/2026/reports/ranking.xlsx/versions/9").getResponse().getStatus())
                .isEqualTo(404);

        String page = page("hoidongthamdinh", "/pages/internal-index?year=2026");
        assertThat(page).contains("Đã công bố", "94,28", "/api/internal-index/2026/reports/ranking.xlsx",
                "/api/internal-index/2026/reports/ranking.docx", "Đã có kết quả thẩm định", "Không nộp tự chấm đúng hạn (đã khóa)",
                "UBND phường Phan Thiết", "Xã, phường");
        assertThat(page).contains("1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "2. Ủy ban nhân dân các xã, phường",
                "data-group=\"DEPARTMENT\"", "data-group=\"COMMUNE\"", "Công bố theo Quyết định số <b>125/QĐ-UBND</b>");
    }

    @Test
    void afterTheChairmansReturnTheWorkingTeamUploadsACorrectedSurveyAndTheIndexIsComputedAgain() {
        appraiseAsInTheHandComputedExample();
        byte[] template = ok(api.get("snvdieuphoi", TEMPLATE));
        ok(api.upload("snvdieuphoi", TEMPLATE, "khao-sat.xlsx", filled(template, workbook -> { })));
        tasks.complete(driver.task(period.getId(), IMPORT_SURVEY, null).getId(), Map.of(SURVEY_JSON, ""));
        tasks.complete(driver.task(period.getId(), CHAIRMAN_APPROVAL, null).getId(),
                Map.of(DECISION, "RETURN", COMMENT, "Đề nghị kiểm tra lại phiếu khảo sát câu KS3 của Sở Tư pháp."));

        String revise = driver.task(period.getId(), REVISE, null).getId();
        assertThat(tasks.getVariableLocal(revise, SURVEY_TEMPLATE_URL)).isEqualTo(TEMPLATE);
        assertThat((String) tasks.getVariableLocal(revise, SURVEY_STATUS)).contains("từ tệp khao-sat.xlsx");
        assertThat(api.get("snvdieuphoi", TEMPLATE).getResponse().getStatus()).isIn(403, 404);
        byte[] again = ok(api.get("togiupviec", TEMPLATE));
        // STP, KS3: 5 A and 5 B instead of 10 A ⇒ 10 × (5 × 100 % + 5 × 60 %) / 10 = 8 points; survey 23,60, index 85,60
        byte[] corrected = filled(again, workbook -> {
            int row = rowsOf(answers(workbook)).get("STP/KS3");
            TestWorkbooks.cell(answers(workbook), row, 6).setCellValue(5);
            TestWorkbooks.cell(answers(workbook), row, 7).setCellValue(5);
        });
        ok(api.upload("togiupviec", TEMPLATE, "khao-sat-sua.xlsx", corrected));
        assertThat((String) tasks.getVariableLocal(revise, SURVEY_STATUS)).contains("từ tệp khao-sat-sua.xlsx", "togiupviec");
        tasks.complete(revise, Map.of(SURVEY_JSON, "", REVISION_NOTE, "Đã đối chiếu phiếu gốc, sửa câu KS3 của Sở Tư pháp."));

        assertThat(driver.openTasks(period.getId(), CHAIRMAN_APPROVAL)).hasSize(1);
        var stp = index.results(periodId).stream().filter(r -> r.unitCode().equals("STP")).findFirst().orElseThrow();
        assertThat(stp.surveyPoints()).isEqualByComparingTo("23.60");
        assertThat(stp.indexValue()).isEqualByComparingTo("85.60");
        assertThat(jdbc.sql("select count(*) from ii_survey_import").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void brokenWorkbooksAreRefusedNamingSheetAndRowAndNothingIsStored() throws Exception {
        byte[] template = ok(api.get("snvdieuphoi", TEMPLATE));
        int stpKs1;
        try (XSSFWorkbook workbook = TestWorkbooks.open(template)) {
            stpKs1 = rowsOf(workbook.getSheet(SurveyWorkbook.ANSWERS)).get("STP/KS1");
        }
        int row = stpKs1;

        refused(filled(template, workbook -> workbook.setSheetName(0, "Sheet1")),
                "Tệp không có sheet 'Kết quả khảo sát'");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row, 6).setCellValue("năm")),
                "Sheet 'Kết quả khảo sát', dòng " + row + ", cột G: Số phiếu A phải là số ≥ 0 (ô đang là chữ \"năm\").");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row, 7).setCellValue(3)),
                "Sheet 'Kết quả khảo sát', dòng " + row + " — Đơn vị STP, câu KS1: tổng số phiếu trả lời (9) khác số người "
                        + "được khảo sát (10).");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row, 0).setCellValue("XYZ")),
                "Sheet 'Kết quả khảo sát', dòng " + row + " — Không có đơn vị mã \"XYZ\".");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row, 6).setCellFormula("5+1")),
                "Sheet 'Kết quả khảo sát', dòng " + row + ", cột G: ô chứa công thức (=5+1)");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row + 1, 5).setCellValue(11)),
                "Sheet 'Kết quả khảo sát', dòng " + (row + 1) + ", cột F: số người được khảo sát của đơn vị STP (11) khác với "
                        + "dòng " + row + " (10)");
        refused(filled(template, workbook -> TestWorkbooks.cell(workbook.getSheet(SurveyWorkbook.OPTIONS), 2, 1).setCellValue(120)),
                "Sheet 'Phương án trả lời', dòng 2 — Trọng số của phương án A (120%) phải từ 0 đến 100%.");
        refused(filled(template, workbook -> TestWorkbooks.cell(answers(workbook), 3, 6).setCellValue("Phiếu A")),
                "Sheet 'Kết quả khảo sát', dòng 3, cột G: tiêu đề cột phải là \"Số phiếu A\"");
        refused("không phải bảng tính".getBytes(StandardCharsets.UTF_8), "không phải là bảng tính Excel .xlsx");

        assertThat(jdbc.sql("select count(*) from ii_survey_import").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ii_survey_unit").query(Integer.class).single()).isZero();
        String surveyTask = driver.task(period.getId(), IMPORT_SURVEY, null).getId();
        assertThatThrownBy(() -> tasks.complete(surveyTask, Map.of(SURVEY_JSON, "")))
                .hasRootCauseInstanceOf(ValidationException.class)
                .rootCause().hasMessageContaining("Chưa có kết quả điều tra xã hội học: tải lên tệp .xlsx theo mẫu hoặc dán");

        // the page the form links to: the template link, then a refused and an accepted upload from the browser
        assertThat(page("snvdieuphoi", "/pages/internal-index/survey?year=2026")).contains(TEMPLATE, "Nhập kết quả điều tra xã hội học");
        byte[] broken = filled(template, workbook -> TestWorkbooks.cell(answers(workbook), row, 0).setCellValue("XYZ"));
        assertThat(pageUpload("snvdieuphoi", broken)).contains("id=\"error\"", "Không có đơn vị mã &quot;XYZ&quot;");
        assertThat(jdbc.sql("select count(*) from ii_survey_import").query(Integer.class).single()).isZero();
        assertThat(pageUpload("snvdieuphoi", filled(template, workbook -> { })))
                .contains("id=\"added\"", "Đã lưu kết quả điều tra xã hội học của " + index.unitCodes(periodId).size() + " đơn vị");
        assertThat(jdbc.sql("select count(*) from ii_survey_import").query(Integer.class).single()).isEqualTo(1);
        assertThat(page("stpchuyenvien", "/pages/internal-index/survey?year=2026")).isEqualTo("404");
    }

    @Test
    void thePageShowsEachUnitsStepDueDateAndOverdueDuringThePeriod() throws Exception {
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "STP"), 11, 7, 13, 7, 9, 5, 11);

        String page = page("hoidongthamdinh", "/pages/internal-index?year=2026");
        assertThat(page).contains("Đang xác định, chưa công bố", "Đang tự chấm điểm", "Thẩm định vòng 1", "17:00 10/12/2026",
                "17:00 25/12/2026", "UBND xã Tuy Phong").doesNotContain("ranking.xlsx");
        var progress = index.progress(periodId, EngineClock.at(2026, 12, 12, 9, 0));
        assertThat(progress).filteredOn(p -> p.unitCode().equals("SCT")).singleElement()
                .satisfies(p -> assertThat(p.overdue()).isTrue());
        assertThat(progress).filteredOn(p -> p.unitCode().equals("STP")).singleElement()
                .satisfies(p -> assertThat(p.overdue()).isFalse());
        assertThat(progress.get(0).unitType()).isEqualTo("DEPARTMENT");
        assertThat(progress.get(progress.size() - 1).unitType()).isEqualTo("COMMUNE");
        assertThat(page("stpchuyenvien", "/pages/internal-index?year=2026")).isEqualTo("403");
    }

    // ------------------------------------------------------------------ helpers

    private void appraiseAsInTheHandComputedExample() {
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "STP"), 11, 7, 13, 7, 9, 5, 11);
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "SNV"), 12, 8, 14, 8, 10, 6, 12);
        EngineClock.runTimersUntil(management, PROCESS_KEY, EngineClock.at(2026, 12, 11, 8, 0));
        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "STP"), Map.of("3", 12.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "STP"), "ACCEPT", Map.of());
        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "SNV"), Map.of("1", 10.0, "7", 9.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "SNV"), "CONTEST", Map.of("1", "Đã ban hành Kế hoạch số 10/KH-SNV."));
        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND2, "SNV"), Map.of("1", 11.5));
    }

    /** The template with the hand-computed answers typed in, then {@code change}. */
    private static byte[] filled(byte[] template, Consumer<XSSFWorkbook> change) {
        return TestWorkbooks.edit(template, workbook -> {
            Sheet sheet = answers(workbook);
            rowsOf(sheet).forEach((key, number) -> {
                String[] unitAndQuestion = key.split("/");
                int[] values = HAND.getOrDefault(unitAndQuestion[0], OTHERS)[Integer.parseInt(unitAndQuestion[1].substring(2)) - 1];
                for (int i = 0; i < values.length; i++) {
                    if (i == 0 || values[i] > 0) {
                        TestWorkbooks.cell(sheet, number, 5 + i).setCellValue(values[i]);
                    }
                }
            });
            change.accept(workbook);
        });
    }

    private static Sheet answers(XSSFWorkbook workbook) {
        return workbook.getSheet(SurveyWorkbook.ANSWERS);
    }

    /** "unit/question" → Excel row number of the answers sheet. */
    private static Map<String, Integer> rowsOf(Sheet sheet) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int number = 4; number <= sheet.getLastRowNum() + 1; number++) {
            rows.put(TestWorkbooks.text(sheet, number, 0) + "/" + TestWorkbooks.text(sheet, number, 2), number);
        }
        return rows;
    }

    private void refused(byte[] file, String message) {
        MvcResult result = api.upload("snvdieuphoi", TEMPLATE, "khao-sat.xlsx", file);
        assertThat(result.getResponse().getStatus()).as(ReportsApi.text(result)).isEqualTo(422);
        assertThat(ReportsApi.text(result).replace("\\\"", "\"")).contains(message);
    }

    private static byte[] ok(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(ReportsApi.text(result)).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private static String docxText(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The page's HTML, or its status code when it is not 200. */
    private String page(String user, String url) throws Exception {
        var response = pages.perform(MockMvcRequestBuilders.get(url).header("Authorization", basic(user))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString(StandardCharsets.UTF_8) : String.valueOf(response.getStatus());
    }

    private String pageUpload(String user, byte[] file) throws Exception {
        var response = pages.perform(MockMvcRequestBuilders.multipart("/pages/internal-index/survey")
                .file(new MockMultipartFile("file", "khao-sat.xlsx", "application/octet-stream", file)).param("year", "2026")
                .header("Authorization", basic(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ReportsApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
