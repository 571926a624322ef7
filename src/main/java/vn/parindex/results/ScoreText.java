package vn.parindex.results;

import java.math.BigDecimal;

/** Points as people type them: "0,75" (Vietnamese), "0.75", or a JSON number. */
public final class ScoreText {

    private ScoreText() {
    }

    /** The value, or null when it is empty; throws {@link NumberFormatException} when it is not a number. */
    public static BigDecimal parse(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = value.toString().trim().replace('\u00a0', ' ').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        return new BigDecimal(text);
    }
}
