package vn.parindex.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.parindex.orgdirectory.OrgDirectoryService;

/**
 * P3, a timer storm: {@code n} open tasks whose notice timers (the application's timeout listener {@code ${noticeTimer}}
 * on the task, as on every user task with a due date) all have their first reminder due at the same moment; the job
 * executor is started and the storm is over when no notice timer is due any more and every notice is in the
 * notification table. Baseline:
 * {@code n} bare timers ({@code start -> timer -> end}) due at once, same executor, same database.
 */
final class TimerStorm {

    static final String HOST_KEY = "bench-watched-task";
    static final String BARE_KEY = "bench-bare-timer";

    // the host tasks are due Thursday 10/12/2026 17:00; five working days before is Thursday 03/12 08:00
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 30, 9, 0);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 10, 17, 0);
    static final LocalDateTime FIRST_REMINDER = LocalDateTime.of(2026, 12, 3, 8, 0);
    static final LocalDateTime STORM = LocalDateTime.of(2026, 12, 3, 9, 0);

    record Run(String model, int timers, double createSeconds, double seconds, long notices, long duplicateNotices,
               long failedJobs, long jobsLeft, JdbcCounter.Snapshot jdbc, List<Map.Entry<String, Long>> statementShapes) {

        double perSecond() {
            return timers / seconds;
        }
    }

    private final BenchApp app;
    private final long cycleId;
    private final List<String> units;
    private int batch;

    TimerStorm(BenchApp app, long cycleId, List<String> units) {
        this.app = app;
        this.cycleId = cycleId;
        this.units = units;
        app.deploy("bench-watched-task", "watched-task.bpmn");
        app.deploy("bench-bare-timer", "bare-timer.bpmn");
    }

    Run ours(int n, int threads) {
        String taskName = "Công việc thử nghiệm, đợt " + (++batch);
        BenchApp.clock(ProvinceYear.at(CREATED));
        Date due = ProvinceYear.at(DUE);
        double created = startInstances(n, threads, i -> {
            String unit = units.get(i % units.size());
            Map<String, Object> variables = new HashMap<>();
            variables.put("cycleId", cycleId);
            variables.put("unitCode", unit);
            variables.put("group", OrgDirectoryService.officersGroup(unit));
            variables.put("due", due);
            variables.put("taskName", taskName);
            return app.runtime.startProcessInstanceByKey(HOST_KEY, variables).getId();
        });
        Date storm = ProvinceYear.at(STORM);
        long dueWatchTimers = dueWatchTimers(storm);
        if (dueWatchTimers != n) {
            throw new IllegalStateException("expected " + n + " notice timers due at the storm, found " + dueWatchTimers);
        }
        BenchApp.clock(storm);
        long failuresBefore = failures();
        JdbcCounter.Snapshot before = JdbcCounter.snapshot();
        JdbcCounter.startProfile();
        long started = System.nanoTime();
        app.jobExecutor().start();
        try {
            while (dueWatchTimers(storm) > 0 || notices(taskName) < n) {
                sleep();
            }
        } finally {
            app.jobExecutor().shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        JdbcCounter.Snapshot jdbc = JdbcCounter.snapshot().minus(before);
        List<Map.Entry<String, Long>> shapes = JdbcCounter.stopProfile();
        long duplicates = app.jdbc.sql("""
                        select count(*) from (select task_id, step_code, recipient_user from notification
                        where task_name = ? group by task_id, step_code, recipient_user having count(*) > 1) d""")
                .param(taskName).query(Long.class).single()
                + app.jdbc.sql("select count(*) from (select dedup_key from notification group by dedup_key having count(*) > 1) d")
                .query(Long.class).single();
        long tasksNotified = app.jdbc.sql("select count(distinct task_id) from notification where task_name = ?")
                .param(taskName).query(Long.class).single();
        if (tasksNotified != n) {
            throw new IllegalStateException(tasksNotified + " of " + n + " tasks were notified");
        }
        return new Run("ours", n, created, seconds, notices(taskName), duplicates, failures() - failuresBefore,
                dueWatchTimers(storm), jdbc, shapes);
    }

    Run bare(int n, int threads) {
        BenchApp.clock(ProvinceYear.at(CREATED));
        Date due = ProvinceYear.at(FIRST_REMINDER);
        double created = startInstances(n, threads,
                i -> app.runtime.startProcessInstanceByKey(BARE_KEY, Map.of("due", due)).getId());
        BenchApp.clock(ProvinceYear.at(STORM));
        long failuresBefore = failures();
        JdbcCounter.Snapshot before = JdbcCounter.snapshot();
        JdbcCounter.startProfile();
        long started = System.nanoTime();
        app.jobExecutor().start();
        try {
            while (app.management.createJobQuery().processDefinitionKey(BARE_KEY).count() > 0) {
                sleep();
            }
        } finally {
            app.jobExecutor().shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        JdbcCounter.Snapshot jdbc = JdbcCounter.snapshot().minus(before);
        return new Run("bare", n, created, seconds, 0, 0, failures() - failuresBefore, 0, jdbc, JdbcCounter.stopProfile());
    }

    /** Removes the open host tasks and their notice timers, so the next storm starts from the same state. */
    double removeHosts() {
        long started = System.nanoTime();
        for (String key : List.of(HOST_KEY)) {
            List<String> ids;
            while (!(ids = app.runtime.createProcessInstanceQuery().processDefinitionKey(key).listPage(0, 500).stream()
                    .map(instance -> instance.getId()).toList()).isEmpty()) {
                app.runtime.deleteProcessInstances(ids, "benchmark: next storm", true, true);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private long dueWatchTimers(Date storm) {
        // the host process has no timer of its own: its timers are the tasks' notice timers
        return app.management.createJobQuery().processDefinitionKey(HOST_KEY).timers()
                .duedateLowerThan(new Date(storm.getTime() + 1)).count();
    }

    private long notices(String taskName) {
        return app.jdbc.sql("select count(*) from notification where task_name = ?").param(taskName)
                .query(Long.class).single();
    }

    private long failures() {
        return app.engine.getHistoryService().createHistoricJobLogQuery().failureLog().count();
    }

    private double startInstances(int n, int threads, java.util.function.IntFunction<String> start) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < n; i += threads) {
                        ids.add(start.apply(i));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
