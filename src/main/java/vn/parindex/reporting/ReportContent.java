package vn.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/** A unit's quarterly report as submitted: every figure and the texts (absent optional texts are empty). */
public record ReportContent(Map<QuarterlyFigure, Long> figures, Map<QuarterlyText, String> texts) {

    public long figure(QuarterlyFigure figure) {
        return figures.getOrDefault(figure, 0L);
    }

    public String text(QuarterlyText text) {
        return texts.getOrDefault(text, "");
    }

    /** Reads a submitted form of a unit that reports every level. */
    public static ReportContent parse(Map<String, Object> form) {
        return parse(form, EnumSet.allOf(DossierLevel.class));
    }

    /**
     * Reads a submitted form (keys {@link QuarterlyFigure#key()} and {@link QuarterlyText#key()}) of a unit that
     * reports {@code levels}: the dossier figures of other levels are not asked of it and not read. Checks everything
     * and throws every problem at once, in Vietnamese; nothing is stored before this passes.
     */
    public static ReportContent parse(Map<String, Object> form, Set<DossierLevel> levels) {
        List<String> problems = new ArrayList<>();
        Map<QuarterlyFigure, Long> figures = new EnumMap<>(QuarterlyFigure.class);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (!figure.askedOf(levels)) {
                continue;
            }
            Long value = wholeNumber(form.get(figure.key()), figure.label(), problems);
            if (value != null) {
                figures.put(figure, value);
            }
        }
        // cross-checks between figures that were read (a figure already refused is not checked again)
        for (DossierLevel level : levels) {
            checkLevel(level, figures, problems);
        }
        long received = levels.stream().mapToLong(level -> figures.getOrDefault(QuarterlyFigure.of(level, "RECEIVED"), 0L)).sum();
        boolean receivedRead = levels.stream().allMatch(level -> figures.containsKey(QuarterlyFigure.of(level, "RECEIVED")));
        if (receivedRead && figures.containsKey(QuarterlyFigure.ONLINE_DOSSIERS)
                && figures.get(QuarterlyFigure.ONLINE_DOSSIERS) > received) {
            problems.add("Số hồ sơ tiếp nhận trực tuyến (" + figures.get(QuarterlyFigure.ONLINE_DOSSIERS)
                    + ") không được lớn hơn tổng số hồ sơ tiếp nhận (" + received + ").");
        }
        notAbove(figures, QuarterlyFigure.ONLINE_SERVICES_FULL, QuarterlyFigure.ONLINE_SERVICES,
                "Số dịch vụ công trực tuyến toàn trình không được lớn hơn tổng số dịch vụ công trực tuyến.", problems);
        notAbove(figures, QuarterlyFigure.ONLINE_SERVICES_NATIONAL_PORTAL, QuarterlyFigure.ONLINE_SERVICES,
                "Số dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia không được lớn hơn tổng số dịch vụ "
                        + "công trực tuyến.", problems);
        notAbove(figures, QuarterlyFigure.INVESTMENT_DISBURSED, QuarterlyFigure.INVESTMENT_PLAN,
                "Vốn đầu tư công đã giải ngân không được lớn hơn kế hoạch vốn được giao.", problems);
        List<QuarterlyFigure> tasks = List.of(QuarterlyFigure.GOV_TASKS_ASSIGNED, QuarterlyFigure.GOV_TASKS_COMPLETED,
                QuarterlyFigure.GOV_TASKS_IN_PROGRESS, QuarterlyFigure.GOV_TASKS_OVERDUE);
        if (figures.keySet().containsAll(tasks)) {
            long parts = figures.get(tasks.get(1)) + figures.get(tasks.get(2)) + figures.get(tasks.get(3));
            if (parts != figures.get(tasks.get(0))) {
                problems.add("Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: số đã hoàn thành, còn trong hạn và quá hạn ("
                        + parts + ") phải bằng tổng số nhiệm vụ được giao (" + figures.get(tasks.get(0)) + ").");
            }
        }
        Map<QuarterlyText, String> texts = new EnumMap<>(QuarterlyText.class);
        for (QuarterlyText text : QuarterlyText.values()) {
            String label = "nội dung \"" + text.label() + "\"";
            String value = text.required()
                    ? FormInput.requiredText(form.get(text.key()), label, QuarterlyText.MAX_LENGTH, problems)
                    : FormInput.optionalText(form.get(text.key()), label, QuarterlyText.MAX_LENGTH, problems);
            texts.put(text, value == null ? "" : value);
        }
        ValidationException.throwIfAny(problems);
        return new ReportContent(figures, texts);
    }

    private static void notAbove(Map<QuarterlyFigure, Long> f, QuarterlyFigure part, QuarterlyFigure whole, String problem,
                                 List<String> problems) {
        if (f.containsKey(part) && f.containsKey(whole) && f.get(part) > f.get(whole)) {
            problems.add(problem);
        }
    }

    /**
     * A level's dossiers add up: resolved at most received plus the previous period's backlog (real reports resolve
     * dossiers carried over, so "resolved > received" is right when the backlog covers it); on time plus late at most
     * resolved.
     */
    private static void checkLevel(DossierLevel level, Map<QuarterlyFigure, Long> f, List<String> problems) {
        QuarterlyFigure received = QuarterlyFigure.of(level, "RECEIVED");
        QuarterlyFigure backlog = QuarterlyFigure.of(level, "BACKLOG");
        QuarterlyFigure resolved = QuarterlyFigure.of(level, "RESOLVED");
        QuarterlyFigure onTime = QuarterlyFigure.of(level, "ON_TIME");
        QuarterlyFigure late = QuarterlyFigure.of(level, "LATE");
        if (!f.keySet().containsAll(List.of(received, backlog, resolved, onTime, late))) {
            return;
        }
        if (f.get(resolved) > f.get(received) + f.get(backlog)) {
            problems.add("Hồ sơ " + level.inText() + ": số hồ sơ đã giải quyết (" + f.get(resolved)
                    + ") không được lớn hơn số hồ sơ tiếp nhận (" + f.get(received) + ")"
                    + (f.get(backlog) == 0 ? "" : " cộng số hồ sơ kỳ trước chuyển sang (" + f.get(backlog) + ")") + ".");
        }
        if (f.get(onTime) + f.get(late) > f.get(resolved)) {
            problems.add("Hồ sơ " + level.inText() + ": số hồ sơ đúng hạn (" + f.get(onTime) + ") cộng trễ hạn (" + f.get(late)
                    + ") không được lớn hơn số hồ sơ đã giải quyết (" + f.get(resolved) + ").");
        }
    }

    /** A non-negative whole number from a form: Camunda Forms submit numbers as Long, Integer, Double or text. */
    static Long wholeNumber(Object value, String label, List<String> problems) {
        String text = FormInput.text(value);
        if (text.isEmpty()) {
            problems.add("Vui lòng nhập " + lower(label) + " (nhập 0 nếu không có).");
            return null;
        }
        long number;
        try {
            if (value instanceof Number n) {
                if (n.doubleValue() != Math.rint(n.doubleValue())) {
                    throw new NumberFormatException();
                }
                number = n.longValue();
            } else {
                number = Long.parseLong(text.replace(".", ""));
            }
        } catch (NumberFormatException e) {
            problems.add(label + ": \"" + text + "\" không phải là số nguyên.");
            return null;
        }
        if (number < 0 || number > QuarterlyFigure.MAX) {
            problems.add(label + " phải là số nguyên không âm (từ 0 đến " + QuarterlyFigure.MAX + "), không được là " + number + ".");
            return null;
        }
        return number;
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
