package vn.parindex.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;

/**
 * Two nodes of the packaged application on one PostgreSQL (a Camunda homogeneous cluster) and 1,000 notice
 * timers due at the same moment: every timer fires exactly once (one successful job per task timer in the engine's job
 * log), every notice is queued once and sent once (GreenMail counts the messages and their Message-IDs), although
 * one node is killed with SIGKILL in the middle of the storm and the other has to finish its work.
 */
class TwoNodeTimerStormFaults {

    private static final int TIMERS = 1000;
    private static final int YEAR = 2026;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String STORM_TASKS = "select id_ from act_ru_task where proc_def_id_ like 'fault-storm:%'";
    // a task's notice timer: the timeout listener's job on the task's own execution
    private static final String STORM_TASK_EXECUTIONS = "select execution_id_ from act_ru_task where proc_def_id_ like 'fault-storm:%'";
    private static final String STORM_TIMERS = "handler_type_ = 'timer-task-listener' and execution_id_ in (" + STORM_TASK_EXECUTIONS + ")";

    private final LocalDate today = LocalDate.now(ZONE);
    private FaultDatabase db;
    private GreenMail mail;
    private AppNode nodeA;
    private AppNode nodeB;

    @BeforeEach
    void twoNodes() throws Exception {
        db = new FaultDatabase();
        ServerSetup smtp = new ServerSetup(AppNode.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        // the job log is this test's witness of which node fired which timer, how often: the notice timers' routine
        // rows, which the application leaves out of history (platform/engine/EngineTuning), are switched back on
        String jobLog = "--par.engine.notice-timer-job-log=true";
        nodeA = AppNode.of("node-a", db, smtp.getPort(), "--camunda.bpm.generic-properties.properties.hostname=node-a", jobLog);
        nodeB = AppNode.of("node-b", db, smtp.getPort(), "--camunda.bpm.generic-properties.properties.hostname=node-b", jobLog);
        // both start at once: the engine's deployment lock lets two nodes deploy the same models side by side
        CompletableFuture<Duration> a = CompletableFuture.supplyAsync(nodeA::start);
        CompletableFuture<Duration> b = CompletableFuture.supplyAsync(nodeB::start);
        System.out.printf("TIMER STORM: two nodes started side by side in %d s and %d s%n", a.join().toSeconds(), b.join().toSeconds());
    }

    @AfterEach
    void stop() throws Exception {
        nodeA.kill();
        nodeB.kill();
        mail.stop();
        db.close();
    }

    @Test
    void thousandTimersDueAtOnceFireOnceAndTheirNoticesGoOutOnceThoughANodeIsKilled() throws Exception {
        HttpApi a = nodeA.api();
        HttpApi b = nodeB.api();
        CycleClient cycle = new CycleClient(a);
        assertThat(CycleClient.ok(cycle.openCycle(YEAR, today)).status()).isEqualTo(201);
        long cycleId = db.jdbc().sql("select id from par_cycle").query(Long.class).single();

        // 1,000 tasks due in 20 days, each with its notice timer: started over both nodes' REST APIs
        Response deployed = a.upload(CycleClient.ADMIN, "/engine-rest/deployment/create", Map.of("deployment-name", "fault-storm"),
                "fault-storm.bpmn", Files.readAllBytes(Path.of("src/test/resources/faults/fault-storm.bpmn")));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        String due = today.plusDays(20) + "T17:00:00.000+0700";
        Map<String, Object> start = Map.of("variables", Map.of(
                "cycleId", Map.of("value", cycleId, "type", "Long"),
                "unitCode", Map.of("value", "STP"),
                "stormDue", Map.of("value", due, "type", "Date")));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Response>> starts = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            HttpApi api = i % 2 == 0 ? a : b;
            starts.add(clients.submit(() -> api.post(CycleClient.ADMIN, "/engine-rest/process-definition/key/fault-storm/start", start)));
        }
        for (Future<Response> started : starts) {
            assertThat(started.get().status()).as(started.get().toString()).isEqualTo(200);
        }
        clients.shutdown();
        assertThat(db.count("select count(*) from act_ru_job where " + STORM_TIMERS))
                .as("one notice timer per task").isEqualTo(TIMERS);

        // all due at the same instant
        int madeDue = db.jdbc().sql("update act_ru_job set duedate_ = current_timestamp where " + STORM_TIMERS).update();
        assertThat(madeDue).isEqualTo(TIMERS);
        long began = System.nanoTime();

        // node A dies in the middle of the storm, while it takes its share: a node whose acquisition was still waiting
        // out its back-off (up to max-wait) would leave nothing of its own for the other to take over
        Wait.until("a third of the notices queued and node A firing", Duration.ofMinutes(5),
                () -> db.count("select count(*) from notification where task_id in (" + STORM_TASKS + ")") >= TIMERS / 3
                        && db.count("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = 'node-a'"
                        + " and process_def_key_ = 'fault-storm'") >= 20);
        int queuedAtKill = db.count("select count(*) from notification where task_id in (" + STORM_TASKS + ")");
        int sendingAtKill = db.count("select count(*) from notification where status = 'SENDING'");
        nodeA.kill();
        long killedAt = System.nanoTime();

        AtomicInteger lastSeen = new AtomicInteger();
        Wait.until("node B to finish the storm", Duration.ofMinutes(8), () -> {
            lastSeen.set(db.count("select count(*) from notification where status = 'SENT' and task_id in (" + STORM_TASKS + ")"));
            return lastSeen.get() >= TIMERS && db.count("select count(*) from notification where status in ('PENDING', 'SENDING')") == 0;
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        Wait.until("the last messages to arrive", Duration.ofSeconds(30), () -> mail.getReceivedMessages().length >= TIMERS);

        // each timer fired exactly once: one successful execution per task's notice timer in the engine's job log
        List<Integer> successesPerWatch = db.jdbc().sql("""
                select count(*) from act_hi_job_log l
                where l.job_state_ = 2 and l.process_def_key_ = 'fault-storm' and l.job_def_type_ = 'timer-task-listener'
                  and l.execution_id_ in (""" + STORM_TASK_EXECUTIONS + """
                )
                group by l.execution_id_""").query(Integer.class).list();
        int firedOnce = (int) successesPerWatch.stream().filter(n -> n == 1).count();
        int firedTwice = (int) successesPerWatch.stream().filter(n -> n > 1).count();
        int neverFired = TIMERS - successesPerWatch.size();
        int failedAttempts = db.count("select count(*) from act_hi_job_log where job_state_ = 1 and process_def_key_ = 'fault-storm'");
        Map<String, Integer> firedBy = new HashMap<>();
        db.jdbc().sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and process_def_key_ = 'fault-storm'"
                + " group by hostname_").query((rs, row) -> firedBy.put(rs.getString(1), rs.getInt(2))).list();
        int nextTimers = db.count("select count(*) from act_ru_job where " + STORM_TIMERS);

        // each notice queued once and sent once
        int queued = db.count("select count(*) from notification where task_id in (" + STORM_TASKS + ")");
        int distinctNotices = db.count("select count(distinct task_id || step_code || recipient_user) from notification"
                + " where task_id in (" + STORM_TASKS + ")");
        List<String> messageIds = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            messageIds.add(message.getMessageID());
        }
        long distinctMessages = messageIds.stream().distinct().count();
        int duplicates = messageIds.size() - (int) distinctMessages;

        System.out.printf("TIMER STORM: %d notice timers due at once on 2 nodes; node A killed after %d notices (%d being sent);"
                        + " fired exactly once: %d, twice: %d, never: %d; failed job attempts (retried): %d; fired by %s;"
                        + " next timers pending: %d; notices queued %d (distinct %d), sent %d; messages received %d (distinct"
                        + " Message-IDs %d, duplicates %d); storm done in %.0f s, %.0f s after the kill; incidents %d%n",
                TIMERS, queuedAtKill, sendingAtKill, firedOnce, firedTwice, neverFired, failedAttempts, firedBy, nextTimers,
                queued, distinctNotices, lastSeen.get(), messageIds.size(), distinctMessages, duplicates, seconds,
                (System.nanoTime() - killedAt) / 1e9, db.count("select count(*) from act_ru_incident"));
        assertThat(nodeB.isAlive()).isTrue();
        assertThat(firedOnce).isEqualTo(TIMERS);
        assertThat(firedTwice + neverFired).isZero();
        assertThat(nextTimers).as("every task's notice timer moved on to its next step").isEqualTo(TIMERS);
        assertThat(queued).isEqualTo(TIMERS);
        assertThat(distinctNotices).isEqualTo(TIMERS);
        assertThat(distinctMessages).as("every notice received").isEqualTo(TIMERS);
        // a node killed after the mail server took a message but before it recorded that, resends it after the claim
        // expires, with the same Message-ID (at-least-once); that window holds at most what was being sent at the kill
        assertThat(duplicates).isLessThanOrEqualTo(sendingAtKill);
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();
    }
}
