package vn.parindex.office.workbook;

import java.util.List;
import java.util.Optional;

/** A sheet as read from an upload: its non-blank rows in order and its merged ranges (e.g. "B5:C5"). */
public record SheetTable(String name, List<SheetRow> rows, List<String> mergedRanges) {

    public Optional<SheetRow> row(int number) {
        return rows.stream().filter(row -> row.number() == number).findFirst();
    }

    /** Rows below {@code headerRow}. */
    public List<SheetRow> rowsAfter(int headerRow) {
        return rows.stream().filter(row -> row.number() > headerRow).toList();
    }
}
