package vn.parindex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.parindex.cycle.CycleService;

/**
 * The benchmarks of bench/README.md, run by {@code ./mvnw -B -ntp -Pbench verify} (full) or with
 * {@code -Dbench.quick=true} (smaller sizes, for CI). Prints every figure as it is measured and writes the tables
 * to bench/RESULTS.md (full) or target/bench/RESULTS-quick.md (quick). Every figure is set against a baseline
 * measured in the same run; nothing here asserts on time.
 */
class ParBenchmark {

    /** Sizes and repetitions. */
    record Settings(boolean quick, int mainUnits, int p2UnitsPerYear, List<Integer> p2Years, List<Integer> scaleUnits,
                    int p1Pairs, List<Integer> p2Officers, int p2Rounds, List<Integer> p2Pools, int p3Timers, int p3Pairs,
                    int p3Threads, List<String> p3Executors, int pgbenchSeconds, int startupRounds, boolean tuningComparison, Set<String> only) {

        static Settings fromSystemProperties() {
            boolean quick = Boolean.getBoolean("bench.quick");
            String only = System.getProperty("bench.only", "");
            Set<String> parts = only.isBlank() ? Set.of() : Set.of(only.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            Settings defaults = quick
                    ? new Settings(true, 10, 20, List.of(2026), List.of(5), 1, List.of(20), 1, List.of(0), 300, 1, 8, List.of("0"), 5, 1,
                    Boolean.getBoolean("bench.compare"), parts)
                    : new Settings(false, 30, 70, List.of(2025, 2026, 2027), List.of(10, 30, 100, 300), 3, List.of(20, 200), 3,
                    List.of(0, 30), 10_000, 2, 8, List.of("0", "2/2/10", "8/8/20"), 20, 3, true, parts);
            // single sizes can be overridden, e.g. -Dbench.p3.timers=2000
            return new Settings(quick, Integer.getInteger("bench.p1.units", defaults.mainUnits()),
                    Integer.getInteger("bench.p2.units", defaults.p2UnitsPerYear()), defaults.p2Years(),
                    System.getProperty("bench.scale") == null ? defaults.scaleUnits() : numbers(System.getProperty("bench.scale")),
                    Integer.getInteger("bench.p1.pairs", defaults.p1Pairs()),
                    System.getProperty("bench.p2.officers") == null ? defaults.p2Officers() : numbers(System.getProperty("bench.p2.officers")),
                    Integer.getInteger("bench.p2.rounds", defaults.p2Rounds()),
                    System.getProperty("bench.p2.pools") == null ? defaults.p2Pools() : numbers(System.getProperty("bench.p2.pools")),
                    Integer.getInteger("bench.p3.timers", defaults.p3Timers()),
                    Integer.getInteger("bench.p3.pairs", defaults.p3Pairs()), defaults.p3Threads(),
                    System.getProperty("bench.p3.executors") == null ? defaults.p3Executors()
                            : List.of(System.getProperty("bench.p3.executors").split(",")),
                    Integer.getInteger("bench.pgbench.seconds", defaults.pgbenchSeconds()),
                    Integer.getInteger("bench.startup.rounds", defaults.startupRounds()), defaults.tuningComparison(), parts);
        }

        /** A comma-separated list of numbers (P2's pool sizes, 0 = as configured; P2's officer counts; the scale curve's sizes). */
        static List<Integer> numbers(String text) {
            return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
        }

        /** The largest officer count: the one the "before tuning" run measures, and the tuning table compares. */
        int largestP2Officers() {
            return Collections.max(p2Officers);
        }

        boolean runs(String part) {
            return only.isEmpty() || only.contains(part);
        }
    }

    /**
     * The engine settings before the tuning in this change, set on the "before" context with the same code: see
     * bench/README.md, "Tuning".
     */
    static final Map<String, String> BEFORE_TUNING = EngineSettings.BEFORE;

    /** Issue 17's latency targets for P2, by officers submitting at once. */
    static final Map<Integer, Integer> P2_P95_TARGET_MS = Map.of(20, 250, 200, 1_500);

    /** Extra settings for the "shipped" run, to try one: {@code -Dbench.set=key=value;key=value}. */
    static final Map<String, String> EXTRA_SETTINGS = parseSettings(System.getProperty("bench.set", ""));

    private final Settings settings = Settings.fromSystemProperties();

    private static Map<String, String> parseSettings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return settings;
    }
    private final Report report = new Report();
    private final List<List<String>> summary = new ArrayList<>();
    private final Map<String, Map<String, String>> tuning = new LinkedHashMap<>();

    @Test
    void run() throws Exception {
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        String loadBefore = loadAverage();
        LocalDateTime started = LocalDateTime.now();
        String pgVersion;
        String pgbenchVersion = "–";
        try (BenchPostgres postgres = new BenchPostgres()) {
            pgVersion = postgres.version();
            report.line("PostgreSQL: " + pgVersion);
            if (settings.tuningComparison() && settings.runs("tuning")) {
                report.heading("## Before tuning (same code, the engine settings this change replaced)");
                suite(postgres, "before", BEFORE_TUNING);
            }
            report.heading("## As shipped" + (EXTRA_SETTINGS.isEmpty() ? "" : " with " + EXTRA_SETTINGS));
            pgbenchVersion = suite(postgres, "shipped", EXTRA_SETTINGS);
            if (settings.runs("scale")) {
                scaleCurve(postgres);
            }
            if (settings.runs("dashboard")) {
                dashboard(postgres, project);
            }
        }
        if (settings.runs("p5")) {
            startup(project);
        }
        if (!tuning.isEmpty()) {
            tuningTable();
        }
        String header = header(started, loadBefore, loadAverage(), pgVersion, pgbenchVersion);
        Path out = settings.quick() ? project.resolve("target/bench/RESULTS-quick.md") : project.resolve("bench/RESULTS.md");
        StringBuilder all = new StringBuilder(header);
        all.append(summaryTable()).append('\n').append(reportText());
        Files.createDirectories(out.getParent());
        Files.writeString(out, all.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summaryTable());
        System.out.println("Results written to " + out);
    }

    // ---------------------------------------------------------------------------------------------------- suites

