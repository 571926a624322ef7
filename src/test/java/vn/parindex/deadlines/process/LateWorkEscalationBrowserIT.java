package vn.parindex.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.notification.NotificationDispatcher;
import vn.parindex.notification.SkippedNotices;
import vn.parindex.support.ChromiumSession;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.TestMails;
import vn.parindex.support.TestSmtp;

/**
 * Issue 15 item 4, work opened after its due date: a 2026 cycle opened on 20/03/2026 with the plans due on 24/02
 * (every step of the ladder already past). Each unit's plan task gets, at once, the latest escalation already past:
 * one mail per task to the heads of Văn phòng UBND tỉnh, not the whole ladder; the other steps are explained on the
 * notification log page. A cycle opened between two escalations gets the earlier one at once and the later one on
 * its date. Real SMTP (GreenMail) counting messages; screenshots in {@code target/screenshots/late-work-escalation/}.
 */
class LateWorkEscalationBrowserIT extends PostgresSpringTest {

    private static final String CHAIRMAN_OFFICE_HEAD = "vpubndthutruong@example.gov.vn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCycleOpenedAfterThePlanDeadlineEscalatesEveryLatePlanAtOnceOncePerRecipient() {
        ProcessInstance cycle = openCycle(EngineClock.at(2026, 3, 20, 9, 0), LocalDate.of(2026, 2, 24));
        int planTasks = driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size();
        assertThat(planTasks).as("the units' plan tasks").isGreaterThan(5);

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 20, 9, 0));
        dispatchAll();

        // one escalation per late plan, to the Chairman's office; no reminder, no earlier rung of the ladder
        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        assertThat(received).as("one mail per late task and recipient").hasSize(planTasks);
        assertThat(received).allSatisfy(message -> {
            assertThat(TestMails.recipients(message)).isEqualTo("[" + CHAIRMAN_OFFICE_HEAD + "]");
            assertThat(TestMails.subject(message)).startsWith("[Chỉ số CCHC 2026] Đôn đốc: ").contains("(hạn 24/02/2026)");
        });
        assertThat(received.stream().map(TestMails::subject).filter(subject -> subject.contains("Sở Tư pháp chậm")))
                .containsExactly("[Chỉ số CCHC 2026] Đôn đốc: Sở Tư pháp chậm 18 ngày làm việc – Lập kế hoạch triển khai (hạn 24/02/2026)");
        assertThat(jdbc.sql("select count(*) from skipped_notice where reason = ?").param(SkippedNotices.PAST_WHEN_GIVEN)
                .query(Integer.class).single()).as("three reminders per task skipped").isEqualTo(3 * planTasks);
        assertThat(EngineClock.noticeTimers(management)).as("nothing left to send: no notice timer left").isEmpty();

        // the log page explains the steps nobody heard about (the browser works on the real clock)
        ClockUtil.reset();
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", "late-work-escalation")) {
            Page log = snv.open("/pages/notifications?year=2026&unit=STP");
            PlaywrightAssertions.assertThat(log.locator("table").first()).containsText("Báo Văn phòng UBND tỉnh để trình Chủ tịch");
            PlaywrightAssertions.assertThat(log.locator("table").first()).not().containsText("escalateChairmanOffice");
            PlaywrightAssertions.assertThat(log.locator("table.skipped")).containsText(
                    "Bỏ qua: " + SkippedNotices.PAST_WHEN_GIVEN);
            PlaywrightAssertions.assertThat(log.locator("table.skipped")).containsText(
                    "Bỏ qua: " + SkippedNotices.SUPERSEDED_WHEN_GIVEN);
            assertThat(log.locator("table.skipped tbody tr").count()).as("STP's five skipped steps").isEqualTo(5);
            snv.screenshot(log, "notification-log-skipped-steps");
        }
    }

    @Test
    void aCycleOpenedBetweenTwoEscalationsGetsTheEarlierAtOnceAndTheLaterOnItsDate() {
        // 26/02: the heads' escalation (25/02) has passed, Sở Nội vụ's director's (27/02) is ahead
        ProcessInstance cycle = openCycle(EngineClock.at(2026, 2, 26, 10, 0), LocalDate.of(2026, 2, 24));
        int planTasks = driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size();

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 26, 10, 0));
        dispatchAll();
        Map<String, Long> atOnce = new java.util.HashMap<>(byRecipient());
        assertThat(atOnce).as("the units' heads, one mail each for their late plan; no officer reminded late")
                .containsEntry("stpthutruong@example.gov.vn", 1L).containsEntry("stcthutruong@example.gov.vn", 1L)
                .allSatisfy((address, count) -> {
                    // snvgiamdoc is one of Sở Nội vụ's heads too
                    assertThat(address).doesNotContain("chuyenvien");
                    assertThat(count).isEqualTo(1L);
                });
        assertThat(TestMails.subject(TestMails.onlyMessageTo(smtp, "stpthutruong@example.gov.vn"))).isEqualTo(
                "[Chỉ số CCHC 2026] Đôn đốc: Sở Tư pháp chậm 2 ngày làm việc – Lập kế hoạch triển khai (hạn 24/02/2026)");

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 27, 9, 0));
        dispatchAll();
        Map<String, Long> later = byRecipient();
        assertThat(later.get("snvgiamdoc@example.gov.vn")).as("27/02: Sở Nội vụ's director once per late plan"
                + " (and once before, as one of Sở Nội vụ's heads)").isEqualTo(planTasks + 1L);
        later.remove("snvgiamdoc@example.gov.vn");
        atOnce.remove("snvgiamdoc@example.gov.vn");
        assertThat(later).as("nobody else told again").isEqualTo(atOnce);

        // a manager sees the tasks' next notices in Cockpit: one timer per open plan task, on the task's activity
        assertThat(EngineClock.noticeTimers(management)).hasSize(planTasks)
                .allSatisfy(job -> assertThat(EngineClock.local(job.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 6, 8, 0)));
        ClockUtil.reset();
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", "late-work-escalation")) {
            Page jobs = snv.open("/camunda/app/cockpit/default/#/process-instance/" + cycle.getId() + "/runtime?tab=jobs-tab");
            Locator activities = jobs.locator("td a[href*='activityIds=" + CycleProcess.PREPARE_PLAN + "']");
            // Cockpit's first load in this browser (its bundles, then the cycle's diagram and activity tree) takes
            // well over the default 30 s on a loaded machine, like Tasklist's first load; a Cockpit that never leaves
            // its start spinner is reloaded once by ChromiumSession.open.
            PlaywrightAssertions.assertThat(activities.first()).hasText("Lập kế hoạch triển khai",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(240_000));
            assertThat(activities.allTextContents()).as("one row per plan task's notice timer").hasSize(planTasks)
                    .allSatisfy(text -> assertThat(text.strip()).isEqualTo("Lập kế hoạch triển khai"));
            assertThat(jobs.locator("tr:has(td a[href*='activityIds=" + CycleProcess.PREPARE_PLAN + "'])").first()
                    .textContent()).as("the next notice: the Chairman's office, 8 working days late").contains("2026-03-06T08:00:00");
            snv.screenshot(jobs, "cockpit-notice-timers-of-the-plan-tasks");
        }
    }

    /**
     * Sends every queued notice, including those a dispatch after the commit is sending on its own thread, and waits
     * for them (polling the log, no fixed sleep).
     */
    private void dispatchAll() {
        long until = System.currentTimeMillis() + 120_000;
        do {
            dispatcher.dispatchDue();
        } while (jdbc.sql("select count(*) from notification where status in ('PENDING', 'SENDING')")
                .query(Integer.class).single() > 0 && System.currentTimeMillis() < until);
        assertThat(jdbc.sql("select count(*) from notification where status in ('PENDING', 'SENDING')")
                .query(Integer.class).single()).as("every notice sent").isZero();
    }

    private Map<String, Long> byRecipient() {
        return Arrays.stream(smtp.getReceivedMessages()).map(TestMails::recipients)
                .map(recipients -> recipients.substring(1, recipients.length() - 1))
                .collect(Collectors.groupingBy(address -> address, Collectors.counting()));
    }

    private ProcessInstance openCycle(java.time.OffsetDateTime now, LocalDate planDue) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return processes.start(2026, new DeadlineDates(planDue, null, null, null, null, null));
    }
}
