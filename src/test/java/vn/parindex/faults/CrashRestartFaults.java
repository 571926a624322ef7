package vn.parindex.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.faults.CycleClient.OpenTask;
import vn.parindex.support.HttpApi.Response;

/**
 * The packaged application on PostgreSQL, killed with SIGKILL at twelve points of a 2026 cycle and started again each
 * time: in the middle of a request's transaction (held there by a table lock the test owns), while a timer job
 * queues a reminder, while a reminder is being sent. After every restart the engine and our tables must agree: no
 * task, timer, score, evidence or notice lost or duplicated; the interrupted step is redone by its user and the cycle
 * completes. The mail server is also taken away for a while with the job executor running: nothing fails, the notices
 * wait and go out once.
 */
class CrashRestartFaults {

    private static final int YEAR = 2026;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration BLOCKED = Duration.ofSeconds(90);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final LocalDate today = LocalDate.now(ZONE);
    private final ExecutorService requests = Executors.newCachedThreadPool();
    private final List<String> killPoints = new ArrayList<>();
    private final List<Duration> startTimes = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final Map<String, Integer> lostOrDuplicated = new LinkedHashMap<>();
    private final Map<String, Integer> sheetSizes = new HashMap<>();

    private FaultDatabase db;
    private StallingSmtpServer stall;
    private ServerSetup smtpSetup;
    private GreenMail mail;
    private AppNode node;
    private CycleClient cycle;
    private String pi;

    @BeforeEach
    void infrastructure() {
        db = new FaultDatabase();
        stall = new StallingSmtpServer();
        smtpSetup = new ServerSetup(AppNode.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);
        mail = greenMail();
    }

    @AfterEach
    void tearDown() throws Exception {
        requests.shutdownNow();
        if (node != null) {
            node.kill();
        }
        mail.stop();
        stall.close();
        db.close();
    }

