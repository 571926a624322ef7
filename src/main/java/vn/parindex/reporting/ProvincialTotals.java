package vn.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The province's totals of a quarter: the sum of every accepted department's figures, with the rates. */
public record ProvincialTotals(Map<QuarterlyFigure, Long> totals, List<String> unitNames) {

    /** One line of the totals table: label, count, rate (empty when it has none). */
    public record Line(String label, String count, String rate) {
    }

    /** One level of the dossier table. */
    public record Level(String name, String received, String resolved, String onTime, String onTimeRate,
                        String late, String lateRate) {
    }

    public static ProvincialTotals sum(List<ReportContent> reports, List<String> unitNames) {
        Map<QuarterlyFigure, Long> totals = new EnumMap<>(QuarterlyFigure.class);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            totals.put(figure, reports.stream().mapToLong(r -> r.figure(figure)).sum());
        }
        return new ProvincialTotals(totals, unitNames);
    }

    public long get(QuarterlyFigure figure) {
        return totals.getOrDefault(figure, 0L);
    }

    public long received() {
        return get(QuarterlyFigure.PROVINCE_RECEIVED) + get(QuarterlyFigure.DISTRICT_RECEIVED) + get(QuarterlyFigure.COMMUNE_RECEIVED);
    }

    public long resolved() {
        return get(QuarterlyFigure.PROVINCE_RESOLVED) + get(QuarterlyFigure.DISTRICT_RESOLVED) + get(QuarterlyFigure.COMMUNE_RESOLVED);
    }

    public long onTime() {
        return get(QuarterlyFigure.PROVINCE_ON_TIME) + get(QuarterlyFigure.DISTRICT_ON_TIME) + get(QuarterlyFigure.COMMUNE_ON_TIME);
    }

    public long late() {
        return get(QuarterlyFigure.PROVINCE_LATE) + get(QuarterlyFigure.DISTRICT_LATE) + get(QuarterlyFigure.COMMUNE_LATE);
    }

    public List<Level> levels() {
        return List.of(level("Cấp tỉnh", QuarterlyFigure.PROVINCE_RECEIVED, QuarterlyFigure.PROVINCE_RESOLVED,
                        QuarterlyFigure.PROVINCE_ON_TIME, QuarterlyFigure.PROVINCE_LATE),
                level("Cấp huyện", QuarterlyFigure.DISTRICT_RECEIVED, QuarterlyFigure.DISTRICT_RESOLVED,
                        QuarterlyFigure.DISTRICT_ON_TIME, QuarterlyFigure.DISTRICT_LATE),
                level("Cấp xã", QuarterlyFigure.COMMUNE_RECEIVED, QuarterlyFigure.COMMUNE_RESOLVED,
                        QuarterlyFigure.COMMUNE_ON_TIME, QuarterlyFigure.COMMUNE_LATE),
                new Level("Toàn tỉnh", QuarterlyNumbers.count(received()), QuarterlyNumbers.count(resolved()),
                        QuarterlyNumbers.count(onTime()), QuarterlyNumbers.percent(onTime(), resolved()),
                        QuarterlyNumbers.count(late()), QuarterlyNumbers.percent(late(), resolved())));
    }

    private Level level(String name, QuarterlyFigure received, QuarterlyFigure resolved, QuarterlyFigure onTime,
                        QuarterlyFigure late) {
        return new Level(name, QuarterlyNumbers.count(get(received)), QuarterlyNumbers.count(get(resolved)),
                QuarterlyNumbers.count(get(onTime)), QuarterlyNumbers.percent(get(onTime), get(resolved)),
                QuarterlyNumbers.count(get(late)), QuarterlyNumbers.percent(get(late), get(resolved)));
    }

    /** The totals table: every figure outside the dossier levels, with the rates that make sense. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (figure.name().startsWith("PROVINCE_") || figure.name().startsWith("DISTRICT_")
                    || figure.name().startsWith("COMMUNE_")) {
                continue;
            }
            String rate = switch (figure) {
                case ONLINE_DOSSIERS -> QuarterlyNumbers.percent(get(figure), received());
                case ONLINE_SERVICES_FULL -> QuarterlyNumbers.percent(get(figure), get(QuarterlyFigure.ONLINE_SERVICES));
                default -> "";
            };
            lines.add(new Line(figure.label(), QuarterlyNumbers.count(get(figure)), rate));
        }
        return lines;
    }

    /** A plain-text summary for the forms. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Hồ sơ TTHC toàn tỉnh: tiếp nhận ").append(QuarterlyNumbers.count(received()))
                .append("; đã giải quyết ").append(QuarterlyNumbers.count(resolved()))
                .append(", trong đó đúng hạn ").append(QuarterlyNumbers.count(onTime()))
                .append(" (").append(QuarterlyNumbers.percent(onTime(), resolved())).append("), trễ hạn ")
                .append(QuarterlyNumbers.count(late())).append(" (").append(QuarterlyNumbers.percent(late(), resolved()))
                .append(").");
        for (Level level : levels().subList(0, 3)) {
            text.append("\n\n").append(level.name()).append(": giải quyết ").append(level.resolved())
                    .append(", đúng hạn ").append(level.onTime()).append(" (").append(level.onTimeRate()).append(")");
        }
        for (Line line : lines()) {
            text.append("\n\n").append(line.label()).append(": ").append(line.count())
                    .append(line.rate().isEmpty() ? "" : " (" + line.rate() + ")");
        }
        return text.toString();
    }
}
