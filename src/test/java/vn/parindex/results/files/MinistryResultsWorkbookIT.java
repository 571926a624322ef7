package vn.parindex.results.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.parindex.support.TestWorkbooks.cell;
import static vn.parindex.support.TestWorkbooks.edit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.ReportsApi;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.results.MinistryResultService;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;
import vn.parindex.support.TestHttp;

/**
 * The Ministry's results of 2022 as .xlsx over HTTP as the demo users: the template (every scored item with its
 * maximum), filled and uploaded, stored through the results service, downloaded again prefilled and uploaded
 * unchanged (round trip); a catalogue of broken files, each refused with sheet and row in Vietnamese, nothing stored.
 */
class MinistryResultsWorkbookIT extends PostgresSpringTest {

    private static final String URL = "/api/cycles/2022/results/workbook";

    @Autowired
    CycleProcessService processes;
    @Autowired
    ResultsFixtures fixtures;
    @Autowired
    MinistryResultService results;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    ReportsApi api;
    long cycleId;
    List<Criterion> items;
    Criterion appraised;
    Criterion survey;

    @BeforeEach
    void aCycleSentToTheMinistry() {
        api = new ReportsApi(context);
        processes.start(2022, DeadlineDates.none());
        cycleId = results.findAssessedCycle(2022).map(c -> c.id()).orElseGet(() -> {
            long id = jdbc.sql("select id from par_cycle where year = 2022").query(Long.class).single();
            fixtures.markSubmitted(id);
            return id;
        });
        items = results.scoredItems(results.assessedCycle(2022));
        appraised = items.stream().filter(item -> Boolean.TRUE.equals(item.selfScored())).findFirst().orElseThrow();
        survey = items.stream().filter(item -> !Boolean.TRUE.equals(item.selfScored())).findFirst().orElseThrow();
    }