    @Test
    void killedAtTwelvePointsOfACycleItLosesAndDuplicatesNothingAndTheCycleCompletes() throws Exception {
        // a production start with demo users not allowed and a default admin password is refused before anything runs
        AppNode refused = AppNode.of("refused", db, smtpSetup.getPort());
        refused.setEnvironment("PAR_DEMO_ALLOWED", "false");
        refused.setEnvironment("PAR_ADMIN_PASSWORD", "admin");
        assertThat(refused.startExpectingRefusal()).isNotZero();
        assertThat(refused.log()).contains("PAR_DEMO_ALLOWED=true", "PAR_ADMIN_PASSWORD");
        assertThat(db.count("select count(*) from information_schema.tables where table_name = 'act_ru_task'"))
                .as("the refused start created nothing").isZero();

        node = AppNode.of("crash", db, stall.port());
        start();
        createUsersForUnitsWithoutDemoUsers();

        // 1. opening the cycle: the registration and the plan tasks are one transaction
        killDuring("opening the cycle", "cycle_unit", () -> cycle.openCycle(YEAR, today));
        assertThat(db.count("select count(*) from par_cycle")).isZero();
        assertThat(cycle.processInstance(YEAR)).isEmpty();
        assertThat(CycleClient.ok(cycle.openCycle(YEAR, today)).status()).isEqualTo(201);
        pi = cycle.processInstance(YEAR).orElseThrow();
        verifyConsistent();

        // 2. while a reminder is being sent (the mail server takes the connection and never answers)
        String snvPlan = cycle.task(pi, CycleProcess.PREPARE_PLAN, "SNV").id();
        cycle.dueNow(cycle.noticeTimer(snvPlan).orElseThrow(), OffsetDateTime.now(ZONE));
        Wait.until("the reminder to be in the middle of sending", BLOCKED,
                () -> db.count("select count(*) from notification where status = 'SENDING' and task_id = ?", snvPlan) == 1);
        kill("while a reminder is being sent");
        node.setEnvironment("SPRING_MAIL_PORT", String.valueOf(smtpSetup.getPort()));
        start();
        awaitAllSent();
        assertThat(deliveredFor(snvPlan)).as("the interrupted reminder, delivered once").isEqualTo(1);

        // 3. while a timer job queues a reminder
        String stpPlan = cycle.task(pi, CycleProcess.PREPARE_PLAN, "STP").id();
        // the dispatcher's periodic update of the table waits too: wait for the job's insert itself
        killDuring("while a timer job queues a reminder", "notification", "insert into notification",
                () -> {
                    cycle.dueNow(cycle.noticeTimer(stpPlan).orElseThrow(), OffsetDateTime.now(ZONE));
                    return null;
                });
        Wait.until("the timer to fire again once its lock expired", BLOCKED,
                () -> db.count("select count(*) from notification where task_id = ?", stpPlan) == 1);
        awaitAllSent();
        assertThat(deliveredFor(stpPlan)).isEqualTo(1);
        verifyConsistent();

        // the mail server is away while the job executor runs timers: no incident, notices wait, then go out once
        collectDelivered();
        mail.stop();
        List<String> waiting = new ArrayList<>();
        for (String unit : List.of("VPUBND", "STC")) {
            String task = cycle.task(pi, CycleProcess.PREPARE_PLAN, unit).id();
            cycle.dueNow(cycle.noticeTimer(task).orElseThrow(), OffsetDateTime.now(ZONE));
            waiting.add(task);
        }
        Wait.until("both notices to fail at least twice", BLOCKED, () -> db.count("""
                select count(*) from notification where status = 'PENDING' and attempts >= 2 and last_error is not null
                and task_id in (?, ?)""", waiting.get(0), waiting.get(1)) == 2);
        assertThat(db.count("select count(*) from act_ru_incident")).as("no incident").isZero();
        assertThat(db.count("select count(*) from act_ru_job where exception_msg_ is not null")).as("no failed job").isZero();
        int attemptsDuringOutage = db.count("select sum(attempts) from notification where task_id in (?, ?)", waiting.get(0), waiting.get(1));
        mail = greenMail();
        awaitAllSent();
        for (String task : waiting) {
            assertThat(deliveredFor(task)).as("queued during the outage, delivered once").isEqualTo(1);
        }
        System.out.printf("MAIL OUTAGE (job executor on): 2 reminders queued while SMTP was down, %d failed attempts,"
                + " 0 incidents, 0 failed jobs; after recovery each delivered once%n", attemptsDuringOutage);

        // 4. a unit's plan submission
        killDuring("a unit's plan submission", "unit_plan",
                () -> cycle.submit("stpchuyenvien", stpPlan, CycleClient.planForm("STP", today)));
        assertThat(cycle.task(pi, CycleProcess.PREPARE_PLAN, "STP").id()).as("the same task, still open").isEqualTo(stpPlan);
        assertThat(db.count("select count(*) from unit_plan")).isZero();
        finishPlans();

        // 5. opening self-assessment on the Ministry's guidance: every scoring unit's task or none
        killDuring("opening self-assessment", "cycle_unit",
                () -> cycle.api().post("snvdieuphoi", "/api/cycles/" + YEAR + "/guidance-received", null));
        assertThat(db.count("select count(*) from par_cycle where self_assessment_opened_at is not null")).isZero();
        assertThat(cycle.openTasks(pi)).noneMatch(task -> task.key().equals(CycleProcess.SELF_SCORE));
        assertThat(db.count("select count(*) from act_ru_job where process_instance_id_ = ?", pi)).as("the opening timer").isEqualTo(1);
        assertThat(CycleClient.ok(cycle.api().post("snvdieuphoi", "/api/cycles/" + YEAR + "/guidance-received", null)).status())
                .isEqualTo(204);
        List<String> scoringUnits = cycle.openTasks(pi).stream().filter(task -> task.key().equals(CycleProcess.SELF_SCORE))
                .map(OpenTask::unit).sorted().toList();
        assertThat(scoringUnits).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        verifyConsistent();

        // 6. an evidence upload
        OpenTask stpScores = cycle.task(pi, CycleProcess.SELF_SCORE, "STP");
        String item = firstItem("stpchuyenvien", stpScores.id());
        killDuring("an evidence upload", "evidence_document", () -> upload(stpScores.id(), item));
        assertThat(db.count("select count(*) from evidence_document")).isZero();
        assertThat(upload(stpScores.id(), item).status()).isEqualTo(200);

        // 7. a score sheet (mid-scoring)
        OpenTask snvScores = cycle.task(pi, CycleProcess.SELF_SCORE, "SNV");
        killDuring("a unit's score sheet", "item_score",
                () -> cycle.submit("snvchuyenvien", snvScores.id(), sheet("SNV", "snvchuyenvien", snvScores.id())));
        assertThat(db.count("select count(*) from item_score")).isZero();
        assertThat(cycle.task(pi, CycleProcess.SELF_SCORE, "SNV").id()).isEqualTo(snvScores.id());
        for (String unit : scoringUnits) {
            OpenTask sheet = cycle.task(pi, CycleProcess.SELF_SCORE, unit);
            cycle.submitOk(officer(unit), sheet.id(), sheet(unit, officer(unit), sheet.id()));
            cycle.submitOk(head(unit), cycle.task(pi, CycleProcess.SIGN_OFF_SCORES, unit).id(), CycleClient.approve());
        }
        for (String unit : scoringUnits.subList(0, scoringUnits.size() - 1)) {
            cycle.submitOk("snvdieuphoi", cycle.task(pi, CycleProcess.REVIEW_SCORES, unit).id(), CycleClient.approve());
        }
        verifyConsistent();

        // 8. consolidation, run by Sở Nội vụ's acceptance of the last unit
        String last = scoringUnits.get(scoringUnits.size() - 1);
        String lastReview = cycle.task(pi, CycleProcess.REVIEW_SCORES, last).id();
        killDuring("consolidating the scores", "field_total",
                () -> cycle.submit("snvdieuphoi", lastReview, CycleClient.approve()));
        assertThat(db.count("select count(*) from field_total")).isZero();
        assertThat(cycle.task(pi, CycleProcess.REVIEW_SCORES, last).id()).isEqualTo(lastReview);
        assertThat(cycle.openTasks(pi)).noneMatch(task -> task.key().equals(CycleProcess.PREPARE_REPORT));
        cycle.submitOk("snvdieuphoi", lastReview, CycleClient.approve());
        int fields = db.count("select count(*) from field_total");
        assertThat(fields).isPositive();
        verifyConsistent();

        // 9. a deadline change (dates, due dates, timers and notices in one transaction)
        String reportDue = db.jdbc().sql("select cast(report_to_chairman_due as varchar) from par_cycle").query(String.class).single();
        int noticesBefore = db.count("select count(*) from notification");
        Map<String, Object> change = Map.of("date", today.plusDays(66).toString(), "reason", "Công văn của Bộ Nội vụ lùi thời hạn.");
        killDuring("a deadline change", "deadline_change",
                () -> cycle.api().put("snvdieuphoi", "/api/cycles/" + YEAR + "/deadlines/report-to-chairman-due", change));
        assertThat(db.jdbc().sql("select cast(report_to_chairman_due as varchar) from par_cycle").query(String.class).single())
                .isEqualTo(reportDue);
        assertThat(db.count("select count(*) from notification")).isEqualTo(noticesBefore);
        Response moved = CycleClient.ok(cycle.api().put("snvdieuphoi", "/api/cycles/" + YEAR + "/deadlines/report-to-chairman-due", change));
        assertThat(moved.json().get("tasksMoved").asInt()).isPositive();
        awaitAllSent();
        verifyConsistent();

        // 10. the report draft
        String prepare = cycle.task(pi, CycleProcess.PREPARE_REPORT, null).id();
        killDuring("the report draft", "provincial_report",
                () -> cycle.submit("snvdieuphoi", prepare, CycleClient.reportForm()));
        assertThat(db.count("select count(*) from provincial_report")).isZero();
        cycle.submitOk("snvdieuphoi", prepare, CycleClient.reportForm());
        cycle.submitOk("snvgiamdoc", cycle.task(pi, CycleProcess.APPROVE_DRAFT, null).id(), CycleClient.approve());

        // 11. the Chairman's approval
        String approval = cycle.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null).id();
        int decisions = db.count("select count(*) from decision_log");
        killDuring("the Chairman's approval", "decision_log",
                () -> cycle.submit("chutich", approval, CycleClient.approve()));
        assertThat(db.count("select count(*) from decision_log")).isEqualTo(decisions);
        cycle.submitOk("chutich", approval, CycleClient.approve());
        verifyConsistent();

