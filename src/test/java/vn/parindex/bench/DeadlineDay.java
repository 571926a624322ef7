package vn.parindex.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.camunda.bpm.engine.task.Task;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.scoring.ScoringService;

/**
 * P2, deadline day: the synthetic assessment years of {@link SyntheticData#deadlineDay}, each opened and its
 * self-assessment opened on the morning of the units' deadline (one self-scoring task per scoring unit, 88 items
 * per year as in a province); the simulated officers submit their score sheets over HTTP, all at once, the sheet as a
 * Json variable. By default ({@code bench.p2.route=tasklist}) exactly as Tasklist does: each officer signed in once
 * beforehand (Tasklist's login form, not measured), then {@code POST /camunda/api/engine/engine/default/task/{id}/submit-form}
 * with the session cookie and Camunda's CSRF header. {@code bench.p2.route=engine-rest} sends what an external client
 * would instead: {@code POST /engine-rest/task/{id}/submit-form} with HTTP Basic, so every request also checks the
 * password and reads the user's groups and tenants. Between rounds the heads return every sheet (through the engine
 * API, not measured), which gives each unit a new self-scoring task for the next round.
 */
final class DeadlineDay {

    static final LocalDateTime DEADLINE_MORNING = LocalDateTime.of(2026, 1, 12, 8, 30);
    private static final ObjectMapper JSON = new ObjectMapper();

    record Round(int completions, int concurrency, double seconds, double[] latenciesMs, Map<Integer, Integer> statuses,
                 List<String> errorSamples, JdbcCounter.Snapshot jdbc, long lockingRetries) {

        double perSecond() {
            return completions / seconds;
        }

        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    private final BenchApp app;
    private final CycleService cycles;
    private final List<String> processInstanceIds = new ArrayList<>();
    private final Map<String, String> sheets = new TreeMap<>();
    private final HttpClient http;
    private final Route route;
    private final String webappPath;
    /** Each officer's Tasklist session (route tasklist), signed in once, by unit. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private static final String TASKLIST_PAGE = "/app/tasklist/default/";
    final double setupSeconds;
    final int units;

    DeadlineDay(BenchApp app) {
        this.app = app;
        this.cycles = app.context.getBean(CycleService.class);
        CycleProcessService processes = app.context.getBean(CycleProcessService.class);
        ScoringService scoring = app.context.getBean(ScoringService.class);
        BenchApp.clock(ProvinceYear.at(DEADLINE_MORNING));
        long started = System.nanoTime();
        for (int year : app.dataset.unitsByYear().keySet()) {
            processInstanceIds.add(app.as(BenchApp.COORDINATOR, () -> processes.start(year, DeadlineDates.none())).getId());
            app.as(BenchApp.COORDINATOR, () -> {
                processes.guidanceReceived(year);
                return null;
            });
        }
        setupSeconds = (System.nanoTime() - started) / 1e9;
        if (app.tasks.createTaskQuery().taskDefinitionKey(CycleProcess.PREPARE_PLAN).count() != 0) {
            throw new IllegalStateException("nobody plans in the deadline-day years");
        }
        for (int year : app.dataset.unitsByYear().keySet()) {
            long cycleId = cycles.findOpen(year).orElseThrow().id();
            for (String unit : cycles.scoringUnits(cycleId)) {
                sheets.put(unit, sheet(scoring, cycleId, unit));
            }
        }
        units = sheets.size();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
        route = Route.of(System.getProperty("bench.p2.route", "tasklist"));
        webappPath = app.context.getEnvironment().getProperty("camunda.bpm.webapp.application-path", "/camunda");
    }

    /** How the simulated officers reach the engine (bench.p2.route). */
    enum Route {
        TASKLIST("Tasklist's own API, signed in once: the session cookie and the CSRF header"),
        ENGINE_REST("/engine-rest with HTTP Basic, as an external client");

        final String description;

        Route(String description) {
            this.description = description;
        }

        static Route of(String name) {
            return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "tasklist" -> TASKLIST;
                case "engine-rest" -> ENGINE_REST;
                default -> throw new IllegalArgumentException("bench.p2.route: tasklist or engine-rest, not " + name);
            };
        }
    }

    /** A signed-in Tasklist session: its cookies, as the browser sends them, and the CSRF token Tasklist echoes. */
    record Session(String cookieHeader, String csrfToken) {
    }

    Route route() {
        return route;
    }

