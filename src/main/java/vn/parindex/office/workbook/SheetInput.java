package vn.parindex.office.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads typed values from an uploaded sheet, collecting a Vietnamese problem with sheet, row and column for each
 * cell that is not what the template asks for. Nothing is thrown: callers validate everything, then decide.
 */
@RequiredArgsConstructor
public final class SheetInput {

    private final SheetTable sheet;
    private final List<String> problems;

    public String name() {
        return sheet.name();
    }

    /** "Sheet 'Tiêu chí', dòng 12, cột C: " */
    public String at(int row, int column) {
        return "Sheet '" + sheet.name() + "', dòng " + row + ", cột " + CellReference.convertNumToColString(column) + ": ";
    }

    public String atRow(int row) {
        return "Sheet '" + sheet.name() + "', dòng " + row + ": ";
    }

    public void problem(String problem) {
        problems.add(problem);
    }

    /** The header row must carry exactly the template's headings, in order, and nothing to their right. */
    public boolean headers(int headerRow, List<String> expected) {
        int before = problems.size();
        SheetRow row = sheet.row(headerRow).orElse(null);
        if (row == null) {
            problems.add(atRow(headerRow) + "thiếu dòng tiêu đề cột (" + String.join(", ", expected)
                    + "). Hãy dùng đúng mẫu tải về từ hệ thống.");
            return false;
        }
        for (int column = 0; column < expected.size(); column++) {
            CellValue cell = row.cell(column);
            String found = cell == null ? "" : cell.text();
            if (!normalize(found).equals(normalize(expected.get(column)))) {
                problems.add(at(headerRow, column) + "tiêu đề cột phải là \"" + expected.get(column) + "\""
                        + (found.isEmpty() ? " (đang để trống)." : " (tệp ghi \"" + found + "\")."));
            }
        }
        row.cells().keySet().stream().filter(column -> column >= expected.size() && row.cell(column) != null).sorted()
                .forEach(column -> problems.add(at(headerRow, column) + "cột \"" + row.cell(column).text()
                        + "\" không có trong mẫu; mẫu chỉ có " + expected.size() + " cột."));
        return problems.size() == before;
    }

    /** Merged cells shift what a row means; none is allowed from {@code fromRow} down. */
    public void noMergedCells(int fromRow) {
        for (String range : sheet.mergedRanges()) {
            CellRangeAddress address = CellRangeAddress.valueOf(range);
            if (address.getLastRow() + 1 >= fromRow) {
                problems.add(at(address.getFirstRow() + 1, address.getFirstColumn()) + "các ô " + range
                        + " đang được gộp (merge); bảng nhập không được gộp ô, hãy bỏ gộp.");
            }
        }
    }

    /** The data rows under the header; an empty table is a problem. */
    public List<SheetRow> dataRows(int headerRow) {
        List<SheetRow> rows = sheet.rowsAfter(headerRow);
        if (rows.isEmpty()) {
            problems.add("Sheet '" + sheet.name() + "' không có dòng dữ liệu nào dưới dòng tiêu đề.");
        }
        return rows;
    }

    public String text(SheetRow row, int column, String label, boolean required, int maxLength) {
        CellValue cell = row.cell(column);
        if (cell == null) {
            if (required) {
                problems.add(at(row.number(), column) + "thiếu " + label + ".");
            }
            return null;
        }
        if (!usable(row, column, cell)) {
            return null;
        }
        String text = cell.text().trim();
        if (text.length() > maxLength) {
            problems.add(at(row.number(), column) + label + " dài quá " + maxLength + " ký tự.");
        }
        return text;
    }

    /** A number typed as a number (not text), at least 0, at most 2 decimals: {@code "<label> phải là số ≥ 0."} */
    public BigDecimal nonNegativeNumber(SheetRow row, int column, String label) {
        CellValue cell = row.cell(column);
        if (cell != null && !usable(row, column, cell)) {
            return null;
        }
        if (cell == null || cell.kind() != CellValue.Kind.NUMBER || cell.number().signum() < 0) {
            problems.add(at(row.number(), column) + label + " phải là số ≥ 0"
                    + (cell == null ? " (ô đang trống)." : cell.kind() == CellValue.Kind.TEXT
                    ? " (ô đang là chữ \"" + cell.text() + "\")." : "."));
            return null;
        }
        BigDecimal number = cell.number().stripTrailingZeros();
        if (number.scale() > 2) {
            problems.add(at(row.number(), column) + label + " chỉ được có tối đa 2 chữ số thập phân.");
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** "Có" or "Không" (an Excel TRUE/FALSE too); blank gives null, with a problem when required. */
    public Boolean yesNo(SheetRow row, int column, String label, boolean required) {
        CellValue cell = row.cell(column);
        if (cell == null) {
            if (required) {
                problems.add(at(row.number(), column) + "thiếu " + label + " (ghi \"Có\" hoặc \"Không\").");
            }
            return null;
        }
        if (!usable(row, column, cell)) {
            return null;
        }
        String value = normalize(cell.text());
        if (value.equals("có") || value.equals("true") || value.equals("x")) {
            return true;
        }
        if (value.equals("không") || value.equals("false")) {
            return false;
        }
        problems.add(at(row.number(), column) + label + " chỉ được ghi \"Có\" hoặc \"Không\" (tệp ghi \"" + cell.text()
                + "\").");
        return null;
    }

    /** A cell as the user typed it, for rules that check the value themselves; formulas and errors are refused. */
    public Object raw(SheetRow row, int column) {
        CellValue cell = row.cell(column);
        if (cell == null || !usable(row, column, cell)) {
            return null;
        }
        return cell.kind() == CellValue.Kind.NUMBER ? cell.number() : cell.text();
    }

    private boolean usable(SheetRow row, int column, CellValue cell) {
        if (cell.kind() == CellValue.Kind.FORMULA) {
            problems.add(at(row.number(), column) + "ô chứa công thức (" + cell.text()
                    + "); hệ thống không tính công thức, hãy nhập giá trị.");
            return false;
        }
        if (cell.kind() == CellValue.Kind.ERROR) {
            problems.add(at(row.number(), column) + "ô đang báo lỗi " + cell.text() + ".");
            return false;
        }
        return true;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi"));
    }
}