        // 12. recording the submission to the Ministry, which closes the cycle
        String record = cycle.task(pi, CycleProcess.RECORD_SUBMISSION, null).id();
        killDuring("recording the submission and closing the cycle", "ministry_submission",
                () -> cycle.submit("snvdieuphoi", record, CycleClient.submissionForm(today)));
        assertThat(db.count("select count(*) from par_cycle where status = 'OPEN'")).isEqualTo(1);
        cycle.submitOk("snvdieuphoi", record, CycleClient.submissionForm(today));

        // the report went out and the cycle waits for the Ministry's appraisal (issue 14, item 5); nothing lost or
        // duplicated anywhere
        assertThat(cycle.processInstance(YEAR)).isPresent();
        assertThat(db.count("select count(*) from cycle_appraisal")).isEqualTo(1);
        assertThat(db.count("select count(*) from par_cycle where status = 'OPEN'")).isEqualTo(1);
        assertThat(db.count("select count(*) from ministry_submission")).isEqualTo(1);
        assertThat(db.count("select count(*) from provincial_report")).isEqualTo(1);
        assertThat(db.count("select count(*) from field_total")).isEqualTo(fields);
        assertThat(db.count("select count(*) from evidence_document")).isEqualTo(1);
        count("review decisions recorded twice", db.count("""
                select count(*) from (select unit_code, step, round from decision_log where work_kind = 'CYCLE' group by unit_code, step, round
                                      having count(*) > 1) d"""));
        for (String unit : scoringUnits) {
            count("scores of " + unit + " lost or duplicated", Math.abs(db.count(
                    "select count(*) from item_score where unit_code = ? and round = 1", unit) - sheetSizes.get(unit)));
        }
        count("scores in a second round", db.count("select count(*) from item_score where round <> 1"));
        // the cycle now waits for the Ministry's appraisal: that one open task keeps its notice timer (one timer)
        int openTasks = db.count("select count(*) from act_ru_task");
        count("notice timers left behind", db.count("select count(*) from act_ru_job where handler_type_ = 'timer-task-listener'")
                - openTasks);
        count("timers left behind", db.count("select count(*) from act_ru_job") - openTasks);
        count("incidents", db.count("select count(*) from act_ru_incident"));
        awaitAllSent();
        collectDelivered();
        int sent = db.count("select count(*) from notification where status = 'SENT'");
        long distinct = delivered.stream().distinct().count();
        count("notices not sent", db.count("select count(*) from notification where status not in ('SENT', 'NO_ADDRESS')"));
        count("notices sent but not received", sent - (int) distinct);
        count("notices received twice", delivered.size() - (int) distinct);

