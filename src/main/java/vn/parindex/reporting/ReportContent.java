package vn.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;

/** A department's quarterly report as submitted: every figure and the texts (absent optional texts are empty). */
public record ReportContent(Map<QuarterlyFigure, Long> figures, Map<QuarterlyText, String> texts) {

    public long figure(QuarterlyFigure figure) {
        return figures.getOrDefault(figure, 0L);
    }

    public String text(QuarterlyText text) {
        return texts.getOrDefault(text, "");
    }

    /**
     * Reads a submitted form (keys {@link QuarterlyFigure#key()} and {@link QuarterlyText#key()}). Checks everything
     * and throws every problem at once, in Vietnamese; nothing is stored before this passes.
     */
    public static ReportContent parse(Map<String, Object> form) {
        List<String> problems = new ArrayList<>();
        Map<QuarterlyFigure, Long> figures = new EnumMap<>(QuarterlyFigure.class);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            Long value = wholeNumber(form.get(figure.key()), figure.label(), problems);
            if (value != null) {
                figures.put(figure, value);
            }
        }
        // cross-checks between figures that were read (a figure already refused is not checked again)
        {
            checkLevel("cấp tỉnh", figures, QuarterlyFigure.PROVINCE_RECEIVED, QuarterlyFigure.PROVINCE_RESOLVED,
                    QuarterlyFigure.PROVINCE_ON_TIME, QuarterlyFigure.PROVINCE_LATE, problems);
            checkLevel("cấp huyện", figures, QuarterlyFigure.DISTRICT_RECEIVED, QuarterlyFigure.DISTRICT_RESOLVED,
                    QuarterlyFigure.DISTRICT_ON_TIME, QuarterlyFigure.DISTRICT_LATE, problems);
            checkLevel("cấp xã", figures, QuarterlyFigure.COMMUNE_RECEIVED, QuarterlyFigure.COMMUNE_RESOLVED,
                    QuarterlyFigure.COMMUNE_ON_TIME, QuarterlyFigure.COMMUNE_LATE, problems);
            boolean receivedRead = figures.keySet().containsAll(List.of(QuarterlyFigure.PROVINCE_RECEIVED,
                    QuarterlyFigure.DISTRICT_RECEIVED, QuarterlyFigure.COMMUNE_RECEIVED, QuarterlyFigure.ONLINE_DOSSIERS));
            long received = !receivedRead ? 0 : figures.get(QuarterlyFigure.PROVINCE_RECEIVED)
                    + figures.get(QuarterlyFigure.DISTRICT_RECEIVED) + figures.get(QuarterlyFigure.COMMUNE_RECEIVED);
            if (receivedRead && figures.get(QuarterlyFigure.ONLINE_DOSSIERS) > received) {
                problems.add("Số hồ sơ tiếp nhận trực tuyến (" + figures.get(QuarterlyFigure.ONLINE_DOSSIERS)
                        + ") không được lớn hơn tổng số hồ sơ tiếp nhận (" + received + ").");
            }
            if (figures.containsKey(QuarterlyFigure.ONLINE_SERVICES_FULL) && figures.containsKey(QuarterlyFigure.ONLINE_SERVICES)
                    && figures.get(QuarterlyFigure.ONLINE_SERVICES_FULL) > figures.get(QuarterlyFigure.ONLINE_SERVICES)) {
                problems.add("Số dịch vụ công trực tuyến toàn trình không được lớn hơn tổng số dịch vụ công trực tuyến.");
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

    private static void checkLevel(String level, Map<QuarterlyFigure, Long> f, QuarterlyFigure received,
                                   QuarterlyFigure resolved, QuarterlyFigure onTime, QuarterlyFigure late,
                                   List<String> problems) {
        if (!f.keySet().containsAll(List.of(received, resolved, onTime, late))) {
            return;
        }
        if (f.get(resolved) > f.get(received)) {
            problems.add("Hồ sơ " + level + ": số hồ sơ đã giải quyết (" + f.get(resolved)
                    + ") không được lớn hơn số hồ sơ tiếp nhận (" + f.get(received) + ").");
        }
        if (f.get(onTime) + f.get(late) > f.get(resolved)) {
            problems.add("Hồ sơ " + level + ": số hồ sơ đúng hạn (" + f.get(onTime) + ") cộng trễ hạn (" + f.get(late)
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
