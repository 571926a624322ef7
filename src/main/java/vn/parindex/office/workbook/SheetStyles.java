package vn.parindex.office.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles our workbooks use, created once per workbook (Excel limits the number of styles). */
public final class SheetStyles {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle boldText;
    public final CellStyle number;
    public final CellStyle boldNumber;
    public final CellStyle input;

    public SheetStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        boldText = bordered();
        boldText.setFont(bold);
        number = bordered();
        number.setAlignment(HorizontalAlignment.RIGHT);
        boldNumber = bordered();
        boldNumber.setAlignment(HorizontalAlignment.RIGHT);
        boldNumber.setFont(bold);
        input = bordered();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The same style with Excel's quote prefix: the cell stays text even when a user edits it. */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, style -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }
}
