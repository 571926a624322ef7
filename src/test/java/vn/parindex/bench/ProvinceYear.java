package vn.parindex.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.CycleStatus;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.results.ResultEntry;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;

/**
 * P1, a province's year: the whole cycle of the synthetic year 2026 (all units plan, the scoring units self-score,
 * consolidation, report, approvals, submission, the Ministry's appraisal with no points lost, the published results),
 * worked by simulated users through {@code FormService.submitTaskForm}
 * as Tasklist does, with reminders and escalations firing on the engine clock (every due timer executed at its due
 * time, job executor off so the run is deterministic). The same script runs against {@code bench-bare-year}: the
 * same user tasks, return loops and users, and the same timers (the dates our run fired), no logic.
 *
 * <p>Work time = time spent inside the engine calls (start, form submissions, timer jobs); wall time adds the
 * simulated users' task look-ups and Sở Nội vụ's two entries on the results page (the appraised scores, then the
 * published ones), which are page requests outside the cycle's tasks and have no counterpart in the bare year. Statements are counted in the engine calls only.
 */
final class ProvinceYear {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String BARE_KEY = "bench-bare-year";
    /** The job type of a task's notice timer (the timeout listener of every user task with a due date). */
    static final String NOTICE_TIMER_TYPE = "timer-task-listener";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ObjectMapper JSON = new ObjectMapper();

    // the year's script: when simulated users act (the engine clock), 2026 calendar of the synthetic year
    static final LocalDateTime OPEN = LocalDateTime.of(2026, 1, 5, 9, 0);
    static final LocalDateTime PLANS_ON_TIME = LocalDateTime.of(2026, 2, 26, 10, 0);
    static final LocalDateTime PLANS_LATE = LocalDateTime.of(2026, 3, 4, 10, 0);
    static final LocalDateTime SELF_ASSESSMENT_OPENED = LocalDateTime.of(2026, 12, 1, 9, 0);
    static final LocalDateTime SCORES_ON_TIME = LocalDateTime.of(2027, 1, 8, 10, 0);
    static final LocalDateTime SCORES_LATE = LocalDateTime.of(2027, 1, 14, 10, 0);
    static final LocalDateTime REPORT_DRAFTED = LocalDateTime.of(2027, 1, 15, 10, 0);
    static final LocalDateTime REPORT_APPROVED = LocalDateTime.of(2027, 1, 19, 10, 0);
    static final LocalDateTime SUBMITTED = LocalDateTime.of(2027, 1, 21, 10, 0);
    // after the submission (SyntheticData: appraisal due 01/03, explanation 15/03, results 15/04/2027)
    static final LocalDateTime APPRAISED = LocalDateTime.of(2027, 2, 26, 10, 0);
    static final LocalDateTime PUBLISHED = LocalDateTime.of(2027, 3, 30, 10, 0);

    /** Per kind of engine call: how many, how long, what JDBC work. */
    static final class Op {
        long count;
        long nanos;
        JdbcCounter.Snapshot jdbc = JdbcCounter.Snapshot.ZERO;
    }

    record Run(String model, int units, int scoringUnits, int tasks, int timers, double wallSeconds, double workSeconds,
               JdbcCounter.Snapshot jdbc, Map<String, Op> ops, long allocatedBytes, long retainedBytes,
               List<Map.Entry<String, Long>> statementShapes, List<List<String>> topStatements) {

        double statementsPerTask() {
            return (double) jdbc.statements() / tasks;
        }

        double roundTripsPerTask() {
            return (double) jdbc.roundTrips() / tasks;
        }
    }

    /** What the bare run replays: recorded from the first run of ours. */
    static final class Script {
        List<String> planUnits;
        List<String> scoringUnits;
        final List<String> reminderDates = new ArrayList<>();
        String opensAt;
        final Map<String, String> scoreSheets = new HashMap<>();
    }

    private final BenchApp app;
    private final BenchPostgres postgres;
    private final Script script;
    private final CycleService cycles;
    private final CycleProcessService cycleProcesses;
    private final ScoringService scoring;
    private final MinistryResultService results;

    // state of one run
    private boolean ours;
    private boolean recording;
    private Map<String, Op> ops;
    private int tasks;
    private int timers;
    private final Set<String> returned = new HashSet<>();
    private AuthorizationRows authorizationsWhileScoring;

    ProvinceYear(BenchApp app, BenchPostgres postgres, Script script) {
        this.app = app;
        this.postgres = postgres;
        this.script = script;
        this.cycles = app.context.getBean(CycleService.class);
        this.cycleProcesses = app.context.getBean(CycleProcessService.class);
        this.scoring = app.context.getBean(ScoringService.class);
        this.results = app.context.getBean(MinistryResultService.class);
        app.deploy("bench-bare-year", "bare-year.bpmn");
        app.allowStart(BARE_KEY);
    }