    @Test
    void theTemplateFilledAndUploadedIsStoredAndComesBackPrefilled() throws Exception {
        MvcResult download = api.get("snvgiamdoc", URL);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        byte[] template = download.getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = TestWorkbooks.open(template)) {
            XSSFSheet sheet = workbook.getSheet("Kết quả");
            assertThat(TestWorkbooks.text(sheet, 1, 5)).isEqualTo("Điểm thẩm định");
            assertThat(TestWorkbooks.text(sheet, 1, 6)).isEqualTo("Điểm điều tra XHH");
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size());
            int row = rowOf(sheet, survey.code());
            assertThat(TestWorkbooks.text(sheet, row, 2)).isEqualTo("Điều tra XHH");
            assertThat(BigDecimal.valueOf(TestWorkbooks.number(sheet, row, 3))).isEqualByComparingTo(survey.maxPoints());
            assertThat(TestWorkbooks.text(workbook.getSheet("Thông tin"), 5, 0)).isEqualTo("Ngày công bố (ngày/tháng/năm)");
        }

        byte[] filled = filled(template);
        MvcResult stored = api.upload("snvdieuphoi", URL, "ket-qua.xlsx", filled);
        assertThat(stored.getResponse().getStatus()).as(ReportsApi.text(stored)).isEqualTo(201);
        assertThat(ReportsApi.text(stored)).contains("Đã nạp kết quả của Bộ Nội vụ năm 2022 (lần nhập thứ 1).");
        var first = results.latest(cycleId).orElseThrow();
        assertThat(first.decisionRef()).isEqualTo("Quyết định số 268/QĐ-BNV ngày 28/3/2023");
        assertThat(first.publishedOn()).isEqualTo(java.time.LocalDate.of(2023, 3, 28));
        assertThat(first.enteredBy()).isEqualTo("snvdieuphoi");
        Map<String, BigDecimal> scores = results.scoresOf(first.id());
        assertThat(scores).hasSize(items.size());
        assertThat(scores.get(appraised.code())).isEqualByComparingTo("0.25");
        assertThat(scores.get(survey.code())).isEqualByComparingTo("0.5");
        items.stream().filter(item -> !item.code().equals(appraised.code()) && !item.code().equals(survey.code()))
                .forEach(item -> assertThat(scores.get(item.code())).isEqualByComparingTo(item.maxPoints()));

        // downloaded again: prefilled with what was stored; uploaded unchanged it stores the same scores again
        byte[] again = api.get("snvdieuphoi", URL).getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = TestWorkbooks.open(again)) {
            XSSFSheet sheet = workbook.getSheet("Kết quả");
            assertThat(TestWorkbooks.number(sheet, rowOf(sheet, appraised.code()), 5)).isEqualTo(0.25);
            assertThat(TestWorkbooks.number(sheet, rowOf(sheet, survey.code()), 6)).isEqualTo(0.5);
            assertThat(TestWorkbooks.text(workbook.getSheet("Thông tin"), 5, 1)).isEqualTo("28/03/2023");
        }
        MvcResult second = api.upload("snvdieuphoi", URL, "ket-qua.xlsx", again);
        assertThat(second.getResponse().getStatus()).as(ReportsApi.text(second)).isEqualTo(201);
        var latest = results.latest(cycleId).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.decisionRef()).isEqualTo(first.decisionRef());
        assertThat(results.scoresOf(latest.id())).isEqualTo(scores);

        // the entry page's upload form: the same import, back to the results page
        var web = TestHttp.mockMvc(context);
        web.perform(multipart("/pages/results/workbook").file(new MockMultipartFile("file", "ket-qua.xlsx", null, again))
                        .param("year", "2022").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(redirectedUrl("/pages/results?year=2022"))
                .andExpect(flash().attribute("message", "Đã nạp kết quả của Bộ Nội vụ từ tệp Excel (lần nhập thứ 3)."));
    }

    @Test
    void brokenFilesAreRefusedWithSheetAndRowInVietnameseAndStoreNothing() throws Exception {
        byte[] good = filled(api.get("snvdieuphoi", URL).getResponse().getContentAsByteArray());
        int appraisedRow = rowOf(good, appraised.code());
        int surveyRow = rowOf(good, survey.code());
        int lastRow = items.size() + 1;

        refused("ket-qua.xlsx", "không phải bảng tính".getBytes(StandardCharsets.UTF_8),
                "Tệp không phải là bảng tính Excel .xlsx");
        refused(edit(good, w -> w.removeSheetAt(w.getSheetIndex("Kết quả"))), "Tệp không có sheet 'Kết quả'.");
        refused(results(good, s -> cell(s, 1, 5).setCellValue("Điểm của Bộ")),
                "Sheet 'Kết quả', dòng 1, cột F: tiêu đề cột phải là \"Điểm thẩm định\" (tệp ghi \"Điểm của Bộ\").");
        refused(info(good, s -> cell(s, 2, 1).setCellValue(2021)),
                "Sheet 'Thông tin', dòng 2, cột B: tệp là kết quả năm 2021, không phải năm 2022.");
        refused(info(good, s -> cell(s, 3, 1).setCellValue("876-2018")),
                "Sheet 'Thông tin', dòng 3, cột B: tệp theo bộ tiêu chí 876-2018, kỳ đánh giá năm 2022 dùng bộ tiêu chí 876-2022.");
        refused(info(good, s -> s.getRow(3).removeCell(s.getRow(3).getCell(1))),
                "Sheet 'Thông tin', dòng 4, cột B: thiếu văn bản công bố kết quả.");
        refused(info(good, s -> cell(s, 5, 1).setCellValue("31/02/2023")),
                "Sheet 'Thông tin', dòng 5, cột B: ngày công bố \"31/02/2023\" không phải là ngày hợp lệ (ngày/tháng/năm).");
        refused(results(good, s -> cell(s, surveyRow, 5).setCellValue(1)),
                "Sheet 'Kết quả', dòng " + surveyRow + ", cột F: tiêu chí " + survey.code()
                        + " là tiêu chí điều tra xã hội học: ghi điểm ở cột \"Điểm điều tra XHH\", để trống cột \"Điểm thẩm định\".");
        refused(results(good, s -> cell(s, appraisedRow, 5).setCellValue(appraised.maxPoints().doubleValue() + 1)),
                "Sheet 'Kết quả', dòng " + appraisedRow + ", cột F: điểm thẩm định của tiêu chí " + appraised.code() + " (");
        refused(results(good, s -> cell(s, appraisedRow, 5).setCellValue("một")),
                "Sheet 'Kết quả', dòng " + appraisedRow + ", cột F: điểm thẩm định của tiêu chí " + appraised.code()
                        + " phải là số ≥ 0 (ô đang là chữ \"một\").");
        refused(results(good, s -> cell(s, appraisedRow, 5).setCellValue(-1)),
                "Sheet 'Kết quả', dòng " + appraisedRow + ", cột F: điểm thẩm định của tiêu chí " + appraised.code() + " phải là số ≥ 0.");
        refused(results(good, s -> cell(s, appraisedRow, 5).setCellValue(0.125)),
                "Sheet 'Kết quả', dòng " + appraisedRow + ", cột F: điểm thẩm định của tiêu chí " + appraised.code()
                        + " chỉ được có tối đa 2 chữ số thập phân.");
        refused(results(good, s -> cell(s, surveyRow, 6).setCellFormula("1+1")),
                "Sheet 'Kết quả', dòng " + surveyRow + ", cột G: ô chứa công thức (=1+1)");
        refused(results(good, s -> cell(s, appraisedRow, 0).setCellValue("9.9.9")),
                "Sheet 'Kết quả', dòng " + appraisedRow + ", cột A: tiêu chí 9.9.9 không có trong bộ tiêu chí 876-2022");
        refused(results(good, s -> cell(s, lastRow, 0).setCellValue(appraised.code())),
                "Sheet 'Kết quả', dòng " + lastRow + ", cột A: tiêu chí " + appraised.code() + " đã có ở dòng " + appraisedRow + ".");
        refused(results(good, s -> s.removeRow(s.getRow(appraisedRow - 1))),
                "Sheet 'Kết quả': còn thiếu 1 tiêu chí: " + appraised.code() + ".");
        refused(results(good, s -> s.addMergedRegion(new CellRangeAddress(appraisedRow - 1, appraisedRow - 1, 5, 6))),
                "đang được gộp (merge)");

        MvcResult officer = api.upload("stpchuyenvien", URL, "ket-qua.xlsx", good);
        assertThat(officer.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.get("stpchuyenvien", URL).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.get("snvdieuphoi", "/api/cycles/2026/results/workbook").getResponse().getStatus()).isEqualTo(404);

        // from the page: the problems come back to the entry page, nothing stored
        TestHttp.mockMvc(context).perform(multipart("/pages/results/workbook")
                        .file(new MockMultipartFile("file", "ket-qua.xlsx", null, results(good, s -> cell(s, appraisedRow, 5).setCellValue("một"))))
                        .param("year", "2022").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(redirectedUrl("/pages/results/enter?year=2022"))
                .andExpect(flash().attribute("uploadProblems", hasItem("Sheet 'Kết quả', dòng " + appraisedRow + ", cột F: "
                        + "điểm thẩm định của tiêu chí " + appraised.code() + " phải là số ≥ 0 (ô đang là chữ \"một\").")));
        assertThat(jdbc.sql("select count(*) from ministry_result").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ministry_item_score").query(Integer.class).single()).isZero();
    }

    /** Every item at its maximum, the appraised item at 0,25 and the survey item at 0,5, with the document and date. */
    private byte[] filled(byte[] template) {
        return edit(template, workbook -> {
            XSSFSheet info = workbook.getSheet("Thông tin");
            cell(info, 4, 1).setCellValue("Quyết định số 268/QĐ-BNV ngày 28/3/2023");
            cell(info, 5, 1).setCellValue("28/3/2023");
            XSSFSheet sheet = workbook.getSheet("Kết quả");
            Map<String, Criterion> byCode = new LinkedHashMap<>();
            items.forEach(item -> byCode.put(item.code(), item));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Criterion item = byCode.get(row.getCell(0).getStringCellValue());
                double score = item.code().equals(appraised.code()) ? 0.25 : item.code().equals(survey.code()) ? 0.5
                        : item.maxPoints().doubleValue();
                cell(sheet, row.getRowNum() + 1, Boolean.TRUE.equals(item.selfScored()) ? 5 : 6).setCellValue(score);
            }
        });
    }

    private void refused(byte[] bytes, String message) {
        refused("ket-qua.xlsx", bytes, message);
    }

    private void refused(String fileName, byte[] bytes, String message) {
        MvcResult result = api.upload("snvdieuphoi", URL, fileName, bytes);
        assertThat(result.getResponse().getStatus()).as(ReportsApi.text(result)).isEqualTo(422);
        try {
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(ReportsApi.text(result)).get("message").asText())
                    .contains(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] results(byte[] bytes, Consumer<XSSFSheet> change) {
        return edit(bytes, workbook -> change.accept(workbook.getSheet("Kết quả")));
    }

    private static byte[] info(byte[] bytes, Consumer<XSSFSheet> change) {
        return edit(bytes, workbook -> change.accept(workbook.getSheet("Thông tin")));
    }

    private static int rowOf(byte[] bytes, String code) {
        try (XSSFWorkbook workbook = TestWorkbooks.open(bytes)) {
            return rowOf(workbook.getSheet("Kết quả"), code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Excel row number (from 1) of an item. */
    private static int rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
