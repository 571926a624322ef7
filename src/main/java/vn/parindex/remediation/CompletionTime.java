package vn.parindex.remediation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's completion time as plans write it: a month ("Tháng 9/2027"), a date ("Trước ngày 15/12/2027", or just
 * "15/12/2027"), or "Thường xuyên" (optionally "Thường xuyên trong năm 2027"). Read leniently (case, spaces,
 * composed or decomposed Vietnamese), written back in one form.
 */
public record CompletionTime(CompletionKind kind, YearMonth month, LocalDate date, Integer withinYear) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2}) ?(?:/|-|năm) ?(\\d{4})");
    private static final Pattern DATE = Pattern.compile("(?:(?:trước|đến|chậm nhất) )?(?:ngày )?(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})");
    private static final Pattern RECURRING = Pattern.compile("thường xuyên(?: trong năm (\\d{4}))?");

    public static final String EXAMPLES = "\"Tháng 9/2027\", \"Trước ngày 15/12/2027\" hoặc \"Thường xuyên\"";

    /** The completion time, empty when the text is none of the accepted forms (or names no real month or day). */
    public static Optional<CompletionTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VIETNAMESE)
                .replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (normalized.endsWith(".")) {
            normalized = normalized.substring(0, normalized.length() - 1).strip();
        }
        try {
            Matcher month = MONTH.matcher(normalized);
            if (month.matches()) {
                return Optional.of(new CompletionTime(CompletionKind.MONTH,
                        YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1))), null, null));
            }
            Matcher date = DATE.matcher(normalized);
            if (date.matches()) {
                return Optional.of(new CompletionTime(CompletionKind.DATE, null, LocalDate.of(Integer.parseInt(date.group(3)),
                        Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1))), null));
            }
        } catch (DateTimeException noSuchMonthOrDay) {
            return Optional.empty();
        }
        Matcher recurring = RECURRING.matcher(normalized);
        if (recurring.matches()) {
            return Optional.of(new CompletionTime(CompletionKind.RECURRING, null, null,
                    recurring.group(1) == null ? null : Integer.valueOf(recurring.group(1))));
        }
        return Optional.empty();
    }

    /** As the plan prints it. */
    public String text() {
        return switch (kind) {
            case MONTH -> "Tháng " + month.getMonthValue() + "/" + month.getYear();
            case DATE -> "Trước ngày " + String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case RECURRING -> withinYear == null ? "Thường xuyên" : "Thường xuyên trong năm " + withinYear;
        };
    }
}