    Script script() {
        return script;
    }

    /** The authorization table of the last run of ours, when every scoring unit's self-scoring task was open. */
    AuthorizationRows authorizationsWhileScoring() {
        return authorizationsWhileScoring;
    }

    Run ours(boolean profile) {
        return run(true, profile);
    }

    Run bare(boolean profile) {
        if (script.planUnits == null) {
            throw new IllegalStateException("the bare year replays a run of ours: run ours first");
        }
        return run(false, profile);
    }

    private Run run(boolean ours, boolean profile) {
        this.ours = ours;
        this.recording = ours && script.planUnits == null;
        this.ops = new TreeMap<>();
        this.tasks = 0;
        this.timers = 0;
        this.returned.clear();
        BenchApp.clock(at(OPEN));
        long heapBefore = BenchApp.heapAfterGc();
        if (profile) {
            postgres.resetStatementStatistics();
            JdbcCounter.startProfile();
        }
        long allocatedBefore = BenchApp.allocatedBytes();
        long started = System.nanoTime();

        String pi = start();
        List<String> planUnits = script.planUnits;
        List<String> scoringUnits = script.scoringUnits;
        if (recording) {
            long cycleId = cycles.findOpen(SyntheticData.PROVINCE_YEAR).orElseThrow().id();
            planUnits = cycles.planUnits(cycleId);
            scoringUnits = cycles.scoringUnits(cycleId);
            for (String unit : scoringUnits) {
                script.scoreSheets.put(unit, sheet(cycleId, unit));
            }
        }

        unitPhase(pi, planUnits, List.of(CycleProcess.PREPARE_PLAN, CycleProcess.SIGN_OFF_PLAN, CycleProcess.REVIEW_PLAN),
                true, PLANS_ON_TIME);
        unitPhase(pi, planUnits, List.of(CycleProcess.PREPARE_PLAN, CycleProcess.SIGN_OFF_PLAN, CycleProcess.REVIEW_PLAN),
                false, PLANS_LATE);
        fireTimers(at(SELF_ASSESSMENT_OPENED));
        if (ours) {
            authorizationsWhileScoring = AuthorizationRows.read(postgres, app.database);
        }
        List<String> scoringKeys = List.of(CycleProcess.SELF_SCORE, CycleProcess.SIGN_OFF_SCORES, CycleProcess.REVIEW_SCORES);
        if (recording) {
            script.scoringUnits = scoringUnits;
        }
        unitPhase(pi, scoringUnits, scoringKeys, true, SCORES_ON_TIME);
        unitPhase(pi, scoringUnits, scoringKeys, false, SCORES_LATE);

        fireTimers(at(REPORT_DRAFTED));
        complete(pi, CycleProcess.PREPARE_REPORT, BenchApp.COORDINATOR, reportForm());
        complete(pi, CycleProcess.APPROVE_DRAFT, BenchApp.DIRECTOR, decision(true));
        complete(pi, CycleProcess.CHAIRMAN_APPROVAL, BenchApp.CHAIRMAN, decision(false));
        complete(pi, CycleProcess.PREPARE_REPORT, BenchApp.COORDINATOR, reportForm());
        complete(pi, CycleProcess.APPROVE_DRAFT, BenchApp.DIRECTOR, decision(true));
        fireTimers(at(REPORT_APPROVED));
        complete(pi, CycleProcess.CHAIRMAN_APPROVAL, BenchApp.CHAIRMAN, decision(true));
        fireTimers(at(SUBMITTED));
        complete(pi, CycleProcess.RECORD_SUBMISSION, BenchApp.COORDINATOR, submissionForm());
        fireTimers(at(SUBMITTED));

        // the Ministry appraised every item at its maximum (self-scores are 75 %): no unit explains
        fireTimers(at(APPRAISED));
        enterResults("Thông báo số 123/BNV-CCHC ngày 25/02/2027", "2027-02-25");
        complete(pi, CycleProcess.RECORD_APPRAISAL, BenchApp.COORDINATOR, appraisalForm());
        fireTimers(at(PUBLISHED));
        enterResults("Quyết định số 268/QĐ-BNV ngày 28/3/2027", "2027-03-28");
        complete(pi, CycleProcess.RECORD_PUBLISHED_RESULTS, BenchApp.COORDINATOR, publishedForm());
        fireTimers(at(PUBLISHED));

        double wall = (System.nanoTime() - started) / 1e9;
        long allocated = BenchApp.allocatedBytes() - allocatedBefore;
        List<Map.Entry<String, Long>> shapes = profile ? JdbcCounter.stopProfile() : List.of();
        List<List<String>> top = profile ? postgres.topStatements(app.database, 12) : List.of();
        if (recording) {
            script.planUnits = planUnits;
        }
        check(pi);
        long retained = BenchApp.heapAfterGc() - heapBefore;
        JdbcCounter.Snapshot total = ops.values().stream().map(op -> op.jdbc).reduce(JdbcCounter.Snapshot.ZERO,
                JdbcCounter.Snapshot::plus);
        double work = ops.values().stream().mapToLong(op -> op.nanos).sum() / 1e9;
        return new Run(ours ? "ours" : "bare", planUnits.size(), scoringUnits.size(), tasks, timers, wall, work, total,
                ops, allocated, retained, shapes, top);
    }

