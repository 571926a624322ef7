package vn.parindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects the results as Markdown, echoing each line to the console as it comes. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
        System.out.println(line);
        System.out.flush();
    }

    void blank() {
        line("");
    }

    void heading(String heading) {
        blank();
        line(heading);
        blank();
    }

    void table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            rule.add(i == 0 ? "---" : "---:");
        }
        line("|" + String.join("|", rule) + "|");
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
    }

    String text() {
        return text.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String f(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String ratio(double ours, double baseline) {
        return baseline == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", ours / baseline);
    }

    static String met(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The value at the percentile (nearest rank) of sorted values. */
    static double percentile(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** p50, p95 and p99 of a set of latencies in milliseconds (nearest rank). */
    record Latencies(double p50, double p95, double p99) {

        static Latencies of(double[] sortedMs) {
            return new Latencies(percentile(sortedMs, 50), percentile(sortedMs, 95), percentile(sortedMs, 99));
        }

        /** "p50 / p95 / p99", whole milliseconds, no unit. */
        String numbers() {
            return f(p50, 0) + " / " + f(p95, 0) + " / " + f(p99, 0);
        }

        String text() {
            return numbers() + " ms";
        }
    }
}
