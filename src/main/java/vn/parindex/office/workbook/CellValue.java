package vn.parindex.office.workbook;

import java.math.BigDecimal;

/**
 * A cell as stored in the file, never evaluated: a formula stays a formula (its text, without any cached result).
 */
public record CellValue(Kind kind, String text, BigDecimal number) {

    public enum Kind {
        TEXT, NUMBER, BOOLEAN, FORMULA, ERROR
    }

    static CellValue text(String text) {
        return new CellValue(Kind.TEXT, text, null);
    }

    static CellValue number(BigDecimal number) {
        return new CellValue(Kind.NUMBER, number.toPlainString(), number);
    }

    static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null);
    }

    static CellValue formula(String formula) {
        return new CellValue(Kind.FORMULA, "=" + formula, null);
    }

    static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code, null);
    }

    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