    /** P1 and P3 on one application, P2 on another (its own dataset); returns the pgbench version. */
    private String suite(BenchPostgres postgres, String label, Map<String, String> overrides) throws IOException {
        boolean shipped = label.equals("shipped");
        Map<String, String> figures = new LinkedHashMap<>();
        tuning.put(label, figures);
        if (settings.runs("p1") || settings.runs("p3")) {
            SyntheticData.Dataset dataset = SyntheticData.provinceYear(Files.createTempDirectory("bench-data-" + label),
                    settings.mainUnits());
            try (BenchApp app = BenchApp.start(postgres, "bench_" + label, dataset, overrides)) {
                report.line("Application started in " + Report.f(app.startSeconds, 1) + " s (" + dataset.departments().size()
                        + " departments).");
                if (settings.runs("p1") || settings.runs("p3")) {
                    provinceYear(app, postgres, shipped, figures);
                }
                if (settings.runs("p3")) {
                    timerStorm(app, postgres, shipped, figures);
                }
            }
        }
        String pgbenchVersion = "–";
        if (settings.runs("p2")) {
            // the two latency targets are for 20 and for 200 officers at once: each count on its own application
            // and data, so that the second count does not inherit the first one's history; the "before" settings only at
            // the largest count, as the tuning comparison always did
            List<Integer> counts = shipped ? settings.p2Officers() : List.of(settings.largestP2Officers());
            for (int officers : counts) {
                SyntheticData.Dataset dataset = SyntheticData.deadlineDay(Files.createTempDirectory("bench-data-dd-" + label),
                        settings.p2UnitsPerYear(), settings.p2Years());
                try (BenchApp app = BenchApp.start(postgres, "bench_dd_" + label + "_" + officers, dataset, overrides)) {
                    report.line("Application started in " + Report.f(app.startSeconds, 1) + " s (" + dataset.districts().size()
                            + " districts in " + settings.p2Years().size() + " assessment years).");
                    pgbenchVersion = deadlineDay(app, postgres, shipped, figures, officers);
                }
            }
        }
        return pgbenchVersion;
    }

    // ------------------------------------------------------------------------------------------------------- P1

    private void provinceYear(BenchApp app, BenchPostgres postgres, boolean shipped, Map<String, String> figures) {
        report.heading("### P1, a province's year: " + settings.mainUnits() + " units, "
                + SyntheticData.SELF_SCORED_ITEMS + " self-scored items");
        ProvinceYear year = new ProvinceYear(app, postgres, new ProvinceYear.Script());
        List<ProvinceYear.Run> runs = new ArrayList<>();
        runs.add(year.ours(false));
        runs.add(year.bare(false));
        report.line("Warm-up: ours " + Report.f(runs.get(0).wallSeconds(), 2) + " s, bare "
                + Report.f(runs.get(1).wallSeconds(), 2) + " s (not counted).");
        List<ProvinceYear.Run> ours = new ArrayList<>();
        List<ProvinceYear.Run> bare = new ArrayList<>();
        for (int pair = 0; pair < settings.p1Pairs(); pair++) {
            boolean last = pair == settings.p1Pairs() - 1;
            if (pair % 2 == 0) {
                bare.add(year.bare(last));
                ours.add(year.ours(last));
            } else {
                ours.add(year.ours(last));
                bare.add(year.bare(last));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            for (ProvinceYear.Run run : List.of(bare.get(i), ours.get(i))) {
                rows.add(List.of(String.valueOf(i + 1), run.model(), String.valueOf(run.tasks()), String.valueOf(run.timers()),
                        Report.f(run.wallSeconds(), 2), Report.f(run.workSeconds(), 2),
                        Report.f(run.statementsPerTask(), 1), Report.f(run.roundTripsPerTask(), 1),
                        Report.f(run.allocatedBytes() / 1e6, 0)));
            }
        }
        report.table(List.of("pair", "model", "tasks completed", "timers fired", "wall s", "work s (engine calls)",
                "statements / task", "round trips / task", "allocated MB"), rows);
        double wallRatio = Report.median(pairRatios(ours, bare, ProvinceYear.Run::wallSeconds));
        double workRatio = Report.median(pairRatios(ours, bare, ProvinceYear.Run::workSeconds));
        ProvinceYear.Run o = ours.get(ours.size() - 1);
        ProvinceYear.Run b = bare.get(bare.size() - 1);
        double statementRatio = o.statementsPerTask() / b.statementsPerTask();
        report.blank();
        report.line("Median of the per-pair ratios ours / bare: wall time **" + Report.f(wallRatio, 2) + "×**, work time **"
                + Report.f(workRatio, 2) + "×**; statements per completed task " + Report.f(o.statementsPerTask(), 1)
                + " / " + Report.f(b.statementsPerTask(), 1) + " = **" + Report.f(statementRatio, 2) + "×** (deterministic).");
        report.heading("Per engine call (last pair): how many, mean time, statements and round trips each");
        Map<String, ProvinceYear.Op> bareOps = b.ops();
        List<List<String>> opRows = new ArrayList<>();
        for (var entry : ProvinceYear.sorted(o.ops())) {
            ProvinceYear.Op op = entry.getValue();
            ProvinceYear.Op base = bareOps.get(entry.getKey());
            opRows.add(List.of(entry.getKey(), String.valueOf(op.count), Report.f(op.nanos / 1e6 / op.count, 1),
                    Report.f((double) op.jdbc.statements() / op.count, 1), Report.f((double) op.jdbc.roundTrips() / op.count, 1),
                    base == null ? "–" : Report.f(base.nanos / 1e6 / base.count, 1),
                    base == null ? "–" : Report.f((double) base.jdbc.statements() / base.count, 1)));
        }
        for (var entry : ProvinceYear.sorted(bareOps)) {
            if (!o.ops().containsKey(entry.getKey())) {
                ProvinceYear.Op base = entry.getValue();
                opRows.add(List.of(entry.getKey(), "–", "–", "–", "–", Report.f(base.nanos / 1e6 / base.count, 1)
                        + " (" + base.count + "×)", Report.f((double) base.jdbc.statements() / base.count, 1)));
            }
        }
        report.table(List.of("engine call", "ours: count", "ours: ms", "ours: statements", "ours: round trips",
                "bare: ms", "bare: statements"), opRows);
        report.heading("Statements per completed task by verb and table (last pair, top 20 of ours)");
        Map<String, Long> bareShapes = b.statementShapes().stream().collect(Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue));
        report.table(List.of("statement", "ours / task", "bare / task"), o.statementShapes().stream().limit(20)
                .map(e -> List.of("`" + e.getKey() + "`", Report.f((double) e.getValue() / o.tasks(), 2),
                        Report.f((double) bareShapes.getOrDefault(e.getKey(), 0L) / b.tasks(), 2))).toList());
        report.heading("PostgreSQL time by statement (pg_stat_statements, last run of ours, top 10)");
        statementTable(o.topStatements());
        authorizationTable(year.authorizationsWhileScoring(), AuthorizationRows.read(postgres, app.database),
                ours.size() + bare.size() + 2, figures);

        figures.put("P1 wall ours / bare", Report.f(wallRatio, 2) + "×");
        figures.put("P1 statements per task, ours / bare", Report.f(o.statementsPerTask(), 1) + " / "
                + Report.f(b.statementsPerTask(), 1) + " = " + Report.f(statementRatio, 2) + "×");
        figures.put("P1 round trips per task, ours / bare", Report.f(o.roundTripsPerTask(), 1) + " / "
                + Report.f(b.roundTripsPerTask(), 1));
        figures.put("P1 wall s, ours / bare (medians)", Report.f(Report.median(ours.stream()
                .mapToDouble(ProvinceYear.Run::wallSeconds).toArray()), 2) + " / " + Report.f(Report.median(bare.stream()
                .mapToDouble(ProvinceYear.Run::wallSeconds).toArray()), 2));
        if (shipped) {
            summary.add(List.of("P1 province year (" + settings.mainUnits() + " units, " + o.tasks() + " tasks, " + o.timers()
                            + " timers): wall time", Report.f(Report.median(ours.stream().mapToDouble(ProvinceYear.Run::wallSeconds)
                            .toArray()), 2) + " s", Report.f(Report.median(bare.stream().mapToDouble(ProvinceYear.Run::wallSeconds)
                            .toArray()), 2) + " s", Report.f(wallRatio, 2) + "×", "≤ 1.2×", Report.met(wallRatio <= 1.2)));
            summary.add(List.of("P1 DB statements per completed task", Report.f(o.statementsPerTask(), 1),
                    Report.f(b.statementsPerTask(), 1), Report.f(statementRatio, 2) + "×", "≤ 1.2×",
                    Report.met(statementRatio <= 1.2)));
        }
    }

