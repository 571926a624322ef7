package vn.parindex.office.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.common.ValidationException;

/** What an upload must be before a single cell is read, and how cells come out: raw, never evaluated. */
class UploadedWorkbookTest {

    private static final UploadLimits LIMITS = new UploadLimits(5 * 1024 * 1024, 20);

    @Test
    void cellsKeepTheirKindAndFormulasStayFormulas() throws IOException {
        byte[] file = write(new XSSFWorkbook(), sheet -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("=1+1");
            row.createCell(1).setCellValue(0.75);
            row.createCell(2).setCellFormula("SUM(B1:B1)");
            row.createCell(3).setCellValue(true);
            sheet.createRow(4).createCell(0).setCellValue("  ");
        });

        SheetTable sheet = UploadedWorkbook.read(file, LIMITS, List.of("Bảng")).require("Bảng");

        assertThat(sheet.rows()).hasSize(1);
        SheetRow row = sheet.rows().get(0);
        assertThat(row.cell(0)).isEqualTo(new CellValue(CellValue.Kind.TEXT, "=1+1", null));
        assertThat(row.cell(1).number()).isEqualByComparingTo("0.75");
        assertThat(row.cell(2)).isEqualTo(new CellValue(CellValue.Kind.FORMULA, "=SUM(B1:B1)", null));
        assertThat(row.cell(3).kind()).isEqualTo(CellValue.Kind.BOOLEAN);
    }

    @Test
    void aSheetWithTooManyRowsIsRefusedWhileReading() throws IOException {
        byte[] file = write(new XSSFWorkbook(), sheet -> {
            for (int i = 0; i < 30; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
        });
        assertThatThrownBy(() -> UploadedWorkbook.read(file, LIMITS, List.of("Bảng")))
                .hasMessage("Sheet 'Bảng' có quá 20 dòng; hệ thống không đọc tiếp. Hãy xoá các dòng thừa hoặc tách tệp.");
    }

    @Test
    void onlyRealXlsxWithinTheSizeLimitIsOpened() throws IOException {
        assertThatThrownBy(() -> UploadedWorkbook.read(new byte[0], LIMITS, List.of("Bảng")))
                .hasMessage("Tệp tải lên rỗng.");
        assertThatThrownBy(() -> UploadedWorkbook.read(new byte[6 * 1024 * 1024], LIMITS, List.of("Bảng")))
                .hasMessage("Tệp quá lớn (6 MB); chỉ nhận tệp tối đa 5 MB.");
        assertThatThrownBy(() -> UploadedWorkbook.read("<html>bảng</html>".getBytes(StandardCharsets.UTF_8), LIMITS,
                List.of("Bảng"))).hasMessageStartingWith("Tệp không phải là bảng tính Excel .xlsx");
        byte[] xls = write(new HSSFWorkbook(), sheet -> sheet.createRow(0).createCell(0).setCellValue("x"));
        assertThatThrownBy(() -> UploadedWorkbook.read(xls, LIMITS, List.of("Bảng")))
                .hasMessageStartingWith("Tệp là định dạng Excel 97–2003 (.xls), không được hỗ trợ.");
        byte[] zipOfText = zip("ghi-chu.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> UploadedWorkbook.read(zipOfText, LIMITS, List.of("Bảng")))
                .isInstanceOf(ValidationException.class).hasMessageContaining(".xlsx");
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]);
        assertThat((long) bomb.length).isLessThan(LIMITS.maxBytes());
        assertThatThrownBy(() -> UploadedWorkbook.read(bomb, LIMITS, List.of("Bảng")))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Tệp .xlsx bị hỏng hoặc không đọc được");
    }

    private interface SheetWriter {
        void write(Sheet sheet);
    }

    private static byte[] write(Workbook workbook, SheetWriter content) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.write(workbook.createSheet("Bảng"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
