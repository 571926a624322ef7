package vn.parindex.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, points, percentages and quarters are written for Vietnamese readers: 28/02/2026, 12,5, 99,8%, quý IV. */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private VietnameseFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZoneSameInstant(zone));
    }

    public static String points(BigDecimal points) {
        if (points == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(points);
    }

    /** A percentage as the seeds write it: "99,8%" (decimal comma, no space before the sign). */
    public static String percent(BigDecimal percent) {
        return percent == null ? "" : points(percent) + "%";
    }

    /** A quarter in Roman numerals, as officers write it: 4 → "IV" ("quý IV/2023"); a number that is no quarter as is. */
    public static String quarter(int quarter) {
        return quarter < 1 || quarter > 4 ? String.valueOf(quarter) : ROMAN[quarter];
    }
}