    private static double[] pairRatios(List<ProvinceYear.Run> ours, List<ProvinceYear.Run> bare,
                                       java.util.function.ToDoubleFunction<ProvinceYear.Run> figure) {
        double[] ratios = new double[ours.size()];
        for (int i = 0; i < ours.size(); i++) {
            ratios[i] = figure.applyAsDouble(ours.get(i)) / figure.applyAsDouble(bare.get(i));
        }
        return ratios;
    }

    // ------------------------------------------------------------------------------------------------------- P3

    private void timerStorm(BenchApp app, BenchPostgres postgres, boolean shipped, Map<String, String> figures) {
        report.heading("### P3, timer storm: " + String.format(Locale.ROOT, "%,d", settings.p3Timers())
                + " reminder timers due at once, job executor on");
        var job = app.configuration();
        report.line("Job executor: " + app.jobExecutor().getClass().getSimpleName() + ", max jobs per acquisition "
                + app.jobExecutor().getMaxJobsPerAcquisition() + ", wait " + app.jobExecutor().getWaitTimeInMillis()
                + " ms, pool " + poolDescription(app) + "; history removal time strategy '"
                + job.getHistoryRemovalTimeStrategy() + "'.");
        long cycleId = app.context.getBean(CycleService.class).all().stream()
                .mapToLong(cycle -> cycle.id()).max().orElseThrow(() -> new IllegalStateException("run P1 first"));
        TimerStorm storm = new TimerStorm(app, cycleId, app.dataset.departments());
        List<TimerStorm.Run> ours = new ArrayList<>();
        List<TimerStorm.Run> bare = new ArrayList<>();
        List<List<String>> top = List.of();
        for (int pair = 0; pair < settings.p3Pairs(); pair++) {
            boolean last = pair == settings.p3Pairs() - 1;
            if (pair % 2 == 0) {
                bare.add(storm.bare(settings.p3Timers(), settings.p3Threads()));
                postgres.resetStatementStatistics();
                ours.add(storm.ours(settings.p3Timers(), settings.p3Threads()));
                top = postgres.topStatements(app.database, 10);
            } else {
                postgres.resetStatementStatistics();
                ours.add(storm.ours(settings.p3Timers(), settings.p3Threads()));
                top = postgres.topStatements(app.database, 10);
                bare.add(storm.bare(settings.p3Timers(), settings.p3Threads()));
            }
            if (pair < settings.p3Pairs() - 1) {
                report.line("(removed the open host tasks and their watches in " + Report.f(storm.removeHosts(), 1) + " s)");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            for (TimerStorm.Run run : List.of(bare.get(i), ours.get(i))) {
                rows.add(List.of(String.valueOf(i + 1), run.model(), String.format(Locale.ROOT, "%,d", run.timers()),
                        Report.f(run.createSeconds(), 1), Report.f(run.seconds(), 1), Report.f(run.perSecond(), 0),
                        run.model().equals("ours") ? String.format(Locale.ROOT, "%,d", run.notices()) : "–",
                        run.model().equals("ours") ? String.valueOf(run.duplicateNotices()) : "–",
                        String.valueOf(run.failedJobs()),
                        Report.f((double) run.jdbc().statements() / run.timers(), 1),
                        Report.f((double) run.jdbc().roundTrips() / run.timers(), 1)));
            }
        }
        report.table(List.of("pair", "model", "timers", "set-up s (8 threads, executor off)", "storm s", "timers / s",
                "notices recorded", "duplicate notices", "failed job runs", "statements / timer", "round trips / timer"), rows);
        double ratio = Report.median(ours.stream().mapToDouble(TimerStorm.Run::seconds).toArray())
                / Report.median(bare.stream().mapToDouble(TimerStorm.Run::seconds).toArray());
        double[] pairRatios = new double[ours.size()];
        for (int i = 0; i < ours.size(); i++) {
            pairRatios[i] = ours.get(i).seconds() / bare.get(i).seconds();
        }
        double pairRatio = Report.median(pairRatios);
        long duplicates = ours.stream().mapToLong(TimerStorm.Run::duplicateNotices).sum();
        long failed = ours.stream().mapToLong(TimerStorm.Run::failedJobs).sum();
        report.blank();
        report.line("Median of the per-pair ratios ours / bare: **" + Report.f(pairRatio, 2) + "×** (ratio of the medians "
                + Report.f(ratio, 2) + "×); duplicate notices " + duplicates + "; failed job runs (ours) " + failed + ".");
        report.heading("Statements per timer by verb and table (last pair, top 20 of ours; the bench's own polling"
                + " every 100 ms included)");
        TimerStorm.Run lastOurs = ours.get(ours.size() - 1);
        TimerStorm.Run lastBare = bare.get(bare.size() - 1);
        Map<String, Long> bareShapes = lastBare.statementShapes().stream().collect(Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue));
        report.table(List.of("statement", "ours / timer", "bare / timer"), lastOurs.statementShapes().stream().limit(20)
                .map(e -> List.of("`" + e.getKey() + "`", Report.f((double) e.getValue() / lastOurs.timers(), 2),
                        Report.f((double) bareShapes.getOrDefault(e.getKey(), 0L) / lastBare.timers(), 2))).toList());
        report.heading("PostgreSQL time by statement during a storm of ours (pg_stat_statements, top 10)");
        statementTable(top);
        if (shipped && settings.p3Executors().size() > 1) {
            executorSweep(app, storm);
        }
        figures.put("P3 storm s, ours / bare (medians)", Report.f(Report.median(ours.stream()
                .mapToDouble(TimerStorm.Run::seconds).toArray()), 1) + " / " + Report.f(Report.median(bare.stream()
                .mapToDouble(TimerStorm.Run::seconds).toArray()), 1) + " = " + Report.f(pairRatio, 2) + "×");
        figures.put("P3 statements per timer, ours / bare", Report.f((double) ours.get(0).jdbc().statements()
                / ours.get(0).timers(), 1) + " / " + Report.f((double) bare.get(0).jdbc().statements() / bare.get(0).timers(), 1));
        if (shipped) {
            summary.add(List.of("P3 timer storm (" + String.format(Locale.ROOT, "%,d", settings.p3Timers())
                            + " due at once): time until all handled and recorded",
                    Report.f(Report.median(ours.stream().mapToDouble(TimerStorm.Run::seconds).toArray()), 1) + " s",
                    Report.f(Report.median(bare.stream().mapToDouble(TimerStorm.Run::seconds).toArray()), 1) + " s",
                    Report.f(pairRatio, 2) + "×", "≤ 1.5×", Report.met(pairRatio <= 1.5)));
            summary.add(List.of("P3 duplicate notices (dedup key and task/step/recipient)", String.valueOf(duplicates), "–", "–",
                    "0", Report.met(duplicates == 0)));
        }
    }

