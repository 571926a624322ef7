package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.process.QuarterlyReportingProcess;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;
import vn.parindex.support.TestHttp;

/**
 * The quarterly view of the dashboard over HTTP: Q1/2023 with departments in every state (its due date 03/03/2023
 * has long passed, so the ones still holding their report are late), the province's report, who may see it.
 */
class QuarterlyDashboardIT extends PostgresSpringTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    QuarterDriver driver;
    @Autowired
    CycleProcessService cycles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void snvAndTheLeadersSeeEachQuarterPerDepartmentAndTheProvincialReportAUnitDoesNot() throws Exception {
        EngineClock.set(EngineClock.at(2023, 2, 20, 8, 0));
        ProcessInstance quarter = runtime.startProcessInstanceByKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY,
                "CCHC-2023-Q1", Map.of(QuarterlyReportingProcess.YEAR, 2023, QuarterlyReportingProcess.QUARTER, 1));
        String q = quarter.getId();
        // STP accepted, SKHCN signed off (with SNV), STC waiting for its head, SNV returned by its head, the rest untouched
        driver.submit("stpchuyenvien", driver.task(q, QuarterlyReportingProcess.PREPARE, "STP"), QuarterDriver.unitForm("STP", Map.of()));
        driver.submit("stpthutruong", driver.task(q, QuarterlyReportingProcess.SIGN_OFF, "STP"), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(q, QuarterlyReportingProcess.REVIEW, "STP"), CycleDriver.approve());
        driver.submit("skhcnchuyenvien", driver.task(q, QuarterlyReportingProcess.PREPARE, "SKHCN"), QuarterDriver.unitForm("SKHCN", Map.of()));
        driver.submit("skhcnthutruong", driver.task(q, QuarterlyReportingProcess.SIGN_OFF, "SKHCN"), CycleDriver.approve());
        driver.submit("stcchuyenvien", driver.task(q, QuarterlyReportingProcess.PREPARE, "STC"), QuarterDriver.unitForm("STC", Map.of()));
        driver.submit("snvchuyenvien", driver.task(q, QuarterlyReportingProcess.PREPARE, "SNV"), QuarterDriver.unitForm("SNV", Map.of()));
        driver.submit("snvthutruong", driver.task(q, QuarterlyReportingProcess.SIGN_OFF, "SNV"),
                CycleDriver.decision("RETURN", "Bổ sung số liệu."));

        // the dashboard is read long after the quarter's due dates (the application's clock follows the engine's)
        EngineClock.set(EngineClock.at(2024, 1, 15, 9, 0));
        MockMvc web = TestHttp.mockMvc(context);
        long units = jdbc.sql("select count(*) from quarterly_unit").query(Long.class).single();
        web.perform(get("/api/quarterly-reports/2023/dashboard").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.province").value("Tỉnh Bình Thuận"))
                .andExpect(jsonPath("$.quarters.length()").value(4))
                .andExpect(jsonPath("$.quarters[0].opened").value(true))
                .andExpect(jsonPath("$.quarters[0].unitReportDue").value(containsString("2023-03-03T17:00")))
                .andExpect(jsonPath("$.quarters[0].units.length()").value((int) units))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'STP')].state").value("ACCEPTED"))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'SKHCN')].state").value("SUBMITTED"))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'STC')].state").value("OVERDUE"))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'STC')].detail").value("chờ thủ trưởng ký duyệt"))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'SNV')].detail").value("bị trả lại, đang sửa"))
                .andExpect(jsonPath("$.quarters[0].units[?(@.unitCode == 'SNV')].state").value("OVERDUE"))
                .andExpect(jsonPath("$.quarters[0].counts.ACCEPTED").value(1))
                .andExpect(jsonPath("$.quarters[0].counts.SUBMITTED").value(1))
                .andExpect(jsonPath("$.quarters[0].counts.OVERDUE").value((int) units - 2))
                .andExpect(jsonPath("$.quarters[0].reportStatus").value("Đang thu thập báo cáo của các đơn vị"))
                .andExpect(jsonPath("$.quarters[1].opened").value(false))
                .andExpect(jsonPath("$.quarters[1].units.length()").value(0))
                // issue 15: a quarter whose deadlines have passed is not "not yet due" but late and never opened
                .andExpect(jsonPath("$.quarters[1].reportStatus").value("Quá hạn gửi Bộ Nội vụ, kỳ báo cáo chưa được mở"))
                .andExpect(jsonPath("$.quarters[1].reportWorkingDaysLate").value(org.hamcrest.Matchers.greaterThan(100)));

        // every department accepted (SNV's report again), SNV drafts: the report waits for the Chairman, and is late (its due date has passed)
        EngineClock.set(EngineClock.at(2023, 2, 22, 9, 0));
        driver.reportAllUnits(q, unit -> Map.<QuarterlyFigure, Long>of());
        driver.submit("snvdieuphoi", driver.task(q, QuarterlyReportingProcess.REVIEW, "SKHCN"),
                CycleDriver.approve());
        driver.submit("stcthutruong", driver.task(q, QuarterlyReportingProcess.SIGN_OFF, "STC"), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(q, QuarterlyReportingProcess.REVIEW, "STC"), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(q, QuarterlyReportingProcess.DRAFT, null), QuarterDriver.narrativeForm(""));

        EngineClock.set(EngineClock.at(2024, 1, 15, 9, 0));
        String page = web.perform(get("/pages/dashboard/quarterly").param("year", "2023")
                        .header("Authorization", TestHttp.basic("chutich")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Báo cáo CCHC hằng quý năm 2023 – Tỉnh Bình Thuận", "Quý I/2023", "17:00 03/03/2023",
                "Chờ Chủ tịch UBND tỉnh phê duyệt", "Dự thảo lần 1.", "Quá hạn", "Quá hạn gửi Bộ Nội vụ, kỳ báo cáo chưa được mở");
        assertThat(page).contains("data-unit=\"STP\" data-state=\"ACCEPTED\"");
        web.perform(get("/api/quarterly-reports/2023/dashboard").header("Authorization", TestHttp.basic("phochutich")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quarters[0].counts.ACCEPTED").value((int) units));

        // a department's officer and head are refused; a year without a schedule is 404
        web.perform(get("/pages/dashboard/quarterly").param("year", "2023").header("Authorization", TestHttp.basic("stpchuyenvien")))
                .andExpect(status().isForbidden());
        web.perform(get("/api/quarterly-reports/2023/dashboard").header("Authorization", TestHttp.basic("stpthutruong")))
                .andExpect(status().isForbidden());
        web.perform(get("/api/quarterly-reports/2030/dashboard").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCycleDashboardLinksToTheQuarterlyView() throws Exception {
        cycles.start(2026, DeadlineDates.none());
        MockMvc web = TestHttp.mockMvc(context);
        web.perform(get("/pages/dashboard").param("year", "2026").header("Authorization", TestHttp.basic("snvgiamdoc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/pages/dashboard/quarterly?year=2026\"")));
        web.perform(get("/pages/dashboard/quarterly").param("year", "2026").header("Authorization", TestHttp.basic("snvgiamdoc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỉnh Lâm Đồng")));
    }
}
