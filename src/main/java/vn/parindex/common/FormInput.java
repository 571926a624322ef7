package vn.parindex.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading what a form submitted, with Vietnamese problems instead of exceptions. */
public final class FormInput {

    private FormInput() {
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    public static String requiredText(Object value, String label, int maxLength, List<String> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            problems.add("Vui lòng nhập " + label + ".");
        } else if (text.length() > maxLength) {
            problems.add(capitalize(label) + " dài quá " + maxLength + " ký tự.");
        }
        checkNotFormula(text, label, problems);
        return text;
    }

    public static String optionalText(Object value, String label, int maxLength, List<String> problems) {
        String text = text(value);
        if (text.length() > maxLength) {
            problems.add(capitalize(label) + " dài quá " + maxLength + " ký tự.");
        }
        checkNotFormula(text, label, problems);
        return text.isEmpty() ? null : text;
    }

    /**
     * Text that Excel would run as a formula when the data is exported (=, +, @, or - followed by something other
     * than a space, as in "-2+3+cmd|..."): refused, so no export of what users typed can run a formula. A dash used
     * as a bullet ("- Văn bản số ...") is fine.
     */
    public static void checkNotFormula(String text, String label, List<String> problems) {
        if (looksLikeFormula(text)) {
            problems.add(capitalize(label) + " không được bắt đầu bằng dấu =, +, - hoặc @ (khi mở bằng Excel, nội dung như vậy"
                    + " bị hiểu là công thức). Vui lòng bắt đầu bằng chữ hoặc số.");
        }
    }

    static boolean looksLikeFormula(String text) {
        String start = text == null ? "" : text.strip();
        if (start.isEmpty()) {
            return false;
        }
        char first = start.charAt(0);
        return first == '=' || first == '+' || first == '@' || first == '\uFF1D' || first == '\uFF0B'
                || first == '-' && (start.length() == 1 || !Character.isWhitespace(start.charAt(1)));
    }

    /** Camunda Forms submit dates as {@code yyyy-MM-dd} strings; an empty value gives null. */
    public static LocalDate optionalDate(Object value, String label, List<String> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            // a typed date (REST API) is an instant; its day is the day in the province's zone
            return date.toInstant().atZone(ZoneId.of(ParProperties.DEFAULT_TIME_ZONE)).toLocalDate();
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(capitalize(label) + " \"" + text + "\" không phải là ngày hợp lệ (ngày/tháng/năm).");
            return null;
        }
    }

    public static LocalDate requiredDate(Object value, String label, List<String> problems) {
        if (text(value).isEmpty()) {
            problems.add("Vui lòng nhập " + label + ".");
            return null;
        }
        return optionalDate(value, label, problems);
    }

    private static String capitalize(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