    /** Issue 17 item 4: the authorization table stays small as years accumulate (per-task grants go with the task). */
    private void authorizationTable(AuthorizationRows whileScoring, AuthorizationRows after, int years,
                                    Map<String, String> figures) {
        report.heading("ACT_RU_AUTHORIZATION rows: while every scoring unit's self-scoring task is open (last year of ours)"
                + " and after " + years + " years (ours and bare) are completed");
        report.line("While scoring: **" + whileScoring.total() + "** rows; after the years: **" + after.total() + "** rows.");
        report.blank();
        report.table(List.of("resource", "grantee", "scope", "rows while scoring"), whileScoring.byKind());
        report.blank();
        report.table(List.of("resource", "grantee", "scope", "rows after the years"), after.byKind());
        figures.put("P1 ACT_RU_AUTHORIZATION rows, while scoring / after the years", whileScoring.total() + " / "
                + after.total());
    }

    private void statementTable(List<List<String>> top) {
        report.table(List.of("calls", "total ms", "ms / call", "statement"), top.stream().limit(10)
                .map(r -> List.of(r.get(0), r.get(1), r.get(2), "`" + r.get(3).replace("|", "\\|") + "`")).toList());
    }

    /**
     * Job executor variants on the storm of ours (threads and jobs per acquisition, set at run time; the queue keeps
     * its configured capacity), each run twice, alternating, at {@code bench.p3.sweep.timers} timers.
     */
    private void executorSweep(BenchApp app, TimerStorm storm) {
        int timers = Integer.getInteger("bench.p3.sweep.timers", Math.min(3000, settings.p3Timers()));
        report.heading("Job executor variants (ours, " + String.format(Locale.ROOT, "%,d", timers)
                + " timers each, twice, alternating)");
        ThreadPoolTaskExecutor pool = jobPool(app);
        int[] configured = {pool.getCorePoolSize(), pool.getMaxPoolSize(), app.jobExecutor().getMaxJobsPerAcquisition()};
        Map<String, List<TimerStorm.Run>> runs = new LinkedHashMap<>();
        for (int repetition = 0; repetition < 2; repetition++) {
            for (String variant : settings.p3Executors()) {
                int[] v = variant.equals("0") ? configured
                        : Arrays.stream(variant.split("/")).mapToInt(Integer::parseInt).toArray();
                setExecutor(app, pool, v[0], v[1], v[2]);
                storm.removeHosts();
                runs.computeIfAbsent(v[0] + "/" + v[1] + "/" + v[2] + (variant.equals("0") ? " (configured)" : ""),
                        k -> new ArrayList<>()).add(storm.ours(timers, settings.p3Threads()));
            }
        }
        setExecutor(app, pool, configured[0], configured[1], configured[2]);
        report.table(List.of("threads core/max, jobs per acquisition", "storm s (each run)", "timers / s (median)",
                "failed job runs"), runs.entrySet().stream().map(e -> List.of(e.getKey(),
                e.getValue().stream().map(r -> Report.f(r.seconds(), 1)).collect(Collectors.joining(", ")),
                Report.f(Report.median(e.getValue().stream().mapToDouble(TimerStorm.Run::perSecond).toArray()), 0),
                String.valueOf(e.getValue().stream().mapToLong(TimerStorm.Run::failedJobs).sum()))).toList());
    }

