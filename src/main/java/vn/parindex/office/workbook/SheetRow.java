package vn.parindex.office.workbook;

import java.util.Map;

/** A row that has at least one non-blank cell; {@code number} is the row number Excel shows (from 1). */
public record SheetRow(int number, Map<Integer, CellValue> cells) {

    public CellValue cell(int column) {
        CellValue value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
