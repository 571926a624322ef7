package vn.parindex.internalindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.internalindex.process.InternalIndexProcess.*;
import static vn.parindex.support.TestMails.*;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.internalindex.process.InternalIndexProcessService;
import vn.parindex.notification.NotificationDispatcher;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.TestMails;
import vn.parindex.support.TestSmtp;

/**
 * The internal index's tasks under the deadline watch, on the engine clock, with a real SMTP server (GreenMail): a
 * reminder for a unit's self-score task before its deadline, the watch of a self-score task that the deadline locks
 * ends with it and the lock is escalated at once to the unit's heads and SNV's director, and an escalation to the
 * unit's heads for the unit's overdue explanation. The notices name the
 * internal index, not the Ministry's assessment.
 *
 * <pre>
 * self-score due Thu 10/12/2026 17:00 → reminder −5 working days: Thu 03/12/2026 08:00 (unit officers)
 * explanation due Fri 08/01/2027 17:00 → escalation +1 working day: Mon 11/01/2027 08:00 (unit heads)
 * </pre>
 */
class InternalIndexNoticesIT extends PostgresSpringTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired
    InternalIndexProcessService processes;
    @Autowired
    InternalIndexDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void remove() {
        driver.removeAll();
    }

    @Test
    void aSelfScoreReminderAndAnExplanationEscalationNameTheInternalIndex() throws Exception {
        EngineClock.set(EngineClock.at(2026, 11, 2, 8, 0));
        ProcessInstance period = processes.start(2026);
        var stpSelfScore = driver.task(period.getId(), SELF_SCORE, "STP");
        var sctSelfScore = driver.task(period.getId(), SELF_SCORE, "SCT");
        String stpTimer = noticeTimerOf(stpSelfScore.getId());
        noticeTimerOf(sctSelfScore.getId());

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 12, 3, 9, 0));
        dispatchQueued();
        MimeMessage reminder = onlyMessageTo(smtp, "stpchuyenvien@example.gov.vn");
        assertThat(reminder.getSubject()).isEqualTo("[Chỉ số CCHC các cơ quan, đơn vị 2026] Nhắc việc: Tự đánh giá, chấm điểm "
                + "Chỉ số CCHC của đơn vị – còn 5 ngày làm việc (hạn 10/12/2026)");
        assertThat(decoded(reminder)).contains("Kính gửi: Đồng chí Trần Văn Minh", "Sở Tư pháp",
                "trong kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026 của Tỉnh Lâm Đồng", "17:00 ngày 10/12/2026",
                "/camunda/app/tasklist/default/#/?task=" + stpSelfScore.getId())
                .doesNotContain("kỳ đánh giá Chỉ số cải cách hành chính");

        driver.selfScore(stpSelfScore, 11, 7, 13, 7, 9, 5, 11);
        assertThat(management.createJobQuery().jobId(stpTimer).count()).isZero();
        // the deadline locks the self-score tasks not submitted: their notice timers end with them (no escalation to follow)
        EngineClock.runTimersUntil(management, PROCESS_KEY, EngineClock.at(2026, 12, 11, 8, 0));
        assertThat(EngineClock.noticeTimers(management)).extracting(job -> job.getExecutionId())
                .doesNotContain(sctSelfScore.getExecutionId());
        assertThat(jdbc.sql("select count(*) from notification where task_id = ? and kind = 'ESCALATION' and step_code <> 'locked'")
                .param(sctSelfScore.getId()).query(Integer.class).single()).isZero();
        // ... but the lock itself is escalated at once to the unit's heads and SNV's director
        dispatchQueued();
        MimeMessage locked = onlyMessageTo(smtp, "vpubndthutruong@example.gov.vn");
        assertThat(locked.getSubject()).isEqualTo("[Chỉ số CCHC các cơ quan, đơn vị 2026] Đôn đốc: Văn phòng UBND tỉnh đã quá "
                + "hạn – Tự đánh giá, chấm điểm Chỉ số CCHC của đơn vị (hạn 10/12/2026)");
        assertThat(decoded(locked)).contains("Kính gửi: Đồng chí Lý Đăng Khoa", "kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026",
                "Việc tự chấm điểm đã tự động khóa khi hết hạn; đơn vị bị ghi nhận không nộp kết quả tự chấm đúng hạn")
                .doesNotContain("Mở công việc", "Tasklist", "Đề nghị chỉ đạo hoàn thành ngay");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains("snvgiamdoc@"))
                .map(TestMails::subject)).anyMatch(subject -> subject.contains("Đôn đốc: Văn phòng UBND tỉnh đã quá hạn"));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains("stpthutruong@")))
                .as("STP submitted in time").isEmpty();

        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "STP"), Map.of("3", 12.0));
        var explanation = driver.task(period.getId(), EXPLAIN, "STP");
        assertThat(noticeTimerOf(explanation.getId())).isNotNull();
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2027, 1, 11, 9, 0));
        dispatchQueued();
        MimeMessage escalation = onlyMessageTo(smtp, "stpthutruong@example.gov.vn");
        assertThat(escalation.getSubject()).isEqualTo("[Chỉ số CCHC các cơ quan, đơn vị 2026] Đôn đốc: Sở Tư pháp chậm 1 ngày "
                + "làm việc – Đơn vị giải trình kết quả thẩm định (hạn 08/01/2027)");
        assertThat(decoded(escalation)).contains("Kính gửi: Đồng chí Trương Công Sơn", "chưa hoàn thành công việc",
                "kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026", "đã chậm 1 ngày làm việc")
                .doesNotContain("kỳ đánh giá Chỉ số cải cách hành chính");
    }

    /** The dispatcher sends by the application's clock, which follows the engine's: the queued notices are made due now. */
    private void dispatchQueued() {
        jdbc.sql("update notification set next_attempt_at = ? where status = 'PENDING'")
                .param(OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE)).update();
        dispatcher.dispatchDue();
    }

    private String noticeTimerOf(String taskId) {
        return EngineClock.noticeTimersOf(engine, taskId).stream().findFirst().orElseThrow().getId();
    }

    /** The text of the HTML part, as the recipient reads it. */
}