    private static ThreadPoolTaskExecutor jobPool(BenchApp app) {
        var pools = app.context.getBeansOfType(ThreadPoolTaskExecutor.class);
        return pools.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("camunda"))
                .map(Map.Entry::getValue).findFirst().orElseGet(() -> pools.values().iterator().next());
    }

    private static void setExecutor(BenchApp app, ThreadPoolTaskExecutor pool, int core, int max, int acquisition) {
        if (max >= pool.getMaxPoolSize()) {
            pool.setMaxPoolSize(max);
            pool.setCorePoolSize(core);
        } else {
            pool.setCorePoolSize(core);
            pool.setMaxPoolSize(max);
        }
        app.jobExecutor().setMaxJobsPerAcquisition(acquisition);
    }

    private static String poolDescription(BenchApp app) {
        ThreadPoolTaskExecutor pool = jobPool(app);
        return "core " + pool.getCorePoolSize() + "/max " + pool.getMaxPoolSize() + "/queue " + pool.getQueueCapacity();
    }

    // ------------------------------------------------------------------------------------------------------- P2

    private String deadlineDay(BenchApp app, BenchPostgres postgres, boolean shipped, Map<String, String> figures,
                               int officers) {
        report.heading("### P2, deadline day: " + officers + " simulated officers submitting self-scores "
                + "over HTTP at once");
        DeadlineDay day = new DeadlineDay(app);
        report.line("Set-up: the deadline-day cycle opened with " + day.units + " self-scoring tasks in "
                + Report.f(day.setupSeconds, 1) + " s (not measured). Hikari pool max " + hikari(app).getMaximumPoolSize()
                + ", Tomcat threads "
                + app.context.getEnvironment().getProperty("server.tomcat.threads.max", "200 (default)")
                + ". The officers submit through " + day.route().description + " (`bench.p2.route`).");
        app.jobExecutor().start();
        postgres.resetStatementStatistics();
        List<DeadlineDay.Round> rounds = new ArrayList<>();
        List<Integer> poolOfRound = new ArrayList<>();
        try {
            Map<String, String> open = day.openSelfScoring();
            Map<String, String> warmUp = new LinkedHashMap<>();
            open.entrySet().stream().limit(Math.max(1, Math.min(50, open.size() / 10)))
                    .forEach(e -> warmUp.put(e.getKey(), e.getValue()));
            DeadlineDay.Round warm = day.submitAll(warmUp, Math.min(10, officers));
            report.line("Warm-up: " + warm.completions() + " submissions with " + warm.concurrency() + " officers, "
                    + warm.errors() + " errors (not counted).");
            int configuredPool = hikari(app).getMaximumPoolSize();
            int round = 0;
            for (int repetition = 0; repetition < settings.p2Rounds(); repetition++) {
                for (int pool : shipped ? settings.p2Pools() : List.of(0)) {
                    int size = pool == 0 ? configuredPool : pool;
                    resizePool(app, size);
                    if (round++ > 0) {
                        long started = System.nanoTime();
                        day.headsReturnAll(settings.p3Threads());
                        report.line("(heads returned every sheet in " + Report.f((System.nanoTime() - started) / 1e9, 1)
                                + " s, not measured)");
                    }
                    rounds.add(day.submitAll(day.openSelfScoring(), officers));
                    poolOfRound.add(size);
                }
            }
            resizePool(app, configuredPool);
        } finally {
            app.jobExecutor().shutdown();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            DeadlineDay.Round r = rounds.get(i);
            rows.add(List.of(String.valueOf(i + 1), String.valueOf(poolOfRound.get(i)), String.valueOf(r.completions()),
                    String.valueOf(r.concurrency()),
                    Report.f(r.seconds(), 2), Report.f(r.perSecond(), 1), Report.f(Report.percentile(r.latenciesMs(), 50), 0),
                    Report.f(Report.percentile(r.latenciesMs(), 95), 0), Report.f(Report.percentile(r.latenciesMs(), 99), 0),
                    Report.f(r.latenciesMs()[r.latenciesMs().length - 1], 0), String.valueOf(r.errors()),
                    r.statuses().toString(), String.valueOf(r.lockingRetries()),
                    Report.f((double) r.jdbc().statements() / r.completions(), 1)));
        }
        report.table(List.of("round", "DB pool", "completions", "officers at once", "s", "completions / s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors", "HTTP statuses", "optimistic-locking retries", "statements / completion"), rows);
        rounds.stream().flatMap(r -> r.errorSamples().stream()).limit(3).forEach(e -> report.line("- error: `" + e + "`"));
        List<List<String>> top = postgres.topStatements(app.database, 10);
        List<List<String>> onAuthorizations = postgres.statementsOn(app.database, "act_ru_authorization");
        int shippedPool = poolOfRound.get(0);
        Map<Integer, List<DeadlineDay.Round>> byPool = new LinkedHashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            byPool.computeIfAbsent(poolOfRound.get(i), k -> new ArrayList<>()).add(rounds.get(i));
        }
        for (var entry : byPool.entrySet()) {
            List<DeadlineDay.Round> group = entry.getValue();
            double[] latencies = group.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMs())).sorted().toArray();
            report.line("- DB pool " + entry.getKey() + ": " + Report.f(group.stream().mapToInt(DeadlineDay.Round::completions)
                    .sum() / group.stream().mapToDouble(DeadlineDay.Round::seconds).sum(), 1) + " completions/s, p50 "
                    + Report.f(Report.percentile(latencies, 50), 0) + " ms, p95 " + Report.f(Report.percentile(latencies, 95), 0)
                    + " ms over " + group.size() + " round(s)");
        }
        List<DeadlineDay.Round> shippedRounds = byPool.get(shippedPool);
        int completions = shippedRounds.stream().mapToInt(DeadlineDay.Round::completions).sum();
        double seconds = shippedRounds.stream().mapToDouble(DeadlineDay.Round::seconds).sum();
        double[] all = shippedRounds.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMs())).sorted().toArray();
        int errors = rounds.stream().mapToInt(DeadlineDay.Round::errors).sum();
        double rate = completions / seconds;
        Report.Latencies ours = Report.Latencies.of(all);
        double p95 = ours.p95();
        report.heading("PostgreSQL time by statement over the rounds and the heads' returns (pg_stat_statements, top 10)");
        statementTable(top);
        report.heading("The same, statements on ACT_RU_AUTHORIZATION (issue 17 item 4: no scan of the table per request)");
        statementTable(onAuthorizations);
        report.blank();
        BareFigures bare = bareDeadlineDay(app, day, officers);
        double bareRate = bare.rate();
        double shareOfBare = rate / bareRate;
        report.line("Ours over HTTP: " + Report.f(rate, 1) + " completions/s = **" + Report.f(100 * shareOfBare, 1)
                + " %** of the bare model of the same shape in-process (" + Report.f(bareRate, 1) + "/s; target ≥ 60 %). Its latency"
                + " in-process, p50 / p95 / p99: " + bare.latencies().text() + "; ours over HTTP: " + ours.text() + ".");
        report.line("pgbench (TPC-B) against the same PostgreSQL, " + settings.pgbenchSeconds() + " s ...");
        BenchPostgres.PgbenchResult pgbench = postgres.pgbench(10, 8, 2, settings.pgbenchSeconds());
        double fraction = rate / pgbench.tps();
        report.line("`" + pgbench.command() + "` (" + pgbench.version() + ", scale 10): **" + Report.f(pgbench.tps(), 0)
                + " tps**. Our " + Report.f(rate, 1) + " completions/s = **" + Report.f(100 * fraction, 1)
                + " %** of it.");
        report.line("Rounds with the configured pool (" + shippedPool + "): " + completions + " completions in "
                + Report.f(seconds, 2) + " s = **" + Report.f(rate, 1)
                + "/s**, p50 " + Report.f(ours.p50(), 0) + " ms, p95 " + Report.f(p95, 0) + " ms, p99 " + Report.f(ours.p99(), 0)
                + " ms; errors in all rounds " + errors + ".");
        // the tuning table compares the "before" run (largest count only) with the same count as shipped
        String key = officers == settings.largestP2Officers() ? "P2" : "P2 (" + officers + " officers)";
        figures.put(key + " completions/s", Report.f(rate, 1) + " (" + Report.f(100 * fraction, 1) + " % of pgbench "
                + Report.f(pgbench.tps(), 0) + " tps)");
        figures.put(key + " share of bare same shape", Report.f(100 * shareOfBare, 1) + " % (bare " + Report.f(bareRate, 1) + "/s)");
        figures.put(key + " p50 / p95 / p99 ms", ours.numbers());
        figures.put(key + " errors", String.valueOf(errors));
        if (shipped) {
            // the rates and latencies count every answer: with a refused submission in them, no speed target is met
            boolean clean = errors == 0;
            String what = "P2 deadline day, " + officers + " officers at once";
            summary.add(List.of(what + " (" + completions + " submissions over HTTP): completions/s", Report.f(rate, 1),
                    Report.f(pgbench.tps(), 0) + " tps (pgbench, 8 clients)", Report.f(100 * fraction, 1) + " %", "≥ 300/s",
                    Report.met(clean && rate >= 300)));
            summary.add(List.of(what + ": completions/s against the bare model of the same shape", Report.f(rate, 1),
                    Report.f(bareRate, 1) + "/s (bare, in-process)", Report.f(100 * shareOfBare, 1) + " %", "≥ 60 %",
                    Report.met(clean && shareOfBare >= 0.6)));
            Integer targetMs = P2_P95_TARGET_MS.get(officers);
            // the bare model's latency beside ours: what the engine alone gives at this concurrency on this machine
            summary.add(List.of(what + ": latency p50 / p95 / p99", ours.text(), bare.latencies().text() + " (bare, in-process)",
                    "p95 " + Report.f(p95 / bare.latencies().p95(), 2) + "× bare", targetMs == null ? "– (the issue sets 20 and 200)"
                    : "p95 ≤ " + Report.f(targetMs, 0) + " ms", targetMs == null ? "–" : Report.met(clean && p95 <= targetMs)));
            summary.add(List.of(what + ": errors", String.valueOf(errors), "–", "–", "0", Report.met(errors == 0)));
        }
        return pgbench.version();
    }

    /** The bare same-shape model's figures over its rounds: completions per second and latency percentiles. */
    private record BareFigures(double rate, Report.Latencies latencies) {
    }

    /**
     * The bare model of the same shape (issue 17 item 1) on the same application and database, right after ours: as
     * many scoring units, the same sheets, as many completions at once, in-process; returns its completions per second
     * and its latencies over all rounds.
     */
    private BareFigures bareDeadlineDay(BenchApp app, DeadlineDay day, int officers) {
        BareDeadlineDay bare = new BareDeadlineDay(app, day.sheets());
        Map<String, String> open = bare.openSelfScoring();
        Map<String, String> warmUp = new LinkedHashMap<>();
        open.entrySet().stream().limit(Math.max(1, Math.min(50, open.size() / 10))).forEach(e -> warmUp.put(e.getKey(), e.getValue()));
        bare.submitAll(warmUp, Math.min(10, officers));
        List<BareDeadlineDay.Round> rounds = new ArrayList<>();
        for (int round = 0; round < settings.p2Rounds(); round++) {
            if (round > 0) {
                bare.headsReturnAll();
            }
            rounds.add(bare.submitAll(bare.openSelfScoring(), officers));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            BareDeadlineDay.Round r = rounds.get(i);
            rows.add(List.of(String.valueOf(i + 1), String.valueOf(r.completions()), String.valueOf(r.concurrency()),
                    Report.f(r.seconds(), 2), Report.f(r.perSecond(), 1), Report.f(Report.percentile(r.latenciesMs(), 50), 0),
                    Report.f(Report.percentile(r.latenciesMs(), 95), 0), String.valueOf(r.lockingRetries()),
                    String.valueOf(r.failures()), Report.f((double) r.jdbc().statements() / Math.max(1, r.completions()), 1)));
        }
        report.heading("P2 baseline: the bare model of the same shape (`" + BareDeadlineDay.KEY + "`), in-process, same database");
        report.table(List.of("round", "completions", "at once", "s", "completions / s", "p50 ms", "p95 ms",
                "optimistic-locking retries", "failed", "statements / completion"), rows);
        int completions = rounds.stream().mapToInt(BareDeadlineDay.Round::completions).sum();
        double seconds = rounds.stream().mapToDouble(BareDeadlineDay.Round::seconds).sum();
        double[] latencies = rounds.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMs())).sorted().toArray();
        return new BareFigures(completions / seconds, Report.Latencies.of(latencies));
    }

    private static com.zaxxer.hikari.HikariDataSource hikari(BenchApp app) {
        try {
            return app.context.getBean(javax.sql.DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resizes the connection pool at run time and replaces its connections. */
    private static void resizePool(BenchApp app, int size) {
        var pool = hikari(app);
        if (pool.getMaximumPoolSize() == size) {
            return;
        }
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(size);
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    // ---------------------------------------------------------------------------------------------- scale curve

    // ------------------------------------------------------------------------------------------------ dashboard

    /**
     * The dashboard and the drill-down (issue 15, item 8) on the shipped 2026 province and on a province of 130 units
     * (communes included), each against the notification log page of the same application in the same run.
     */
    private void dashboard(BenchPostgres postgres, Path project) throws IOException {
        int rounds = Integer.getInteger("bench.dashboard.requests", settings.quick() ? 20 : 60);
        int communes = Integer.getInteger("bench.dashboard.communes", 110);
        int departments = Integer.getInteger("bench.dashboard.departments", 20);
        report.heading("### Dashboard: " + rounds + " requests per page, one at a time, after 5 not counted");
        List<List<String>> rows = new ArrayList<>();
        record Case(String name, SyntheticData.Dataset dataset, String unit, double targetMs) {
        }
        List<Case> cases = List.of(
                new Case("2026 province (shipped data)", SyntheticData.shipped(Files.createTempDirectory("bench-dash-shipped"),
                        project), "SCT", 300),
                new Case((departments + communes) + " units (" + communes + " communes)", SyntheticData.provinceWithCommunes(
                        Files.createTempDirectory("bench-dash-large"), departments, communes), "X0001", 1000));
        int index = 0;
        for (Case c : cases) {
            try (BenchApp app = BenchApp.start(postgres, "bench_dashboard_" + index++, c.dataset(), EXTRA_SETTINGS)) {
                DashboardLoad load = new DashboardLoad(app);
                load.openCycle();
                var figures = load.measure(c.unit(), 5, rounds);
                report.line(c.name() + ":");
                System.out.print(DashboardLoad.describe(figures));
                var list = new ArrayList<>(figures.values());
                DashboardLoad.Figures baseline = list.get(0);
                for (DashboardLoad.Figures f : list) {
                    rows.add(List.of(c.name(), f.page(), Report.f(f.p50(), 1), Report.f(f.p95(), 1), Report.f(f.max(), 1),
                            Report.ratio(f.p95(), baseline.p95()), String.valueOf(f.statements()),
                            f == baseline ? "–" : Report.f(c.targetMs(), 0)));
                }
                for (DashboardLoad.Figures f : list.subList(1, list.size())) {
                    summary.add(List.of(f.page() + " p95, " + c.name(), Report.f(f.p95(), 0) + " ms",
                            Report.f(baseline.p95(), 0) + " ms", Report.ratio(f.p95(), baseline.p95()),
                            "≤ " + Report.f(c.targetMs(), 0) + " ms", Report.met(f.p95() <= c.targetMs())));
                }
            }
        }
        report.table(List.of("province", "page", "p50 ms", "p95 ms", "max ms", "p95 / baseline p95", "statements per request",
                "target p95 ms"), rows);
    }

    private void scaleCurve(BenchPostgres postgres) throws IOException {
        report.heading("### Scale curve: P1 at " + settings.scaleUnits() + " units (one application per size; a year "
                + "shorter than " + Report.f(SCALE_SHORT_RUN_SECONDS, 0) + " s is run 3 times and the median kept)");
        List<List<String>> rows = new ArrayList<>();
        List<Double> timePerUnit = new ArrayList<>();
        List<Double> allocPerUnit = new ArrayList<>();
        for (int units : settings.scaleUnits()) {
            Path data = Files.createTempDirectory("bench-scale-" + units);
            SyntheticData.Dataset dataset = SyntheticData.provinceYear(data, units);
            try (BenchApp app = BenchApp.start(postgres, "bench_scale_" + units, dataset, EXTRA_SETTINGS)) {
                ProvinceYear year = new ProvinceYear(app, postgres, new ProvinceYear.Script());
                year.ours(false);
                year.bare(false);
                ProvinceYear.Run bare = year.bare(false);
                ProvinceYear.Run ours = medianOfShortRuns(year);
                timePerUnit.add(ours.wallSeconds() / units);
                allocPerUnit.add(ours.allocatedBytes() / 1e6 / units);
                rows.add(List.of(String.valueOf(units), String.valueOf(ours.scoringUnits()), String.valueOf(ours.tasks()),
                        String.valueOf(ours.timers()), Report.f(ours.wallSeconds(), 2), Report.f(ours.wallSeconds() * 1000 / units, 0),
                        Report.f(ours.wallSeconds() * 1000 / ours.tasks(), 1), Report.f(ours.allocatedBytes() / 1e6 / units, 1),
                        Report.f(ours.retainedBytes() / 1e3 / units, 0), Report.f(ours.statementsPerTask(), 1),
                        Report.f(bare.wallSeconds() * 1000 / units, 0), Report.ratio(ours.wallSeconds(), bare.wallSeconds()),
                        Report.f(app.startSeconds, 1)));
                report.line("  " + units + " units: ours " + Report.f(ours.wallSeconds(), 2) + " s, bare "
                        + Report.f(bare.wallSeconds(), 2) + " s");
            }
        }
        report.blank();
        report.table(List.of("units", "scoring units", "tasks", "timers", "ours wall s", "ms / unit", "ms / task",
                "allocated MB / unit", "retained heap KB / unit", "statements / task", "bare ms / unit", "ours / bare",
                "app start s"), rows);
        // the target (issue 17: "10 → 300 units, time and allocation per unit ≤ 1.3×") is about growth: no larger year
        // may cost more per unit than 1.3 times the smallest. The spread either way is printed too: with scoring units
        // capped, per-unit work falls as units are added, so a curve that gets cheaper per unit has a spread as well
        double timeGrowth = timePerUnit.stream().mapToDouble(d -> d).max().orElse(0) / timePerUnit.get(0);
        double allocGrowth = allocPerUnit.stream().mapToDouble(d -> d).max().orElse(0) / allocPerUnit.get(0);
        double timeSpread = timePerUnit.stream().mapToDouble(d -> d).max().orElse(0)
                / timePerUnit.stream().mapToDouble(d -> d).min().orElse(1);
        double allocSpread = allocPerUnit.stream().mapToDouble(d -> d).max().orElse(0)
                / allocPerUnit.stream().mapToDouble(d -> d).min().orElse(1);
        report.blank();
        report.line("Growth (the most a larger year costs per unit, over the smallest year's): time " + Report.f(timeGrowth, 2)
                + "×, allocation " + Report.f(allocGrowth, 2) + "×. Spread either way (largest / smallest per unit): time "
                + Report.f(timeSpread, 2) + "×, allocation " + Report.f(allocSpread, 2) + "×. Scoring units stop at "
                + SyntheticData.SELF_SCORED_ITEMS
                + " (one per item at most), so work per unit falls as units are added; per task it is the fairer view.");
        summary.add(List.of("Scale curve " + settings.scaleUnits() + " units: time per unit, growth over the smallest size",
                Report.f(timeGrowth, 2) + "× (spread " + Report.f(timeSpread, 2) + "×)", "–", "–", "≤ 1.3×",
                Report.met(timeGrowth <= 1.3)));
        summary.add(List.of("Scale curve: allocation per unit, growth over the smallest size", Report.f(allocGrowth, 2)
                + "× (spread " + Report.f(allocSpread, 2) + "×)", "–", "–", "≤ 1.3×", Report.met(allocGrowth <= 1.3)));
    }

    static final double SCALE_SHORT_RUN_SECONDS = 15;

    /**
     * One measured year of ours; a year shorter than {@link #SCALE_SHORT_RUN_SECONDS} is run three times and the median
     * (by wall time) kept. The small sizes last one or two seconds, where a pause of the shared machine or the JIT
     * doubles the time per unit (bench/RESULTS-scale-second-run.md: 296 against 188 ms at 10 units in two runs of
     * the same code); the large sizes run long enough to average it out.
     */
    private static ProvinceYear.Run medianOfShortRuns(ProvinceYear year) {
        ProvinceYear.Run first = year.ours(false);
        if (first.wallSeconds() >= SCALE_SHORT_RUN_SECONDS) {
            return first;
        }
        List<ProvinceYear.Run> runs = new ArrayList<>(List.of(first, year.ours(false), year.ours(false)));
        runs.sort(Comparator.comparingDouble(ProvinceYear.Run::wallSeconds));
        return runs.get(1);
    }

    // ------------------------------------------------------------------------------------------------------- P5

    private void startup(Path project) {
        report.heading("### P5, start-up: launch to the Tasklist page answering 200 (embedded H2, fresh ./var)");
        List<Startup.Launch> launches = new ArrayList<>();
        try (Startup startup = new Startup(project, Path.of(System.getProperty("bench.jar")))) {
            for (int round = 0; round < settings.startupRounds(); round++) {
                launches.add(startup.jar());
                launches.add(startup.bare());
                launches.add(startup.oursFromClasspath());
                if (!settings.quick()) {
                    // as docker/Dockerfile starts it, and the bare webapp the same way (each archive trained once)
                    launches.add(startup.oursAsImage());
                    launches.add(startup.bareAsImage());
                }
            }
        }
        report.table(List.of("launch", "seconds to 200", "Spring reports"), launches.stream()
                .map(l -> List.of(l.what(), Report.f(l.seconds(), 1), l.springReported())).toList());
        double jar = Report.median(launches.stream().filter(l -> l.what().contains("-jar")).mapToDouble(Startup.Launch::seconds).toArray());
        double bare = Report.median(launches.stream().filter(l -> l.what().startsWith("bare") && l.what().contains("from the classpath"))
                .mapToDouble(Startup.Launch::seconds).toArray());
        double classpath = Report.median(launches.stream().filter(l -> l.what().contains("from the classpath")
                && l.what().startsWith("ours")).mapToDouble(Startup.Launch::seconds).toArray());
        report.blank();
        report.line("Medians: jar " + Report.f(jar, 1) + " s; ours from the classpath " + Report.f(classpath, 1)
                + " s against the bare Camunda webapp " + Report.f(bare, 1) + " s = **" + Report.f(classpath / bare, 2) + "×**.");
        summary.add(List.of("P5 start-up, `java -jar` to Tasklist 200 (ours from the classpath vs bare Camunda webapp)",
                Report.f(jar, 1) + " s (" + Report.f(classpath, 1) + " s)", Report.f(bare, 1) + " s",
                Report.f(classpath / bare, 2) + "×", "≤ 1.3× (issue 17)", Report.met(classpath / bare <= 1.3)));
        if (!settings.quick()) {
            double oursImage = Report.median(launches.stream().filter(l -> l.what().startsWith("ours, as the Docker image"))
                    .mapToDouble(Startup.Launch::seconds).toArray());
            double bareImage = Report.median(launches.stream().filter(l -> l.what().startsWith("bare Camunda webapp, the same way"))
                    .mapToDouble(Startup.Launch::seconds).toArray());
            report.line("As the Docker image starts it (extracted jar, class data sharing archive from a training run): ours "
                    + Report.f(oursImage, 1) + " s, " + Report.f(100 * (1 - oursImage / jar), 0) + " % less than `java -jar`; the bare "
                    + "webapp started the same way " + Report.f(bareImage, 1) + " s = **" + Report.f(oursImage / bareImage, 2) + "×**.");
            summary.add(List.of("P5 start-up as the Docker image starts it (extracted jar, CDS archive; bare the same way)",
                    Report.f(oursImage, 1) + " s", Report.f(bareImage, 1) + " s", Report.f(oursImage / bareImage, 2) + "×",
                    "≤ 1.3× (issue 17)", Report.met(oursImage / bareImage <= 1.3)));
        }
    }

    // ----------------------------------------------------------------------------------------------- the file

    private void tuningTable() {
        if (tuning.size() < 2) {
            return;
        }
        report.heading("## Tuning: before and after, same run, same database server");
        report.line(EngineSettings.DESCRIPTION);
        report.blank();
        List<String> keys = tuning.values().iterator().next().keySet().stream().toList();
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys) {
            List<String> row = new ArrayList<>();
            row.add(key);
            tuning.values().forEach(figures -> row.add(figures.getOrDefault(key, "–")));
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        header.add("figure");
        tuning.keySet().forEach(header::add);
        report.table(header, rows);
    }

    private String summaryTable() {
        StringBuilder text = new StringBuilder("## Summary\n\n| figure | ours | baseline (same run) | ratio | target | |\n"
                + "|---|---:|---:|---:|---|---|\n");
        summary.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return text.toString();
    }

    private String reportText() {
        return report.text();
    }

    private String header(LocalDateTime started, String loadBefore, String loadAfter, String pgVersion, String pgbenchVersion) {
        String memory = "?";
        String cpu = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Report.f(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB").findFirst().orElse("?");
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            // not Linux
        }
        return "# Benchmark results" + (settings.quick() ? " (quick variant: smaller sizes, not the figures to quote)" : "")
                + "\n\nGenerated by `./mvnw -B -ntp -Pbench verify" + (settings.quick() ? " -Dbench.quick=true" : "")
                + "` (vn.parindex.bench.ParBenchmark); how it works and how to read it: [README.md](README.md).\n\n"
                + "| | |\n|---|---|\n"
                + "| date | " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (" + Report.f(
                java.time.Duration.between(started, LocalDateTime.now()).toSeconds() / 60.0, 1) + " min) |\n"
                + "| machine | " + Runtime.getRuntime().availableProcessors() + " CPUs (`nproc`), " + cpu + ", " + memory
                + " memory; load average before / after " + loadBefore + " / " + loadAfter + " (shared machine) |\n"
                + "| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", heap max " + Report.f(Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024, 1) + " GiB |\n"
                + "| PostgreSQL | " + pgVersion + " (zonky embedded, fsync and synchronous_commit off, pg_stat_statements)"
                + "; pgbench " + pgbenchVersion + " |\n"
                + "| software | Camunda " + org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion()
                + ", Spring Boot " + SpringBootVersion.getVersion() + " |\n"
                + "| sizes | P1 " + settings.mainUnits() + " units (" + settings.p1Pairs() + " pairs after a warm-up); P2 "
                + settings.p2UnitsPerYear() + " scoring units in each of " + settings.p2Years().size() + " years, "
                + settings.p2Officers().stream().map(String::valueOf).collect(Collectors.joining(" and ")) + " officers, " + settings.p2Rounds()
                + " round(s); P3 " + String.format(Locale.ROOT, "%,d", settings.p3Timers()) + " timers, "
                + settings.p3Pairs() + " pair(s); scale " + settings.scaleUnits() + "; start-up " + settings.startupRounds()
                + " round(s) |\n\n";
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
