package vn.parindex.consolidation.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.CycleStatus;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.support.ReportsApi;
import vn.parindex.workflow.PersonNames;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;

/** The provincial outputs of a finished 2026 cycle, worked by the demo users, read back with POI. */
class ProvincialReportsIT extends PostgresSpringTest {

    private static final String COORDINATOR = "snvdieuphoi";
    /** Input refuses formula text; a bullet dash is allowed, and a spreadsheet would still take it for a formula. */
    private static final String INJECTION = "- Văn bản số 12/BC-STP";
    private static final String NO_EVIDENCE = "Chưa ban hành văn bản, đã trình dự thảo.";

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    ScoringService scoring;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    PersonNames people;

    /** "ngày 05 tháng 3 năm 2026": days below 10 and months 1–2 with a leading 0. */
    private static String dateLine(LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue()) : date.getMonthValue())
                + " năm " + date.getYear();
    }

    @Test
    void aFinishedCycleGivesTheScoringTableTheReportAndTheProgressList() throws IOException {
        long cycleId = finishCycle();
        ReportsApi api = new ReportsApi(context);
        List<FieldTotal> totals = consolidation.totals(cycleId);
        List<ScoreSheetRow> stp = scoring.sheet(cycleId, "STP");

        MvcResult appendix = api.get("chutich", "/api/cycles/2026/reports/appendix.xlsx");
        assertThat(appendix.getResponse().getStatus()).isEqualTo(200);
        assertThat(appendix.getResponse().getHeader("X-Report-Version")).isEqualTo("1");
        assertThat(appendix.getResponse().getHeader("Content-Disposition")).contains("phu-luc-bang-diem-2026.xlsx");
        try (XSSFWorkbook workbook = TestWorkbooks.open(appendix.getResponse().getContentAsByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("Phụ lục");
            assertThat(TestWorkbooks.text(sheet, 1, 0)).isEqualTo(
                    "PHỤ LỤC: BẢNG ĐIỂM TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
            assertThat(rowTexts(sheet.getRow(3))).containsExactlyElementsOf(AppendixWorkbook.HEADERS);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getRepeatingRows().getFirstRow()).as("print titles").isEqualTo(3);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            for (FieldTotal total : totals) {
                Row field = rowOfCode(sheet, total.fieldCode());
                assertThat(field.getCell(3).getNumericCellValue()).as("subtotal of field " + total.fieldCode())
                        .isEqualTo(total.selfScore().doubleValue());
                assertThat(field.getCell(7).getStringCellValue()).isEqualTo("Cộng lĩnh vực " + total.fieldCode());
            }
            Row overall = sheet.getRow(sheet.getLastRowNum());
            assertThat(overall.getCell(1).getStringCellValue()).startsWith("Tổng cộng");
            assertThat(overall.getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(overall.getCell(3).getNumericCellValue()).isEqualTo(consolidation.overall(totals).doubleValue());

            Row injected = rowOfCode(sheet, stp.get(0).code());
            Cell evidence = injected.getCell(4);
            assertThat(evidence.getCellType()).as("a formula-looking text is written as text").isEqualTo(CellType.STRING);
            assertThat(evidence.getStringCellValue()).isEqualTo(INJECTION);
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(injected.getCell(6).getStringCellValue()).isEqualTo("Sở Tư pháp");
            assertThat(injected.getCell(7).getStringCellValue()).isEqualTo("Sở Nội vụ đã chấp nhận");
            Row explained = rowOfCode(sheet, stp.get(1).code());
            assertThat(explained.getCell(4).getStringCellValue()).isEmpty();
            assertThat(explained.getCell(5).getStringCellValue()).isEqualTo(NO_EVIDENCE);
            Row survey = rowOfCode(sheet, "1.8.1");
            assertThat(survey.getCell(7).getStringCellValue()).isEqualTo("Điều tra xã hội học");
        }

        MvcResult report = api.get("snvgiamdoc", "/api/cycles/2026/reports/self-assessment-report.docx");
        assertThat(report.getResponse().getStatus()).isEqualTo(200);
        assertThat(report.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm 2026");
            // Nghị định 30/2020 layout: the 2026 letterhead (data/official-documents/2025.yaml), the number and date the
            // submission task recorded (CycleDriver.submissionForm), the name of the Chairman who approved
            OfficialLayoutAssertions.assertOfficialLayout(document, new OfficialLayoutAssertions.Expected(
                    List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "BC-UBND", "Lâm Đồng", "BÁO CÁO",
                    "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "25/BC-UBND",
                    dateLine(CycleDriver.engineToday()), List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                    people.fullName("chutich")));
            assertThat(people.fullName("chutich")).isNotEqualTo("chutich");
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).anyMatch(text -> text.startsWith("Bộ tiêu chí mẫu (876-2022)"));
            assertThat(paragraphs).contains("BÁO CÁO",
                    "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
                    "II. CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG VÀ GIẢI TRÌNH",
                    CycleDriver.reportForm().get("reportSummary").toString(),
                    CycleDriver.reportForm().get("difficulties").toString(),
                    CycleDriver.reportForm().get("recommendations").toString());
            XWPFTable fields = document.getTables().get(1);
            assertThat(fields.getNumberOfRows()).isEqualTo(totals.size() + 2);
            assertThat(fields.getRow(totals.size() + 1).getCell(3).getText())
                    .isEqualTo(VietnameseFormat.points(consolidation.overall(totals)));
            XWPFTable explainedItems = document.getTables().get(2);
            assertThat(explainedItems.getNumberOfRows()).isEqualTo(2);
            assertThat(explainedItems.getRow(1).getCell(0).getText()).isEqualTo(stp.get(1).code());
            assertThat(explainedItems.getRow(1).getCell(4).getText()).isEqualTo(NO_EVIDENCE);
        }

        MvcResult progress = api.get("phochutich", "/api/cycles/2026/reports/progress.xlsx");
        assertThat(progress.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = TestWorkbooks.open(progress.getResponse().getContentAsByteArray())) {
            XSSFSheet sheet = workbook.getSheet("Tiến độ");
            assertThat(rowTexts(sheet.getRow(3))).containsExactlyElementsOf(ProgressWorkbook.HEADERS);
            int planUnits = cycles.planUnits(cycleId).size();
            int scoringUnits = cycles.scoringUnits(cycleId).size();
            assertThat(sheet.getLastRowNum() - 3).isEqualTo(planUnits + scoringUnits);
            Row stpPlan = unitRow(sheet, "STP", "Kế hoạch triển khai");
            int expectedLate = calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24));
            assertThat(expectedLate).as("Tết 2026 and the weekends are not counted").isEqualTo(2);
            assertThat(stpPlan.getCell(9).getNumericCellValue()).isEqualTo(expectedLate);
            assertThat(stpPlan.getCell(10).getStringCellValue()).isEqualTo("Nộp trễ hạn");
            assertThat(stpPlan.getCell(4).getStringCellValue()).isEqualTo("17:00 13/02/2026");
            assertThat(stpPlan.getCell(5).getStringCellValue()).isEqualTo("09:00 24/02/2026");
            Row snvPlan = unitRow(sheet, "SNV", "Kế hoạch triển khai");
            assertThat(snvPlan.getCell(9).getNumericCellValue()).isZero();
            assertThat(snvPlan.getCell(10).getStringCellValue()).isEqualTo("Nộp đúng hạn");
            Row stpScores = unitRow(sheet, "STP", "Tự chấm điểm");
            assertThat(stpScores.getCell(7).getStringCellValue()).isEqualTo("Sở Nội vụ đã chấp nhận");
            assertThat(stpScores.getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }

        assertThat(api.get("chutich", "/api/cycles/2026/reports/appendix.xlsx").getResponse()
                .getHeader("X-Report-Version")).isEqualTo("2");
        String listing = ReportsApi.text(api.get("snvdieuphoi", "/api/cycles/2026/reports"));
        assertThat(listing).contains("\"kind\":\"appendix.xlsx\",\"version\":2", "/api/cycles/2026/reports/progress.xlsx/versions/1");
        MvcResult first = api.get("snvdieuphoi", "/api/cycles/2026/reports/appendix.xlsx/versions/1");
        assertThat(first.getResponse().getContentAsByteArray()).isEqualTo(appendix.getResponse().getContentAsByteArray());
        assertThat(jdbc.sql("select generated_by from report_file where kind = 'APPENDIX' order by version")
                .query(String.class).list()).containsExactly("chutich", "chutich");

        MvcResult unit = api.get("stpchuyenvien", "/api/cycles/2026/reports/appendix.xlsx");
        assertThat(unit.getResponse().getStatus()).as("units do not take the province's reports").isEqualTo(403);
        assertThat(ReportsApi.text(unit)).contains("Chỉ Sở Nội vụ và lãnh đạo UBND tỉnh được tải các bảng, báo cáo của tỉnh.");
        assertThat(api.get("chutich", "/api/cycles/2026/reports/other.pdf").getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from report_file").query(Integer.class).single()).isEqualTo(4);
    }

    /** The whole 2026 cycle; STP scores one item with a bullet-dash evidence and one without evidence. */
    private long finishCycle() {
        String pi = driver.callAs(COORDINATOR, () -> processes.start(2026, DeadlineDates.none())).getId();
        long cycleId = cycles.findOpen(2026).orElseThrow().id();
        for (String unit : cycles.planUnits(cycleId)) {
            driver.submit(officer(unit), driver.task(pi, CycleProcess.PREPARE_PLAN, unit), CycleDriver.planForm(unit));
            driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_PLAN, unit), CycleDriver.approve());
            driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_PLAN, unit), CycleDriver.approve());
        }
        driver.asUser(COORDINATOR, () -> processes.guidanceReceived(2026));
        for (String unit : cycles.scoringUnits(cycleId)) {
            Map<String, Object> form = unit.equals("STP") ? stpForm(cycleId)
                    : driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters);
            driver.submit(officer(unit), driver.task(pi, CycleProcess.SELF_SCORE, unit), form);
            driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_SCORES, unit), CycleDriver.approve());
            driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_SCORES, unit), CycleDriver.approve());
        }
        Task prepare = driver.task(pi, CycleProcess.PREPARE_REPORT, null);
        assertThat(taskService.getVariableLocal(prepare.getId(), "appendixUrl"))
                .isEqualTo("/api/cycles/2026/reports/appendix.xlsx");
        assertThat(taskService.getVariableLocal(prepare.getId(), "reportDocumentUrl"))
                .isEqualTo("/api/cycles/2026/reports/self-assessment-report.docx");
        driver.submit(COORDINATOR, prepare, CycleDriver.reportForm());
        Task approveDraft = driver.task(pi, CycleProcess.APPROVE_DRAFT, null);
        assertThat(taskService.getVariableLocal(approveDraft.getId(), "progressUrl"))
                .isEqualTo("/api/cycles/2026/reports/progress.xlsx");
        driver.submit("snvgiamdoc", approveDraft, CycleDriver.approve());
        driver.submit("chutich", driver.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null), CycleDriver.approve());
        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.RECORD_SUBMISSION, null), CycleDriver.submissionForm());
        assertThat(cycles.get(cycleId).status()).as("waits for the Ministry's appraisal").isEqualTo(CycleStatus.OPEN);

        // deadlines and submission times the progress list is checked against: STP's plan 2 working days late
        jdbc.sql("update par_cycle set plan_due = ? where id = ?")
                .params(OffsetDateTime.parse("2026-02-13T17:00+07:00"), cycleId).update();
        jdbc.sql("update decision_log set decided_at = ? where work_kind = 'CYCLE' and work_id = ? and step in ('PLAN_SUBMITTED', 'SCORES_SUBMITTED')")
                .params(OffsetDateTime.parse("2026-02-10T10:00+07:00"), cycleId).update();
        jdbc.sql("update decision_log set decided_at = ? where work_kind = 'CYCLE' and work_id = ? and unit_code = 'STP' and step = 'PLAN_SUBMITTED'")
                .params(OffsetDateTime.parse("2026-02-24T09:00+07:00"), cycleId).update();
        return cycleId;
    }

    private Map<String, Object> stpForm(long cycleId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ScoreSheetRow> sheet = scoring.sheet(cycleId, "STP");
        for (int i = 0; i < sheet.size(); i++) {
            ScoreSheetRow row = sheet.get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("score", CycleDriver.threeQuarters(row));
            item.put("notApplicable", false);
            item.put("evidenceRef", i == 0 ? INJECTION : i == 1 ? "" : "Văn bản số 15/BC-STP");
            item.put("explanation", i == 1 ? NO_EVIDENCE : "");
            rows.add(item);
        }
        try {
            return Map.of("scoreItems", SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(rows)).create());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String officer(String unit) {
        return driver.memberOf(OrgDirectoryService.officersGroup(unit));
    }

    private String head(String unit) {
        return driver.memberOf(OrgDirectoryService.headsGroup(unit));
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowOfCode(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 3 && row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private static Row unitRow(XSSFSheet sheet, String unit, String phase) {
        for (Row row : sheet) {
            if (row.getRowNum() > 3 && unit.equals(row.getCell(1).getStringCellValue())
                    && phase.equals(row.getCell(3).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit + " " + phase);
    }
}
