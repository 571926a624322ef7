package vn.parindex.reporting;

import static vn.parindex.support.TestMails.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.notification.NotificationDispatcher;
import vn.parindex.reporting.process.QuarterlyReportingProcess;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;
import vn.parindex.support.TestHttp;
import vn.parindex.support.TestSmtp;

/**
 * The e-mails of a quarter (Q1/2023, departments due Fri 03/03/2023 17:00) as a real SMTP server (GreenMail)
 * receives them: reminders and escalations speak of "báo cáo CCHC quý I/2023", never of the yearly cycle, and a
 * due date moved by Sở Nội vụ over HTTP moves the tasks and their watches, tells each unit and is logged.
 */
class QuarterlyNoticeMailIT extends PostgresSpringTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    QuarterDriver driver;
    @Autowired
    QuarterlyReportingService reports;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    ProcessInstance quarter;
    MockMvc web;

    @BeforeEach
    void openQ1of2023() {
        EngineClock.set(EngineClock.at(2023, 2, 20, 8, 0));
        quarter = runtime.startProcessInstanceByKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY, "CCHC-2023-Q1",
                Map.of(QuarterlyReportingProcess.YEAR, 2023, QuarterlyReportingProcess.QUARTER, 1));
        web = TestHttp.mockMvc(context);
    }

    @Test
    void remindersAndEscalationsNameTheQuarterlyReport() throws Exception {
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2023, 2, 24, 9, 0));
        dispatcher.dispatchDue();
        MimeMessage reminder = onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn");
        assertThat(reminder.getSubject()).isEqualTo(
                "[Báo cáo CCHC quý I/2023] Nhắc việc: Lập báo cáo CCHC quý của đơn vị – còn 5 ngày làm việc (hạn 03/03/2023)");
        assertThat(decoded(reminder)).contains("Kính gửi: Đồng chí Trần Văn Minh, Hệ thống nhắc việc: đơn vị Sở Tư pháp có công việc "
                + "Lập báo cáo CCHC quý của đơn vị trong báo cáo CCHC quý I/2023 của Tỉnh Bình Thuận cần hoàn thành trước "
                + "17:00 ngày 03/03/2023, còn 5 ngày làm việc.", "Mở công việc").doesNotContain("kỳ đánh giá");
        assertThat(decoded(reminder)).as("no login id, step code, unit code or webapp name for an officer")
                .doesNotContain("Tasklist", "Cockpit", "JSON", "remind", "stpchuyenvien", "STP", "Kính gửi Trần");

        smtp.reset();
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2023, 3, 6, 9, 0));
        dispatcher.dispatchDue();
        MimeMessage escalation = onlyMessageTo(smtp, "stpthutruong@example.gov.vn");
        assertThat(escalation.getSubject()).isEqualTo(
                "[Báo cáo CCHC quý I/2023] Đôn đốc: Sở Tư pháp chậm 1 ngày làm việc – Lập báo cáo CCHC quý của đơn vị (hạn 03/03/2023)");
        assertThat(decoded(escalation)).contains("Đôn đốc: đơn vị Sở Tư pháp chưa hoàn thành công việc Lập báo cáo CCHC "
                + "quý của đơn vị trong báo cáo CCHC quý I/2023 của Tỉnh Bình Thuận. Hạn là 17:00 ngày 03/03/2023; "
                + "đến nay đã chậm 1 ngày làm việc.").doesNotContain("kỳ đánh giá");

        // the year's notification log lists them (there is no cycle for 2023 here): SNV sees all, a unit its own
        web.perform(get("/api/cycles/2023/notifications").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == 'STP' && @.kind == 'ESCALATION')].workTag")
                        .value(org.hamcrest.Matchers.hasItem("Báo cáo CCHC quý I/2023")))
                .andExpect(jsonPath("$[?(@.unitCode == 'STC')]").isNotEmpty());
        web.perform(get("/api/cycles/2023/notifications").header("Authorization", TestHttp.basic("stpchuyenvien")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode != 'STP')]").isEmpty())
                .andExpect(jsonPath("$[?(@.unitCode == 'STP')]").isNotEmpty());
        String logPage = web.perform(get("/pages/notifications?year=2023").header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("<td>Báo cáo CCHC quý I/2023</td>")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // issue 15: the step in words and the recipient's name, never a step code, a login id or a webapp's name
        assertThat(logPage).contains("<td>Nhắc trước hạn ", "<td>Trần Văn Minh &lt;stpchuyenvien@example.gov.vn&gt;</td>",
                        "Danh sách công việc", "Theo dõi quy trình")
                .doesNotContain("remind", "escalate", "<td>stpchuyenvien", "Tasklist", "Cockpit");
    }

    @Test
    void snvMovesTheDepartmentsDueDateOverHttpTasksWatchesAndUnitsFollowAndTheChangeIsLogged() throws Exception {
        EngineClock.set(EngineClock.at(2023, 2, 21, 10, 0));
        Task stp = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        // 5 working days before Fri 03/03 is Fri 24/02
        assertThat(EngineClock.local(watchTimerOf(stp).getDuedate())).isEqualTo(LocalDateTime.of(2023, 2, 24, 8, 0));
        int prepares = driver.open(quarter.getId(), QuarterlyReportingProcess.PREPARE).size();

        web.perform(put("/api/quarterly-reports/2023/1/deadlines/unit-report-due").header("Authorization", TestHttp.basic("snvdieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2023-03-07\",\"reason\":\"Công văn số 45/BNV-CCHC của Bộ Nội vụ.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasksMoved").value(prepares))
                .andExpect(jsonPath("$.noticesQueued").value(org.hamcrest.Matchers.greaterThan(0)));
        // one notice per member of each moved task's groups (units without demo users have nobody to tell)
        assertThat(jdbc.sql("select count(distinct task_id) from notification where kind = 'DEADLINE_CHANGED'")
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from notification where kind = 'DEADLINE_CHANGED' and dedup_key not like 'quarterlyChange:%'")
                .query(Integer.class).single()).isZero();

        assertThat(EngineClock.local(driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP").getDueDate()))
                .isEqualTo(LocalDateTime.of(2023, 3, 7, 17, 0));
        // 5 working days before Tue 07/03 is Tue 28/02
        assertThat(EngineClock.local(watchTimerOf(stp).getDuedate())).isEqualTo(LocalDateTime.of(2023, 2, 28, 8, 0));
        web.perform(get("/api/quarterly-reports/2023/1/deadline-changes").header("Authorization", TestHttp.basic("snvgiamdoc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].deadline").value("UNIT_REPORT_DUE"))
                .andExpect(jsonPath("$[0].changedBy").value("snvdieuphoi"))
                .andExpect(jsonPath("$[0].oldValue").value(org.hamcrest.Matchers.is("2023-03-03T17:00:00+07:00")))
                .andExpect(jsonPath("$[0].newValue").value(org.hamcrest.Matchers.is("2023-03-07T17:00:00+07:00")))
                .andExpect(jsonPath("$[0].reason").value("Công văn số 45/BNV-CCHC của Bộ Nội vụ."))
                .andExpect(jsonPath("$[0].tasksMoved").value(prepares));
        web.perform(get("/api/quarterly-reports/2023/1/deadline-changes").header("Authorization", TestHttp.basic("stpchuyenvien")))
                .andExpect(status().isNotFound());

        dispatcher.dispatchDue();
        MimeMessage notice = onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn");
        assertThat(notice.getSubject()).isEqualTo(
                "[Báo cáo CCHC quý I/2023] Thay đổi thời hạn: Lập báo cáo CCHC quý của đơn vị – hạn mới 07/03/2023");
        assertThat(decoded(notice)).contains("Sở Nội vụ đã điều chỉnh Hạn các đơn vị nộp báo cáo quý của báo cáo CCHC quý "
                + "I/2023. Công việc Lập báo cáo CCHC quý của đơn vị của đơn vị Sở Tư pháp nay có hạn 17:00 ngày 07/03/2023 "
                + "(trước đây: 17:00 ngày 03/03/2023).", "Lý do: Công văn số 45/BNV-CCHC của Bộ Nội vụ. (người điều chỉnh: Nguyễn Ngọc Mai, Sở Nội vụ)")
                .doesNotContain("kỳ đánh giá", "snvdieuphoi", "Tasklist");
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .allMatch(subject -> subject.startsWith("[Báo cáo CCHC quý I/2023] Thay đổi thời hạn"));
    }

    @Test
    void badChangesAreRefusedInVietnameseAndStoreNothing() throws Exception {
        EngineClock.set(EngineClock.at(2023, 2, 21, 10, 0));
        refused("stpchuyenvien", "unit-report-due", "{\"date\":\"2023-03-10\",\"reason\":\"lùi\"}",
                "Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn báo cáo CCHC quý.");
        refused("snvdieuphoi", "unit-report-due", "{\"date\":\"2023-03-10\",\"reason\":\" \"}",
                "Vui lòng nhập lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ).");
        refused("snvdieuphoi", "unit-report-due", "{\"date\":\"2023-03-10\",\"reason\":\"=HYPERLINK(1)\"}", "công thức");
        refused("snvdieuphoi", "unit-report-due", "{\"reason\":\"lùi\"}", "Vui lòng nhập ngày mới cho hạn các đơn vị nộp báo cáo quý.");
        refused("snvdieuphoi", "unit-report-due", "{\"date\":\"2023-02-20\",\"reason\":\"lùi\"}",
                "Ngày mới (20/02/2023) đã qua; hạn mới phải sau thời điểm hiện tại.");
        refused("snvdieuphoi", "ministry-due", "{\"date\":\"2023-03-13\",\"reason\":\"lùi\"}",
                "Các thời hạn của báo cáo quý phải theo thứ tự: hạn gửi báo cáo quý Bộ Nội vụ (13/03/2023) không được trước "
                        + "hạn Chủ tịch UBND tỉnh phê duyệt báo cáo quý (14/03/2023).");
        refused("snvdieuphoi", "unit-report-due", "{\"date\":\"2023-03-03\",\"reason\":\"lùi\"}",
                "Hạn các đơn vị nộp báo cáo quý đã là ngày 03/03/2023; không có gì thay đổi.");
        refused("snvdieuphoi", "sometime", "{\"date\":\"2023-03-10\",\"reason\":\"lùi\"}",
                "Không có thời hạn 'sometime' của báo cáo quý. Chọn một trong: unit-report-due, review-due, draft-due, "
                        + "approval-due, ministry-due.");
        web.perform(put("/api/quarterly-reports/2023/2/deadlines/unit-report-due").header("Authorization", TestHttp.basic("snvdieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2023-06-10\",\"reason\":\"lùi\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value("Báo cáo CCHC quý II/2023 chưa được mở; chỉ điều chỉnh được thời hạn của quý đang báo cáo."));

        assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification where kind = 'DEADLINE_CHANGED'").query(Integer.class).single()).isZero();
        assertThat(EngineClock.local(java.util.Date.from(reports.find(2023, 1).orElseThrow().unitReportDue().toInstant())))
                .isEqualTo(LocalDateTime.of(2023, 3, 3, 17, 0));
        assertThat(driver.open(quarter.getId(), QuarterlyReportingProcess.PREPARE)).allSatisfy(task ->
                assertThat(EngineClock.local(task.getDueDate())).isEqualTo(LocalDateTime.of(2023, 3, 3, 17, 0)));
    }

    private void refused(String user, String deadline, String body, String message) throws Exception {
        web.perform(put("/api/quarterly-reports/2023/1/deadlines/" + deadline).header("Authorization", TestHttp.basic(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(message)));
    }

    private Job watchTimerOf(Task task) {
        return management.createJobQuery().executionId(task.getExecutionId()).activityId(task.getTaskDefinitionKey())
                .timers().singleResult();
    }

    /** The text of the HTML part, as the recipient reads it. */
}
