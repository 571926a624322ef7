package vn.parindex.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Vietnamese number format of the reports: 10.866 hồ sơ, tỷ lệ 99,8% (at most two decimals, as in the seed). */
public final class QuarterlyNumbers {

    private QuarterlyNumbers() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", symbols()).format(value);
    }

    /** {@code part / whole} as a percentage, e.g. 10866/10888 → "99,8%"; "–" when whole is 0. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        BigDecimal percent = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        return format.format(percent) + "%";
    }
}