    /**
     * Signs in (route tasklist) every officer of the given units who has no session yet, as the browser does: the
     * Tasklist page for the CSRF cookie, then the login form. Not measured: on deadline day the officers have been
     * signed in for a while when they press "Hoàn thành".
     */
    void signIn(java.util.Collection<String> units) {
        if (route != Route.TASKLIST) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String unit : units) {
                if (!sessions.containsKey(unit)) {
                    futures.add(pool.submit(() -> sessions.put(unit, login(BenchApp.officer(unit)))));
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Tasklist sign-in failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Session login(String user) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(url(webappPath + TASKLIST_PAGE)).build(),
                HttpResponse.BodyHandlers.discarding());
        keepCookies(page, cookies);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                        url(webappPath + "/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader(cookies))
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + BenchApp.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + ": HTTP " + login.statusCode() + " " + login.body());
        }
        keepCookies(login, cookies);
        // the login starts a new session, without the page's CSRF token: Tasklist's next request (its start page)
        // receives the new one
        HttpResponse<Void> start = http.send(HttpRequest.newBuilder(url(webappPath + TASKLIST_PAGE))
                .header("Cookie", cookieHeader(cookies)).build(), HttpResponse.BodyHandlers.discarding());
        keepCookies(start, cookies);
        return new Session(cookieHeader(cookies), cookies.getOrDefault("XSRF-TOKEN", ""));
    }

    /** The application's address for {@code path} (empty: its origin, as a browser's Origin header gives it). */
    private URI url(String path) {
        return URI.create("http://localhost:" + app.port + path);
    }

    private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The open self-scoring tasks, by unit. */
    Map<String, String> openSelfScoring() {
        Map<String, String> byUnit = new TreeMap<>();
        for (Task task : app.tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .taskDefinitionKey(CycleProcess.SELF_SCORE).list()) {
            byUnit.put((String) app.runtime.getVariable(task.getExecutionId(), CycleProcess.UNIT_CODE), task.getId());
        }
        return byUnit;
    }

    /** Submits the given tasks with {@code concurrency} simulated officers at once; worker w takes tasks w, w+c, ... */
    Round submitAll(Map<String, String> tasksByUnit, int concurrency) {
        signIn(tasksByUnit.keySet());
        List<Map.Entry<String, String>> work = new ArrayList<>(tasksByUnit.entrySet());
        int workers = Math.min(concurrency, work.size());
        double[] latencies = new double[work.size()];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
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
                    int status;
                    String body;
                    try {
                        HttpResponse<String> response = http.send(request(entry.getKey(), entry.getValue()),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        body = response.body();
                    } catch (Exception e) {
                        status = -1;
                        body = e.toString();
                    }
                    latencies[i] = (System.nanoTime() - sent) / 1e6;
                    statuses.merge(status, 1, Integer::sum);
                    if ((status < 200 || status >= 300) && errors.size() < 3) {
                        errors.add(status + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            ready.await();
            JdbcCounter.Snapshot before = JdbcCounter.snapshot();
            long retriesBefore = lockingRetries();
            long started = System.nanoTime();
            go.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JdbcCounter.Snapshot jdbc = JdbcCounter.snapshot().minus(before);
            double[] sorted = latencies.clone();
            java.util.Arrays.sort(sorted);
            return new Round(done.get(), workers, seconds, sorted, new TreeMap<>(statuses), List.copyOf(errors), jdbc,
                    lockingRetries() - retriesBefore);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The completions and form submissions the application ran again after an optimistic-locking failure (its
     * TaskWorkRetry counts them in Micrometer's global registry); a failure after the last attempt reaches the user as
     * an error instead.
     */
    static long lockingRetries() {
        return (long) Metrics.globalRegistry.find("par.task.work.optimistic.locking.retries").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** The heads return every signed-off sheet (engine API, not measured): each unit gets a new self-scoring task. */
    void headsReturnAll(int threads) {
        List<Task> signOffs = app.tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .taskDefinitionKey(CycleProcess.SIGN_OFF_SCORES).list();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task task : signOffs) {
                futures.add(pool.submit(() -> {
                    String unit = (String) app.runtime.getVariable(task.getExecutionId(), CycleProcess.UNIT_CODE);
                    app.as(BenchApp.head(unit), () -> {
                        app.forms.submitTaskForm(task.getId(), ProvinceYear.decision(false));
                        return null;
                    });
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
    }

    private HttpRequest request(String unit, String taskId) {
        HttpRequest.Builder request;
        if (route == Route.TASKLIST) {
            Session session = sessions.get(unit);
            request = HttpRequest.newBuilder(url(webappPath + "/api/engine/engine/default/task/" + taskId + "/submit-form"))
                    .header("Cookie", session.cookieHeader())
                    .header("X-XSRF-TOKEN", session.csrfToken())
                    // a browser sends both on a POST; Camunda's CSRF filter checks that the request comes from its page
                    .header("Origin", url("").toString())
                    .header("Referer", url(webappPath + TASKLIST_PAGE).toString());
        } else {
            String credentials = BenchApp.officer(unit) + ":" + BenchApp.PASSWORD;
            request = HttpRequest.newBuilder(url("/engine-rest/task/" + taskId + "/submit-form"))
                    .header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(sheets.get(unit)), StandardCharsets.UTF_8))
                .build();
    }

    /** Each scoring unit's score sheet as the self-score form submits it (a JSON list of rows). */
    Map<String, String> sheets() {
        return sheets;
    }

    /** The request body Tasklist sends for the self-score form: the sheet as a Json variable. */
    private static String body(String sheet) {
        try {
            return JSON.writeValueAsString(Map.of("variables", Map.of("scoreItems", Map.of("type", "Json", "value", sheet))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sheet(ScoringService scoring, long cycleId, String unit) {
        List<Map<String, Object>> rows = scoring.sheet(cycleId, unit).stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("name", row.name());
            item.put("maxPoints", row.maxPoints());
            item.put("score", row.maxPoints().multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP));
            item.put("notApplicable", false);
            item.put("evidenceRef", "Báo cáo số 15/BC-" + unit + " về " + row.code());
            item.put("explanation", "");
            return item;
        }).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
