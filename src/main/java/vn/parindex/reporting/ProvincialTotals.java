package vn.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The province's totals of a period: the sum of every accepted unit's figures, by level (each level's dossiers come
 * from the units that hold that level), with the rates. {@code levels} are the levels the period's units report: a
 * report after 30/06/2025 has no district row.
 */
public record ProvincialTotals(Map<QuarterlyFigure, Long> totals, List<String> unitNames, Set<DossierLevel> levelsReported) {

    public ProvincialTotals {
        levelsReported = levelsReported.isEmpty() ? EnumSet.noneOf(DossierLevel.class) : EnumSet.copyOf(levelsReported);
    }

    /** One line of the totals table: label, count, rate (empty when it has none). */
    public record Line(String label, String count, String rate) {
    }

    /** One level of the dossier table. */
    public record Level(String name, String backlog, String received, String resolved, String onTime, String onTimeRate,
                        String late, String lateRate) {

        /** A level without backlog from the previous period. */
        public Level(String name, String received, String resolved, String onTime, String onTimeRate, String late,
                     String lateRate) {
            this(name, "0", received, resolved, onTime, onTimeRate, late, lateRate);
        }
    }

    /** Totals of a report whose units reported every level. */
    public ProvincialTotals(Map<QuarterlyFigure, Long> totals, List<String> unitNames) {
        this(totals, unitNames, EnumSet.allOf(DossierLevel.class));
    }

    public static ProvincialTotals sum(List<ReportContent> reports, List<String> unitNames) {
        return sum(reports, unitNames, EnumSet.allOf(DossierLevel.class));
    }

    public static ProvincialTotals sum(List<ReportContent> reports, List<String> unitNames, Set<DossierLevel> levels) {
        Map<QuarterlyFigure, Long> totals = new EnumMap<>(QuarterlyFigure.class);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            totals.put(figure, reports.stream().mapToLong(r -> r.figure(figure)).sum());
        }
        return new ProvincialTotals(totals, unitNames, levels);
    }

    /**
     * Consecutive periods as one (the six-month or the yearly report): every figure summed except the backlog, which
     * is the one carried into the first period; the units and levels of all of them.
     */
    public static ProvincialTotals over(List<ProvincialTotals> periods) {
        Map<QuarterlyFigure, Long> totals = new EnumMap<>(QuarterlyFigure.class);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            boolean backlog = figure.name().endsWith("_BACKLOG");
            totals.put(figure, backlog ? periods.get(0).get(figure)
                    : periods.stream().mapToLong(period -> period.get(figure)).sum());
        }
        List<String> names = new ArrayList<>();
        Set<DossierLevel> levels = EnumSet.noneOf(DossierLevel.class);
        for (ProvincialTotals period : periods) {
            period.unitNames().stream().filter(name -> !names.contains(name)).forEach(names::add);
            levels.addAll(period.levelsReported());
        }
        return new ProvincialTotals(totals, names, levels);
    }

    public long get(QuarterlyFigure figure) {
        return totals.getOrDefault(figure, 0L);
    }

    private long sumOf(String kind) {
        return levelsReported.stream().mapToLong(level -> get(QuarterlyFigure.of(level, kind))).sum();
    }

    public long received() {
        return sumOf("RECEIVED");
    }

    public long backlog() {
        return sumOf("BACKLOG");
    }

    public long resolved() {
        return sumOf("RESOLVED");
    }

    public long onTime() {
        return sumOf("ON_TIME");
    }

    public long late() {
        return sumOf("LATE");
    }

    /** One row per level reported, then the province's total. */
    public List<Level> levels() {
        List<Level> rows = new ArrayList<>();
        for (DossierLevel level : levelsReported) {
            rows.add(row(level.title(), get(QuarterlyFigure.of(level, "BACKLOG")), get(QuarterlyFigure.of(level, "RECEIVED")),
                    get(QuarterlyFigure.of(level, "RESOLVED")), get(QuarterlyFigure.of(level, "ON_TIME")),
                    get(QuarterlyFigure.of(level, "LATE"))));
        }
        rows.add(row("Toàn tỉnh", backlog(), received(), resolved(), onTime(), late()));
        return rows;
    }

    private static Level row(String name, long backlog, long received, long resolved, long onTime, long late) {
        return new Level(name, QuarterlyNumbers.count(backlog), QuarterlyNumbers.count(received),
                QuarterlyNumbers.count(resolved), QuarterlyNumbers.count(onTime), QuarterlyNumbers.percent(onTime, resolved),
                QuarterlyNumbers.count(late), QuarterlyNumbers.percent(late, resolved));
    }

    /** The totals table: every figure outside the dossier levels, with the rates that make sense. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (figure.level() != null) {
                continue;
            }
            String rate = switch (figure) {
                case ONLINE_DOSSIERS -> QuarterlyNumbers.percent(get(figure), received());
                case ONLINE_SERVICES_FULL, ONLINE_SERVICES_NATIONAL_PORTAL ->
                        QuarterlyNumbers.percent(get(figure), get(QuarterlyFigure.ONLINE_SERVICES));
                case FEEDBACK_RESOLVED -> QuarterlyNumbers.percent(get(figure), get(QuarterlyFigure.FEEDBACK_RECEIVED));
                case GOV_TASKS_COMPLETED, GOV_TASKS_IN_PROGRESS, GOV_TASKS_OVERDUE ->
                        QuarterlyNumbers.percent(get(figure), get(QuarterlyFigure.GOV_TASKS_ASSIGNED));
                case INVESTMENT_DISBURSED -> QuarterlyNumbers.percent(get(figure), get(QuarterlyFigure.INVESTMENT_PLAN));
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
                .append(backlog() == 0 ? "" : ", kỳ trước chuyển sang " + QuarterlyNumbers.count(backlog()))
                .append("; đã giải quyết ").append(QuarterlyNumbers.count(resolved()))
                .append(", trong đó đúng hạn ").append(QuarterlyNumbers.count(onTime()))
                .append(" (").append(QuarterlyNumbers.percent(onTime(), resolved())).append("), trễ hạn ")
                .append(QuarterlyNumbers.count(late())).append(" (").append(QuarterlyNumbers.percent(late(), resolved()))
                .append(").");
        List<Level> rows = levels();
        for (Level level : rows.subList(0, rows.size() - 1)) {
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
