package vn.parindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.common.ValidationException;
import vn.parindex.reporting.process.QuarterlyReportingProcess;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.support.QuarterDriver;
import vn.parindex.workflow.PersonNames;

/**
 * A whole quarter on PostgreSQL as the demo users (authorization on): Q1/2023 with the province-level dossier
 * figures of Báo cáo 58/BC-UBND (10.866 of 10.888 resolved on time = 99,8 %), a return, the .docx read back.
 */
class QuarterlyReportIT extends PostgresSpringTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    QuarterDriver driver;
    @Autowired
    QuarterlyReportingService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void aQuarterFromTheDepartmentsToTheMinistry() throws Exception {
        EngineClock.set(EngineClock.at(2023, 1, 5, 9, 0));
        driver.submitStart("snvdieuphoi", Map.of("year", 2023L));
        ProcessInstance year = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CCHC-2023").singleResult();
        assertThat(year).isNotNull();
        EngineClock.runTimersUntil(engineManagement(), QuarterlyReportingProcess.YEAR_PROCESS_KEY, EngineClock.at(2023, 2, 20, 8, 0));
        ProcessInstance quarter = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CCHC-2023-Q1").singleResult();
        long reportId = reports.find(2023, 1).orElseThrow().id();

        // bad input: Vietnamese messages, nothing stored, the task still open
        Task stp = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        Map<String, Object> bad = QuarterDriver.unitForm("STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 100L,
                QuarterlyFigure.PROVINCE_RESOLVED, 120L, QuarterlyFigure.ONLINE_DOSSIERS, 500L));
        bad.put("staffTrained", "mười");
        bad.put("nextQuarterTasks", "x".repeat(4001));
        assertThatThrownBy(() -> driver.submit("stpchuyenvien", stp, bad)).hasRootCauseInstanceOf(ValidationException.class).rootCause()
                .hasMessageContaining("Hồ sơ cấp tỉnh: số hồ sơ đã giải quyết (120) không được lớn hơn số hồ sơ tiếp nhận (100).")
                .hasMessageContaining("Số hồ sơ tiếp nhận trực tuyến (500) không được lớn hơn tổng số hồ sơ tiếp nhận (100).")
                .hasMessageContaining("Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng: \"mười\" không phải là số nguyên.")
                .hasMessageContaining("dài quá 4000 ký tự.");
        assertThat(jdbc.sql("select count(*) from quarterly_unit_report").query(Long.class).single()).isZero();
        assertThat(tasks.createTaskQuery().taskId(stp.getId()).count()).isOne();

        // STP and STC carry the province's dossiers; SKHCN is returned once by SNV
        Map<String, Map<QuarterlyFigure, Long>> figures = Map.of(
                "STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 5000L, QuarterlyFigure.PROVINCE_RESOLVED, 4990L,
                        QuarterlyFigure.PROVINCE_ON_TIME, 4980L, QuarterlyFigure.PROVINCE_LATE, 10L,
                        QuarterlyFigure.ONLINE_DOSSIERS, 2500L, QuarterlyFigure.LEGAL_DOCS_ISSUED, 5L),
                "STC", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 6000L, QuarterlyFigure.PROVINCE_RESOLVED, 5898L,
                        QuarterlyFigure.PROVINCE_ON_TIME, 5886L, QuarterlyFigure.PROVINCE_LATE, 12L,
                        QuarterlyFigure.LEGAL_DOCS_ISSUED, 4L));
        driver.submit("skhcnchuyenvien", driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "SKHCN"),
                QuarterDriver.unitForm("SKHCN", Map.of()));
        driver.submit("skhcnthutruong", driver.task(quarter.getId(), QuarterlyReportingProcess.SIGN_OFF, "SKHCN"), CycleDriver.approve());
        assertThatThrownBy(() -> driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.REVIEW, "SKHCN"),
                CycleDriver.decision("RETURN", ""))).hasRootCauseInstanceOf(ValidationException.class).rootCause()
                .hasMessage("Khi trả lại, vui lòng ghi rõ ý kiến (nội dung cần chỉnh sửa).");
        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.REVIEW, "SKHCN"),
                CycleDriver.decision("RETURN", "Bổ sung kết quả chuyển đổi số."));
        assertThat(reports.unitStatus(reportId, "SKHCN")).isEqualTo(QuarterlyUnitStatus.RETURNED);
        driver.reportAllUnits(quarter.getId(), unit -> figures.getOrDefault(unit, Map.of()));

        ProvincialTotals totals = reports.totals(reportId);
        assertThat(totals.get(QuarterlyFigure.PROVINCE_RESOLVED)).isEqualTo(10_888L);
        assertThat(totals.levels().get(0)).isEqualTo(new ProvincialTotals.Level("Cấp tỉnh", "11.000", "10.888", "10.866",
                "99,8%", "22", "0,2%"));
        assertThat(totals.lines()).contains(new ProvincialTotals.Line("Số hồ sơ tiếp nhận trực tuyến", "2.500", "22,73%"));
        assertThat(jdbc.sql("select count(*) from quarterly_unit_report where unit_code = 'SKHCN'").query(Long.class).single()).isEqualTo(2L);

        // SNV drafts, the Chairman returns, SNV redrafts, the Chairman approves
        Task draft = driver.task(quarter.getId(), QuarterlyReportingProcess.DRAFT, null);
        assertThat((String) tasks.getVariable(draft.getId(), QuarterlyReportingProcess.TOTALS_SUMMARY))
                .contains("đúng hạn 10.866 (99,8%)");
        assertThat((String) tasks.getVariable(draft.getId(), "positives")).contains("- Sở Tư pháp: STP: giải quyết hồ sơ đúng hạn.");
        Map<String, Object> emptyNarrative = QuarterDriver.narrativeForm("");
        emptyNarrative.put("directionNotes", " ");
        assertThatThrownBy(() -> driver.submit("snvdieuphoi", draft, emptyNarrative)).hasRootCauseInstanceOf(ValidationException.class).rootCause()
                .hasMessage("Vui lòng nhập nội dung \"I. Công tác chỉ đạo, điều hành CCHC\".");
        assertThat(jdbc.sql("select count(*) from quarterly_report_version").query(Long.class).single()).isZero();
        driver.submit("snvdieuphoi", draft, QuarterDriver.narrativeForm(""));
        driver.submit("chutich", driver.task(quarter.getId(), QuarterlyReportingProcess.APPROVE, null),
                CycleDriver.decision("RETURN", "Bổ sung tình hình số hóa hồ sơ."));
        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.DRAFT, null),
                QuarterDriver.narrativeForm(" Đã số hóa 100% hồ sơ."));
        driver.submit("chutich", driver.task(quarter.getId(), QuarterlyReportingProcess.APPROVE, null), CycleDriver.approve());

        // the .docx, downloaded as SNV, read back with POI; to a department's officer it does not exist
        MockMvc web = MockMvcBuilders.webAppContextSetup(context)
                .addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
        byte[] docx = web.perform(get("/api/quarterly-reports/2023/1/document").header("Authorization", basic("snvdieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        web.perform(get("/api/quarterly-reports/2023/1/document?version=1").header("Authorization", basic("stpchuyenvien")))
                .andExpect(status().isNotFound());
        // the draft in the layout of Nghị định 30/2020, number and date blank, not signed yet
        OfficialLayoutAssertions.assertOfficialLayout(docx, seed002Layout(null, null, null));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(document.getStyles().getStyle("Heading1").getName()).as("defined in the document").isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(headings).containsExactly("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
                    "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC QUÝ II NĂM 2023");
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("BÁO CÁO", "Công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm 2023 tỉnh Bình Thuận",
                    "Ủy ban nhân dân tỉnh Bình Thuận báo cáo", "Đã số hóa 100% hồ sơ.", "Số tin, bài tuyên truyền về CCHC: 0");
            XWPFTable totalsTable = document.getTables().get(1);
            assertThat(totalsTable.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Chỉ tiêu", "Số lượng", "Tỷ lệ");
            assertThat(rowOf(totalsTable, "Số văn bản QPPL đã ban hành")).containsExactly("Số văn bản QPPL đã ban hành", "9", "");
            XWPFTable levels = document.getTables().get(2);
            assertThat(rowOf(levels, "Cấp tỉnh")).containsExactly("Cấp tỉnh", "0", "11.000", "10.888", "10.866", "99,8%", "22", "0,2%");
            assertThat(rowOf(levels, "Toàn tỉnh")).containsExactly("Toàn tỉnh", "0", "11.000", "10.888", "10.866", "99,8%", "22", "0,2%");
        }
        assertThat(reports.version(reportId, 1)).isPresent();
        assertThat(runtime.getVariables(quarter.getId()).values()).noneMatch(v -> v instanceof byte[]);

        // SNV records the report sent to the Ministry
        Task record = driver.task(quarter.getId(), QuarterlyReportingProcess.RECORD, null);
        EngineClock.set(EngineClock.at(2023, 3, 15, 16, 0));
        assertThatThrownBy(() -> driver.submit("snvdieuphoi", record, Map.of("documentNumber", "", "sentOn", "2023-03-20")))
                .hasRootCauseInstanceOf(ValidationException.class).rootCause()
                .hasMessageContaining("Vui lòng nhập số, ký hiệu báo cáo.")
                .hasMessageContaining("Ngày gửi Bộ Nội vụ phải từ ngày yêu cầu báo cáo (20/02/2023) đến hôm nay.");
        driver.submit("snvdieuphoi", record, Map.of("documentNumber", "58/BC-UBND", "sentOn", "2023-03-15",
                "submissionNote", "Gửi qua Hệ thống quản lý văn bản."));
        QuarterlySubmission submission = reports.submission(reportId).orElseThrow();
        assertThat(submission.documentNumber()).isEqualTo("58/BC-UBND");
        assertThat(submission.sentOn()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(submission.version()).isEqualTo(2);
        assertThat(submission.recordedBy()).isEqualTo("snvdieuphoi");
        assertThat(reports.get(reportId).status()).isEqualTo(QuarterlyReportStatus.SUBMITTED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(quarter.getId()).count()).isZero();

        // the sent version now carries seed 002's own header: "Số: 58/BC-UBND", "Bình Thuận, ngày 15 tháng 3 năm 2023",
        // and the name of the Chairman who approved it
        byte[] issued = web.perform(get("/api/quarterly-reports/2023/1/document").header("Authorization", basic("snvdieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        OfficialLayoutAssertions.assertOfficialLayout(issued, seed002Layout("58/BC-UBND", "ngày 15 tháng 3 năm 2023",
                context.getBean(PersonNames.class).fullName("chutich")));
    }

    private static OfficialLayoutAssertions.Expected seed002Layout(String number, String date, String signer) {
        return new OfficialLayoutAssertions.Expected(List.of("ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"), "BC-UBND", "Bình Thuận",
                "BÁO CÁO", "Công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm 2023 tỉnh Bình Thuận",
                number, date, List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), signer);
    }

    private static List<String> rowOf(XWPFTable table, String first) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst().orElseThrow()
                .getTableCells().stream().map(c -> c.getText()).toList();
    }

    private org.camunda.bpm.engine.ManagementService engineManagement() {
        return context.getBean(org.camunda.bpm.engine.ManagementService.class);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