        System.out.printf("CRASH/RESTART: %d kills with SIGKILL (%s); %d starts, %.0f s on average; afterwards lost or duplicated:"
                        + " %s; %d notices, %d messages received (%d distinct); cycle completed%n", killPoints.size(),
                String.join("; ", killPoints), startTimes.size(),
                startTimes.stream().mapToLong(Duration::toMillis).average().orElse(0) / 1000, lostOrDuplicated,
                sent, delivered.size(), distinct);
        assertThat(killPoints).hasSizeGreaterThanOrEqualTo(10);
        assertThat(lostOrDuplicated.values()).as(lostOrDuplicated.toString()).allMatch(value -> value == 0);
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * Holds a table lock, sends the request, waits until the node is inside its transaction at that table's write,
     * kills it there, frees the table and starts the node again.
     */
    private void killDuring(String point, String table, Supplier<Response> action) {
        killDuring(point, table, table, action);
    }

    /** {@code statement}: the part of the blocked write's SQL that identifies it (the table name, unless ambiguous). */
    private void killDuring(String point, String table, String statement, Supplier<Response> action) {
        CompletableFuture<Response> inFlight;
        try (FaultDatabase.TableLock lock = db.lock(table)) {
            inFlight = CompletableFuture.supplyAsync(action, requests);
            db.awaitWriteBlocked(statement, BLOCKED);
            kill(point);
        }
        Response answer = inFlight.exceptionally(dead -> null).join();
        assertThat(answer == null || !answer.ok()).as("the request died with the node").isTrue();
        start();
        verifyConsistent();
    }

