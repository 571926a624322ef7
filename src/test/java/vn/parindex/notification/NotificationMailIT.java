package vn.parindex.notification;

import static vn.parindex.support.TestMails.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.DeadlineKind;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.cycle.CycleMovableDeadlines;
import vn.parindex.deadlines.process.DeadlineChangeService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.TestHttp;
import vn.parindex.support.TestSmtp;

/**
 * Notices end to end on real PostgreSQL with a real SMTP server (GreenMail): the exact messages of a scripted plan
 * phase, an outage of the mail server, and a deadline change that moves due dates and timers and tells the units.
 */
class NotificationMailIT extends PostgresSpringTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    DeadlineChangeService deadlineChanges;
    @Autowired
    CycleMovableDeadlines cycleDeadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Test
    void aReminderAndAnEscalationReachExactlyTheRightPeopleInVietnamese() throws Exception {
        ProcessInstance cycle = openCycle(EngineClock.at(2026, 2, 1, 9, 0), LocalDate.of(2026, 2, 24));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 10, 9, 0));
        dispatcher.dispatchDue();
        MimeMessage reminder = onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn");
        assertThat(reminder.getSubject()).isEqualTo(
                "[Chỉ số CCHC 2026] Nhắc việc: Lập kế hoạch triển khai – còn 5 ngày làm việc (hạn 24/02/2026)");
        assertThat(decoded(reminder)).contains("Kính gửi: Đồng chí Trần Văn Minh", "Sở Tư pháp", "Lập kế hoạch triển khai",
                "17:00 ngày 24/02/2026", "còn 5 ngày làm việc",
                "/camunda/app/tasklist/default/#/?task=" + stpPlan.getId());

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 25, 9, 0));
        dispatcher.dispatchDue();
        MimeMessage escalation = onlyMessageTo(smtp, "stpthutruong@example.gov.vn");
        assertThat(escalation.getSubject()).isEqualTo(
                "[Chỉ số CCHC 2026] Đôn đốc: Sở Tư pháp chậm 1 ngày làm việc – Lập kế hoạch triển khai (hạn 24/02/2026)");
        assertThat(decoded(escalation)).contains("Kính gửi: Đồng chí Trương Công Sơn", "đã chậm", "phê bình");

        // every row of the log was delivered once, or stays NO_ADDRESS for units with no users
        assertThat(jdbc.sql("select count(*) from notification where status not in ('SENT', 'NO_ADDRESS')")
                .query(Integer.class).single()).isZero();
        int sentRows = jdbc.sql("select count(*) from notification where status = 'SENT'").query(Integer.class).single();
        assertThat(smtp.getReceivedMessages()).hasSize(sentRows);
    }

    @Test
    void aUserWithoutAnAddressIsLoggedAndShownNotAFailureAndTheLogIsPerUnit() throws Exception {
        var noMail = identity.newUser("stpkhongthu");
        noMail.setFirstName("Lê Thị");
        noMail.setLastName("Hoa");
        noMail.setPassword("demo");
        identity.saveUser(noMail);
        identity.createMembership("stpkhongthu", "stpOfficers");
        try {
            openCycle(EngineClock.at(2026, 2, 1, 9, 0), LocalDate.of(2026, 2, 24));
            EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 10, 9, 0));
            dispatcher.dispatchDue();

            assertThat(jdbc.sql("select status from notification where recipient_user = 'stpkhongthu'")
                    .query(String.class).list()).containsExactly("NO_ADDRESS");
            assertThat(smtp.getReceivedMessages()).noneMatch(message -> recipients(message).contains("stpkhongthu"));
            assertThat(onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn").getSubject()).contains("Nhắc việc");

            var web = TestHttp.mockMvc(context);
            web.perform(get("/pages/notifications").param("year", "2026").header("Authorization", TestHttp.basic("snvdieuphoi")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Không có địa chỉ e-mail")))
                    .andExpect(content().string(containsString("Lê Thị Hoa")));
            String stpLog = web.perform(get("/api/cycles/2026/notifications").header("Authorization", TestHttp.basic("stpchuyenvien")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(stpLog).contains("\"unitCode\":\"STP\"").doesNotContain("\"unitCode\":\"SNV\"");
            web.perform(get("/api/cycles/2026/notifications").param("unit", "STP").header("Authorization", TestHttp.basic("stcchuyenvien")))
                    .andExpect(status().isForbidden());
        } finally {
            identity.deleteUser("stpkhongthu");
        }
    }

    @Test
    void noticesQueuedWhileTheMailServerIsDownAreDeliveredOnceWhenItIsBack() throws Exception {
        ProcessInstance cycle = openCycle(EngineClock.at(2026, 2, 1, 9, 0), LocalDate.of(2026, 2, 24));
        smtp.stop();
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 13, 9, 0));

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        int queued = jdbc.sql("select count(*) from notification where status = 'PENDING'").query(Integer.class).single();
        assertThat(queued).isGreaterThan(0);
        assertThat(jdbc.sql("select min(attempts) from notification where status = 'PENDING'").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(management.createJobQuery().withException().count()).as("no incident, no failed job").isZero();
        assertThat(driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN)).isNotEmpty();

        smtp.start();
        assertThat(dispatcher.dispatchDue()).isEqualTo(queued);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(queued);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::messageId).distinct()).hasSize(queued);
    }

    @Test
    void aDeadlineChangeMovesDueDatesAndTimersTogetherTellsTheUnitsAndIsLogged() throws Exception {
        ProcessInstance cycle = openCycle(EngineClock.at(2026, 2, 1, 9, 0), LocalDate.of(2026, 2, 24));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        Job watchTimer = watchTimerOf(stpPlan);
        assertThat(EngineClock.local(watchTimer.getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 10, 8, 0));

        identity.setAuthentication("snvdieuphoi", List.of("snvCoordinators"));
        DeadlineChangeService.Result result = deadlineChanges.change(cycleDeadlines, new CycleMovableDeadlines.Target(2026, DeadlineKind.PLAN_DUE),
                LocalDate.of(2026, 3, 10),
                "Công văn số 123/BNV-CCHC của Bộ Nội vụ lùi thời hạn.");
        identity.clearAuthentication();

        int planTasks = driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size();
        assertThat(result.tasksMoved()).isEqualTo(planTasks);
        assertThat(EngineClock.local(tasks.createTaskQuery().taskId(stpPlan.getId()).singleResult().getDueDate()))
                .isEqualTo(LocalDateTime.of(2026, 3, 10, 17, 0));
        // 5 working days before Tue 10/03 is Tue 03/03
        assertThat(EngineClock.local(watchTimerOf(stpPlan).getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 3, 8, 0));
        assertThat(jdbc.sql("select count(*) from deadline_change where deadline = 'PLAN_DUE' and changed_by = 'snvdieuphoi'"
                + " and tasks_moved = ?").param(planTasks).query(Integer.class).single()).isEqualTo(1);

        dispatcher.dispatchDue();
        MimeMessage notice = onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn");
        assertThat(notice.getSubject()).isEqualTo(
                "[Chỉ số CCHC 2026] Thay đổi thời hạn: Lập kế hoạch triển khai – hạn mới 10/03/2026");
        assertThat(decoded(notice)).contains("Hạn nộp kế hoạch triển khai", "17:00 ngày 10/03/2026",
                "17:00 ngày 24/02/2026", "Công văn số 123/BNV-CCHC");
    }

    @Test
    void onlySnvCoordinatorsMayMoveADeadlineAndABadChangeStoresNothing() {
        openCycle(EngineClock.at(2026, 2, 1, 9, 0), LocalDate.of(2026, 2, 24));
        identity.setAuthentication("stpchuyenvien", List.of("stpOfficers"));
        assertThatThrownBy(() -> deadlineChanges.change(cycleDeadlines, new CycleMovableDeadlines.Target(2026, DeadlineKind.PLAN_DUE), LocalDate.of(2026, 3, 10), "lý do"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Chỉ cán bộ điều phối");
        identity.setAuthentication("snvdieuphoi", List.of("snvCoordinators"));
        assertThatThrownBy(() -> deadlineChanges.change(cycleDeadlines, new CycleMovableDeadlines.Target(2026, DeadlineKind.PLAN_DUE), LocalDate.of(2026, 3, 10), " "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lý do");
        assertThatThrownBy(() -> deadlineChanges.change(cycleDeadlines, new CycleMovableDeadlines.Target(2026, DeadlineKind.UNIT_SCORE_DUE), LocalDate.of(2026, 11, 1), "lùi"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("theo thứ tự");
        identity.clearAuthentication();
        assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from par_cycle where plan_due = ?")
                .param(LocalDate.of(2026, 2, 24).atTime(17, 0).atZone(ZONE).toOffsetDateTime()).query(Integer.class).single())
                .isEqualTo(1);
    }

    private ProcessInstance openCycle(OffsetDateTime now, LocalDate planDue) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return processes.start(2026, new DeadlineDates(planDue, null, null, null, null, null));
    }

    private Job watchTimerOf(Task task) {
        return management.createJobQuery().executionId(task.getExecutionId()).activityId(task.getTaskDefinitionKey())
                .timers().singleResult();
    }


    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the HTML part, as the recipient reads it. */
}