    private String start() {
        if (ours) {
            ProcessInstance instance = measure("start", () -> app.as(BenchApp.COORDINATOR,
                    () -> cycleProcesses.start(SyntheticData.PROVINCE_YEAR, DeadlineDates.none())));
            return instance.getId();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("planUnits", new ArrayList<>(script.planUnits));
        variables.put("scoringUnits", new ArrayList<>(script.scoringUnits));
        variables.put("reminderDates", new ArrayList<>(script.reminderDates));
        variables.put("opensAt", script.opensAt);
        ProcessInstance instance = measure("start", () -> app.as(BenchApp.COORDINATOR,
                () -> app.runtime.startProcessInstanceByKey(BARE_KEY, variables)));
        return instance.getId();
    }

    /**
     * One phase of the units at one moment: the units due then (on time: index % 3 != 2, else late) submit, their
     * heads sign off (index % 7 == 3 returns once), Sở Nội vụ reviews (index % 5 == 1 returns once), until every
     * one of them is through.
     */
    private void unitPhase(String pi, List<String> units, List<String> keys, boolean onTime, LocalDateTime when) {
        fireTimers(at(when));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if ((i % 3 != 2) == onTime) {
                index.put(units.get(i), i);
            }
        }
        boolean progressed;
        do {
            progressed = false;
            for (int stage = 0; stage < keys.size(); stage++) {
                String key = keys.get(stage);
                for (Map.Entry<String, Task> open : openTasks(pi, key).entrySet()) {
                    String unit = open.getKey();
                    Integer i = index.get(unit);
                    if (i == null) {
                        continue;
                    }
                    progressed = true;
                    switch (stage) {
                        case 0 -> submit(open.getValue(), BenchApp.officer(unit), firstForm(key, unit));
                        case 1 -> submit(open.getValue(), BenchApp.head(unit), decision(!returnsOnce(key, unit, i % 7 == 3)));
                        default -> submit(open.getValue(), BenchApp.COORDINATOR, decision(!returnsOnce(key, unit, i % 5 == 1)));
                    }
                }
            }
        } while (progressed);
    }

    private boolean returnsOnce(String key, String unit, boolean wouldReturn) {
        return wouldReturn && returned.add(key + "|" + unit);
    }

    private Map<String, Object> firstForm(String key, String unit) {
        if (CycleProcess.PREPARE_PLAN.equals(key)) {
            return planForm(unit);
        }
        Map<String, Object> form = new HashMap<>();
        form.put("scoreItems", SpinValues.jsonValue(script.scoreSheets.get(unit)).create());
        return form;
    }

    /** Open tasks of an element by unit, in unit order. */
    private Map<String, Task> openTasks(String pi, String key) {
        Map<String, Task> byUnit = new TreeMap<>();
        for (Task task : app.tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list()) {
            byUnit.put((String) app.runtime.getVariable(task.getExecutionId(), CycleProcess.UNIT_CODE), task);
        }
        return byUnit;
    }

    private void complete(String pi, String key, String user, Map<String, Object> form) {
        List<Task> open = app.tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list();
        if (open.size() != 1) {
            throw new IllegalStateException("expected one open " + key + ", found " + open.size());
        }
        submit(open.get(0), user, form);
    }

    private void submit(Task task, String user, Map<String, Object> form) {
        measure("complete " + task.getTaskDefinitionKey(), () -> app.as(user, () -> {
            app.forms.submitTaskForm(task.getId(), form);
            return null;
        }));
        tasks++;
    }

    /** Executes every timer due up to the moment, one by one in due order, each at its due time. */
    private void fireTimers(Date until) {
        List<Job> due;
        while (!(due = app.dueTimers(until, 1)).isEmpty()) {
            Job job = due.get(0);
            BenchApp.clock(job.getDuedate());
            boolean notice = isNoticeTimer(job);
            String key = job.getProcessDefinitionKey();
            measure(notice ? "timer notice (task timeout listener)" : "timer " + key, () -> {
                app.management.executeJob(job.getId());
                return null;
            });
            timers++;
            if (recording) {
                String date = job.getDuedate().toInstant().atZone(ZONE).format(ISO);
                if (notice) {
                    script.reminderDates.add(date);
                } else if (CycleProcess.PROCESS_KEY.equals(key)) {
                    script.opensAt = date;
                }
            }
        }
        BenchApp.clock(until);
    }

