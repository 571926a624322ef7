package vn.parindex.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * P2's baseline of the same shape, measured in the same run on the same database (issue 17 item 1): the bare model
 * {@code bench-bare-deadline-day} (one multi-instance branch per scoring unit in one process instance, self-scoring then
 * the head's sign-off, nothing else), its self-scoring tasks completed in-process by as many threads at once as our
 * simulated officers, each with the same score sheet as ours (a Json variable). A completion that loses the race for
 * the multi-instance parent (the engine's optimistic locking) is retried, as a user would retry; the retries are
 * counted. Between rounds the heads return every sheet (not measured).
 */
final class BareDeadlineDay {

    static final String KEY = "bench-bare-deadline-day";

    record Round(int completions, int concurrency, double seconds, double[] latenciesMs, int lockingRetries, int failures,
                 JdbcCounter.Snapshot jdbc) {

        double perSecond() {
            return completions / seconds;
        }
    }

    private final BenchApp app;
    private final Map<String, String> sheets;
    private final String processInstanceId;

    BareDeadlineDay(BenchApp app, Map<String, String> sheets) {
        this.app = app;
        this.sheets = sheets;
        app.deploy(KEY, "bare-deadline-day.bpmn");
        processInstanceId = app.runtime.startProcessInstanceByKey(KEY,
                Map.of("scoringUnits", new ArrayList<>(sheets.keySet()))).getId();
    }

    /** The open self-scoring tasks, by unit. */
    Map<String, String> openSelfScoring() {
        Map<String, String> byUnit = new TreeMap<>();
        for (Task task : app.tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("userTask_selfScore").list()) {
            byUnit.put((String) app.runtime.getVariable(task.getExecutionId(), "unitCode"), task.getId());
        }
        return byUnit;
    }

    /** Completes the given tasks with {@code concurrency} threads at once; thread w takes tasks w, w+c, ... */
    Round submitAll(Map<String, String> tasksByUnit, int concurrency) {
        List<Map.Entry<String, String>> work = new ArrayList<>(tasksByUnit.entrySet());
        int workers = Math.min(concurrency, work.size());
        double[] latencies = new double[work.size()];
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                for (int i = first; i < work.size(); i += workers) {
                    var entry = work.get(i);
                    long sent = System.nanoTime();
                    if (complete(entry.getValue(), sheets.get(entry.getKey()), retries)) {
                        done.incrementAndGet();
                    } else {
                        failures.incrementAndGet();
                    }
                    latencies[i] = (System.nanoTime() - sent) / 1e6;
                }
                return null;
            }));
        }
        try {
            ready.await();
            JdbcCounter.Snapshot before = JdbcCounter.snapshot();
            long started = System.nanoTime();
            go.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JdbcCounter.Snapshot jdbc = JdbcCounter.snapshot().minus(before);
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return new Round(done.get(), workers, seconds, sorted, retries.get(), failures.get(), jdbc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The heads return every signed-off sheet (not measured): each unit gets a new self-scoring task. */
    void headsReturnAll() {
        for (Task task : app.tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("userTask_signOffScores").list()) {
            app.tasks.complete(task.getId(), Map.of("decision", "return"));
        }
    }

    /** Up to 20 attempts when another completion changed the multi-instance parent first. */
    private boolean complete(String taskId, String sheet, AtomicInteger retries) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                app.tasks.complete(taskId, Variables.createVariables()
                        .putValueTyped("scoreItems", SpinValues.jsonValue(sheet).create()));
                return true;
            } catch (OptimisticLockingException e) {
                retries.incrementAndGet();
            }
        }
        return false;
    }
}
