package vn.parindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;

/**
 * The progress dashboard and its unit drill-down as Sở Nội vụ's coordinator opens them (issue 15, item 8), over HTTP
 * with the application's own authentication, one request at a time: p50/p95/max of {@code /pages/dashboard?year=2026}
 * and {@code /pages/dashboard/unit?year=2026&unit=…}, interleaved with the baseline of the same run: the notification
 * log page of the year ({@code /pages/notifications?year=2026}: the same filters, login, layout and template engine,
 * an empty log). The targets (p95 ≤ 300 ms for the 2026 province, ≤ 1 s for 130 units) are printed beside the
 * figures; nothing asserts on time.
 */
final class DashboardLoad {

    record Figures(String page, int requests, double p50, double p95, double max, long statements,
                   List<Map.Entry<String, Long>> byTable) {
    }

    private final BenchApp app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (BenchApp.COORDINATOR + ":" + BenchApp.PASSWORD).getBytes(StandardCharsets.UTF_8));

    DashboardLoad(BenchApp app) {
        this.app = app;
    }

    /** Opens the 2026 cycle (every unit's plan is late: its due date 28/02/2026 has passed). */
    void openCycle() {
        app.context.getBean(CycleProcessService.class).start(2026, DeadlineDates.none());
    }

    /** {@code rounds} requests of each page after {@code warmUp}, interleaved; the figures per page in milliseconds. */
    Map<String, Figures> measure(String unit, int warmUp, int rounds) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("baseline: notification log", "/pages/notifications?year=2026");
        pages.put("dashboard", "/pages/dashboard?year=2026");
        pages.put("unit drill-down (" + unit + ")", "/pages/dashboard/unit?year=2026&unit=" + unit);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        pages.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (int round = 0; round < warmUp + rounds; round++) {
            for (var page : pages.entrySet()) {
                double millis = get(page.getValue());
                if (round >= warmUp) {
                    times.get(page.getKey()).add(millis);
                }
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        times.forEach((name, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            // one more request, not timed, to count its statements by verb and table (the load does not change them)
            JdbcCounter.Snapshot before = JdbcCounter.snapshot();
            JdbcCounter.startProfile();
            get(pages.get(name));
            List<Map.Entry<String, Long>> byTable = JdbcCounter.stopProfile();
            long statements = JdbcCounter.snapshot().minus(before).statements();
            figures.put(name, new Figures(name, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], statements, byTable));
        });
        return figures;
    }

    private double get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(120)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String describe(Map<String, Figures> figures) {
        StringBuilder text = new StringBuilder();
        figures.values().forEach(f -> {
            text.append(String.format("  %-34s %3d requests  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  %d statements%n",
                    f.page(), f.requests(), f.p50(), f.p95(), f.max(), f.statements()));
            f.byTable().stream().limit(12).forEach(e -> text.append(String.format("      %6d  %s%n", e.getValue(), e.getKey())));
        });
        return text.toString();
    }
}