    private boolean isNoticeTimer(Job job) {
        return NOTICE_TIMER_TYPE.equals(app.management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getJobType());
    }

    private <T> T measure(String kind, java.util.function.Supplier<T> call) {
        Op op = ops.computeIfAbsent(kind, k -> new Op());
        JdbcCounter.Snapshot before = JdbcCounter.snapshot();
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            op.nanos += System.nanoTime() - started;
            op.count++;
            op.jdbc = op.jdbc.plus(JdbcCounter.snapshot().minus(before));
        }
    }

    private void check(String pi) {
        if (app.runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException((ours ? "our" : "the bare") + " year did not end");
        }
        if (ours) {
            var cycle = cycles.all().stream().filter(c -> pi.equals(c.processInstanceId())).findFirst().orElseThrow();
            if (cycle.status() != CycleStatus.COMPLETED) {
                throw new IllegalStateException("cycle not completed: " + cycle.status());
            }
            long noticeTimers = app.management.createJobQuery().timers().list().stream().filter(this::isNoticeTimer).count();
            if (noticeTimers != 0) {
                throw new IllegalStateException(noticeTimers + " notice timers left after the year");
            }
        }
    }

    /**
     * Sở Nội vụ's entry on the results page (our run only: the bare year has no results): every scored item at its
     * maximum, so no item lost points against the self-scores.
     */
    private void enterResults(String decisionRef, String publishedOn) {
        if (!ours) {
            return;
        }
        var cycle = results.assessedCycle(SyntheticData.PROVINCE_YEAR);
        List<ResultEntry.Item> items = results.scoredItems(cycles.get(cycle.id())).stream()
                .map(item -> new ResultEntry.Item(item.code(), VietnameseFormat.points(item.maxPoints()))).toList();
        results.enter(SyntheticData.PROVINCE_YEAR, new ResultEntry(decisionRef, publishedOn, null, items),
                BenchApp.COORDINATOR);
    }

    private String sheet(long cycleId, String unit) {
        List<Map<String, Object>> rows = scoring.sheet(cycleId, unit).stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("name", row.name());
            item.put("maxPoints", row.maxPoints());
            item.put("score", row.maxPoints().multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP));
            item.put("notApplicable", false);
            item.put("evidenceRef", "Văn bản số 15/BC-" + unit + " về " + row.code());
            item.put("explanation", "");
            return item;
        }).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> planForm(String unit) {
        Map<String, Object> form = new HashMap<>();
        form.put("planNumber", "12/KH-" + unit);
        form.put("planIssuedOn", CycleDriver.engineToday().minusDays(3).toString());
        form.put("planSummary", "Kế hoạch thực hiện các tiêu chí Chỉ số CCHC, phân công bộ phận tham mưu.");
        form.put("planDocumentRef", "https://vanban.example.gov.vn/" + unit);
        return form;
    }

    static Map<String, Object> decision(boolean approve) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", approve ? "APPROVE" : "RETURN");
        form.put("comment", approve ? "Đồng ý." : "Đề nghị rà soát, bổ sung tài liệu kiểm chứng.");
        return form;
    }

    static Map<String, Object> reportForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("reportSummary", "Tỉnh tự đánh giá đạt kết quả khá trên các lĩnh vực.");
        form.put("difficulties", "Một số đơn vị nộp chậm.");
        form.put("recommendations", "Đề nghị Bộ Nội vụ hướng dẫn sớm.");
        return form;
    }

    static Map<String, Object> submissionForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("reportNumber", "25/BC-UBND");
        form.put("reportDate", CycleDriver.engineToday().toString());
        form.put("enteredInMinistrySoftware", true);
        form.put("submissionNote", "");
        return form;
    }

    static Map<String, Object> appraisalForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("appraisalNoticeRef", "Thông báo số 123/BNV-CCHC ngày 25/02/2027");
        form.put("appraisalReceivedOn", CycleDriver.engineToday().toString());
        form.put("explanationDue", "2027-03-15");
        return form;
    }

    static Map<String, Object> publishedForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("resultsEntered", true);
        return form;
    }

    static Date at(LocalDateTime local) {
        return Date.from(local.atZone(ZONE).toInstant());
    }

    /** Ops sorted for printing: start, completions, timers. */
    static List<Map.Entry<String, Op>> sorted(Map<String, Op> ops) {
        return ops.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey())).toList();
    }
}