    private void kill(String point) {
        node.kill();
        killPoints.add(point);
        db.awaitSessionsGone(node.name());
    }

    private void start() {
        startTimes.add(node.start());
        if (cycle == null) {
            cycle = new CycleClient(node.api());
        }
        cycle.use(node.api());
    }

    /**
     * The engine and our tables agree: every unit's status has exactly its task open, no task twice, every open task
     * with exactly one notice timer (all due dates are ahead), no notice timer of a task that is gone, every score
     * round complete.
     */
    private void verifyConsistent() {
        if (pi == null || cycle.processInstance(YEAR).isEmpty()) {
            return;
        }
        List<OpenTask> open = cycle.openTasks(pi);
        Map<String, Long> perKey = open.stream().collect(Collectors.groupingBy(t -> t.key() + "/" + t.unit(), Collectors.counting()));
        count("tasks open twice", (int) perKey.values().stream().filter(n -> n > 1).count());
        for (Map<String, Object> unit : db.jdbc().sql("select unit_code, phase, status from cycle_unit").query().listOfRows()) {
            String code = (String) unit.get("unit_code");
            String expected = expectedTask((String) unit.get("phase"), (String) unit.get("status"));
            long found = open.stream().filter(t -> code.equals(t.unit()) && t.key().equals(expected)).count();
            count("tasks lost (" + code + " " + unit.get("phase") + ")", expected == null ? 0 : (int) (1 - found));
        }
        Set<String> openIds = open.stream().map(OpenTask::id).collect(Collectors.toSet());
        // a task's notice timer is the timeout listener's job on the task's own execution
        Map<String, Integer> timers = new HashMap<>();
        for (Map<String, Object> row : db.jdbc().sql("""
                select t.id_, (select count(*) from act_ru_job j where j.execution_id_ = t.execution_id_
                               and j.handler_type_ = 'timer-task-listener') as timers
                from act_ru_task t""").query().listOfRows()) {
            timers.merge((String) row.get("id_"), ((Number) row.get("timers")).intValue(), Integer::sum);
        }
        count("notice timers of tasks that are gone", db.count("""
                select count(*) from act_ru_job j where j.handler_type_ = 'timer-task-listener'
                and not exists (select 1 from act_ru_task t where t.execution_id_ = j.execution_id_)"""));
        count("timers lost", (int) openIds.stream().filter(task -> timers.getOrDefault(task, 0) == 0).count());
        count("timers duplicated", (int) openIds.stream().filter(task -> timers.getOrDefault(task, 0) > 1).count());
        for (Map<String, Object> round : db.jdbc().sql("select unit_code, round, count(*) as n from item_score group by unit_code, round")
                .query().listOfRows()) {
            count("score rounds incomplete", ((Number) round.get("n")).intValue() == sheetSizes.getOrDefault(round.get("unit_code"), -1) ? 0 : 1);
        }
        count("evidence stored twice", db.count("""
                select count(*) from (select sha256 from evidence_document group by unit_code, criterion_code, sha256
                                      having count(*) > 1) d"""));
        count("incidents", db.count("select count(*) from act_ru_incident"));
    }

    private static String expectedTask(String phase, String status) {
        boolean plan = "PLAN".equals(phase);
        return switch (status) {
            case "IN_PROGRESS", "RETURNED" -> plan ? CycleProcess.PREPARE_PLAN : CycleProcess.SELF_SCORE;
            case "SUBMITTED" -> plan ? CycleProcess.SIGN_OFF_PLAN : CycleProcess.SIGN_OFF_SCORES;
            case "SIGNED_OFF" -> plan ? CycleProcess.REVIEW_PLAN : CycleProcess.REVIEW_SCORES;
            default -> null;
        };
    }

    /** Adds to a named lost-or-duplicated count (every one must end at 0). */
    private void count(String what, int number) {
        lostOrDuplicated.merge(what.replaceAll(" \\(.*\\)| of [A-Z]+", ""), Math.max(0, number), Integer::sum);
    }

    private void finishPlans() {
        for (OpenTask task : cycle.openTasks(pi)) {
            if (task.key().equals(CycleProcess.PREPARE_PLAN)) {
                cycle.submitOk(officer(task.unit()), task.id(), CycleClient.planForm(task.unit(), today));
            }
        }
        for (OpenTask task : cycle.openTasks(pi)) {
            if (task.key().equals(CycleProcess.SIGN_OFF_PLAN)) {
                cycle.submitOk(head(task.unit()), task.id(), CycleClient.approve());
            }
        }
        for (OpenTask task : cycle.openTasks(pi)) {
            if (task.key().equals(CycleProcess.REVIEW_PLAN)) {
                cycle.submitOk("snvdieuphoi", task.id(), CycleClient.approve());
            }
        }
        assertThat(db.count("select count(*) from cycle_unit where phase = 'PLAN' and status <> 'ACCEPTED'")).isZero();
    }

    private void createUsersForUnitsWithoutDemoUsers() {
        for (String unit : db.jdbc().sql("select code from org_unit").query(String.class).list()) {
            String lower = unit.toLowerCase(java.util.Locale.ROOT);
            cycle.ensureMember(lower + "Officers", lower + "chuyenvien");
            cycle.ensureMember(lower + "Heads", lower + "thutruong");
        }
    }

    private static String officer(String unit) {
        return unit.toLowerCase(java.util.Locale.ROOT) + "chuyenvien";
    }

    private static String head(String unit) {
        return unit.toLowerCase(java.util.Locale.ROOT) + "thutruong";
    }

    private String firstItem(String user, String taskId) {
        return sheetRows(cycle.scoreSheet(user, taskId)).get(0).get("code").asText();
    }

    /** A score sheet as submitted, remembering its size: a unit's round of scores must have exactly that many. */
    private Map<String, Object> sheet(String unit, String user, String taskId) {
        Map<String, Object> sheet = cycle.scoreSheet(user, taskId);
        sheetSizes.put(unit, sheetRows(sheet).size());
        return sheet;
    }

    private static com.fasterxml.jackson.databind.JsonNode sheetRows(Map<String, Object> sheet) {
        try {
            return vn.parindex.support.HttpApi.JSON.readTree(((vn.parindex.support.HttpApi.TypedJson) sheet.get("scoreItems")).serialized());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Response upload(String taskId, String item) {
        return cycle.api().upload("stpchuyenvien", "/pages/evidence", Map.of("task", taskId, "item", item), "bao-cao.pdf", PDF);
    }

    private GreenMail greenMail() {
        GreenMail server = new GreenMail(smtpSetup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    private void awaitAllSent() {
        Wait.until("every queued notice to be sent", BLOCKED,
                () -> db.count("select count(*) from notification where status in ('PENDING', 'SENDING')") == 0);
    }

    /** Message-IDs received so far by the current mail server, kept across its restarts. */
    private void collectDelivered() {
        try {
            for (MimeMessage message : mail.getReceivedMessages()) {
                delivered.add(message.getMessageID());
            }
            mail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int deliveredFor(String taskId) {
        collectDelivered();
        List<Long> ids = db.jdbc().sql("select id from notification where task_id = ?").param(taskId).query(Long.class).list();
        return (int) delivered.stream().filter(id -> ids.stream().anyMatch(n -> id.equals("<notice-" + n + "@chiso-cchc>"))).count();
    }
}
