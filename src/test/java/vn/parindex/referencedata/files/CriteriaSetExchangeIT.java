package vn.parindex.referencedata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.support.TestWorkbooks.cell;
import static vn.parindex.support.TestWorkbooks.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.common.ValidationException;
import vn.parindex.referencedata.CriteriaTable;
import vn.parindex.referencedata.OfficialTables;
import vn.parindex.support.ReportsApi;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.office.Upload;
import vn.parindex.support.PostgresSpringTest;

/** The official criteria table out and back in: the same set, and a catalogue of broken files that store nothing. */
class CriteriaSetExchangeIT extends PostgresSpringTest {

    private static final String SHIPPED = "876-2022";
    private static final String NEW_CODE = "test-1187";

    @Autowired
    CriteriaSetExchange exchange;
    @Autowired
    OfficialTables tables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void removeImportedSets() {
        jdbc.sql("delete from reference_import").update();
        jdbc.sql("delete from criterion where criteria_set_code like 'test-%'").update();
        jdbc.sql("delete from criteria_set where code like 'test-%'").update();
    }

    @Test
    void anExportedSetImportsAsTheSameSetUnderANewCode() {
        byte[] exported = exchange.export(SHIPPED);

        exchange.importSet(NEW_CODE, new Upload("876.xlsx", exported), "snvdieuphoi");

        CriteriaTable original = tables.criteriaSet(SHIPPED).orElseThrow();
        CriteriaTable imported = tables.criteriaSet(NEW_CODE).orElseThrow();
        assertThat(imported.rows()).hasSize(105).isEqualTo(original.rows());
        assertThat(imported).usingRecursiveComparison().ignoringFields("code").isEqualTo(original);
        exchange.importSet(NEW_CODE + "-2", new Upload("again.xlsx", exchange.export(NEW_CODE)), "snvdieuphoi");
        assertThat(tables.criteriaSet(NEW_CODE + "-2").orElseThrow()).usingRecursiveComparison().ignoringFields("code")
                .isEqualTo(original);
        assertThat(jdbc.sql("select imported_by from reference_import where target = ? order by id").param(NEW_CODE)
                .query(String.class).list()).containsExactly("snvdieuphoi");
    }

    @Test
    void theExportIsTheTemplateWithVietnameseHeadingsAndTextCodes() throws IOException {
        try (XSSFWorkbook workbook = TestWorkbooks.open(exchange.export(SHIPPED))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            assertThat(workbook.getSheetName(1)).isEqualTo("Tiêu chí");
            XSSFSheet items = workbook.getSheet("Tiêu chí");
            assertThat(TestWorkbooks.text(items, 1, 2)).isEqualTo("Điểm tối đa");
            assertThat(TestWorkbooks.text(items, 4, 0)).isEqualTo("1.1.1");
            assertThat(TestWorkbooks.number(items, 2, 2)).isEqualTo(10.0);
            assertThat(TestWorkbooks.text(items, 4, 3)).isEqualTo("Có/Không");
            assertThat(TestWorkbooks.number(workbook.getSheet("Thông tin"), 4, 1)).isEqualTo(100.0);
            assertThat(items.getLastRowNum()).isEqualTo(105);
        }
    }

    @Test
    void parentsMayDifferFromTheirChildrenWhereTheSetSaysSo() {
        byte[] changed = edit(exchange.export(SHIPPED), workbook -> {
            cell(workbook.getSheet("Thông tin"), 6, 1).setCellValue("Không");
            cell(workbook.getSheet("Tiêu chí"), 4, 2).setCellValue(0.5);
        });

        exchange.importSet(NEW_CODE, new Upload("x.xlsx", changed), "snvdieuphoi");

        CriteriaTable imported = tables.criteriaSet(NEW_CODE).orElseThrow();
        assertThat(imported.parentsSumChildren()).isFalse();
        assertThat(imported.rows().get(2).maxPoints()).isEqualByComparingTo("0.5");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("wrong columns", items(sheet -> {
                    cell(sheet, 1, 2).setCellValue("Cách chấm điểm");
                    cell(sheet, 1, 3).setCellValue("Điểm tối đa");
                }), "Sheet 'Tiêu chí', dòng 1, cột C: tiêu đề cột phải là \"Điểm tối đa\" (tệp ghi \"Cách chấm điểm\")."),
                broken("text in a number cell", items(sheet -> cell(sheet, 12, 2).setCellValue("một")),
                        "Sheet 'Tiêu chí', dòng 12, cột C: điểm tối đa phải là số ≥ 0 (ô đang là chữ \"một\")."),
                broken("a negative number", items(sheet -> cell(sheet, 12, 2).setCellValue(-1)),
                        "Sheet 'Tiêu chí', dòng 12, cột C: điểm tối đa phải là số ≥ 0."),
                broken("a formula", items(sheet -> cell(sheet, 4, 2).setCellFormula("0.5+0.5")),
                        "Sheet 'Tiêu chí', dòng 4, cột C: ô chứa công thức (=0.5+0.5); hệ thống không tính công thức, "
                                + "hãy nhập giá trị."),
                broken("merged cells", items(sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("B5:C5"))),
                        "Sheet 'Tiêu chí', dòng 5, cột B: các ô B5:C5 đang được gộp (merge); bảng nhập không được gộp ô, "
                                + "hãy bỏ gộp."),
                broken("an empty sheet", items(sheet -> {
                    for (int row = sheet.getLastRowNum(); row >= 1; row--) {
                        sheet.removeRow(sheet.getRow(row));
                    }
                }), "Sheet 'Tiêu chí' không có dòng dữ liệu nào dưới dòng tiêu đề."),
                broken("a missing sheet", workbook -> workbook.removeSheetAt(1),
                        "Tệp không có sheet 'Tiêu chí'. Hãy dùng đúng mẫu tải về từ hệ thống."),
                broken("duplicate codes", items(sheet -> cell(sheet, 5, 0).setCellValue("1.1.1")),
                        "Sheet 'Tiêu chí', dòng 5, cột A: mã 1.1.1 trùng với dòng 4."),
                broken("a code out of the tree", items(sheet -> cell(sheet, 5, 0).setCellValue("1.1.3")),
                        "Sheet 'Tiêu chí', dòng 5, cột A: mã phải là 1.1.2 theo thứ tự trong cây (tiêu chí con tiếp theo "
                                + "của 1.1)."),
                broken("a parent that is not the sum of its children", items(sheet -> cell(sheet, 2, 2).setCellValue(11)),
                        "Sheet 'Tiêu chí', dòng 2, cột C: điểm tối đa 11 của tiêu chí 1 không bằng tổng điểm các tiêu chí "
                                + "con (10)."),
                broken("fields that do not add up to the total", items(sheet -> cell(sheet, 2, 2).setCellValue(11)),
                        "Sheet 'Thông tin', dòng 4, cột B: tổng điểm tối đa các lĩnh vực là 101, không bằng tổng điểm "
                                + "của bộ tiêu chí (100)."),
                broken("a total other than 100", workbook -> cell(workbook.getSheet("Thông tin"), 4, 1).setCellValue(90),
                        "Sheet 'Thông tin', dòng 4, cột B: tổng điểm của bộ chỉ số phải là 100 (gồm cả phần điều tra xã "
                                + "hội học), tệp ghi 90."),
                broken("a wrong survey share", workbook -> cell(workbook.getSheet("Thông tin"), 5, 1).setCellValue(30),
                        "Sheet 'Thông tin', dòng 5, cột B: tổng điểm các tiêu chí điều tra xã hội học là 32, không bằng 30."),
                broken("a survey flag against the method", items(sheet -> cell(sheet, 4, 5).setCellValue("Có")),
                        "Sheet 'Tiêu chí', dòng 4, cột F: tiêu chí 1.1.1 ghi là điều tra xã hội học thì cách chấm điểm "
                                + "phải là \"Điều tra xã hội học\"."),
                broken("an unknown scoring method", items(sheet -> cell(sheet, 4, 3).setCellValue("Tuỳ ý")),
                        "Sheet 'Tiêu chí', dòng 4, cột D: cách chấm điểm \"Tuỳ ý\" không hợp lệ; chọn một trong: "
                                + "Chấm theo đánh giá, Có/Không, Theo mức, Theo tỷ lệ, Điều tra xã hội học."),
                broken("a method on a parent", items(sheet -> cell(sheet, 3, 3).setCellValue("Có/Không")),
                        "Sheet 'Tiêu chí', dòng 3, cột D: tiêu chí 1.1 có tiêu chí con nên để trống cột này (chỉ tiêu chí "
                                + "không có tiêu chí con mới có cách chấm điểm, tài liệu kiểm chứng, hướng dẫn)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenWorkbookIsRefusedWithItsPlaceAndStoresNothing(String what, Consumer<XSSFWorkbook> breakIt, String problem) {
        byte[] file = edit(exchange.export(SHIPPED), breakIt);

        assertThatThrownBy(() -> exchange.importSet(NEW_CODE, new Upload("broken.xlsx", file), "snvdieuphoi"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).contains(problem));
        assertNothingStored();
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedByItsContentNotItsName() throws IOException {
        byte[] csv = "Mã,Tên tiêu chí\n1,Chỉ đạo".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> exchange.importSet(NEW_CODE, new Upload("bang.xlsx", csv), "snvdieuphoi"))
                .hasMessage("Tệp không phải là bảng tính Excel .xlsx (tên tệp không quyết định định dạng; nội dung tệp "
                        + "không phải Office Open XML).");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Bảng tiêu chí");
            document.write(docx);
        }
        assertThatThrownBy(() -> exchange.importSet(NEW_CODE, new Upload("bang.xlsx", docx.toByteArray()), "snvdieuphoi"))
                .hasMessageStartingWith("Tệp là tài liệu Office nhưng không phải bảng tính Excel .xlsx");
        assertNothingStored();
    }

    @Test
    void aSetThatYearsUseIsNeverOverwritten() {
        byte[] exported = exchange.export(SHIPPED);
        assertThatThrownBy(() -> exchange.importSet(SHIPPED, new Upload("876.xlsx", exported), "snvdieuphoi"))
                .hasMessageStartingWith("Bộ tiêu chí 876-2022 đang là bộ tiêu chí của năm 2022, 2023, 2026 nên không được ghi đè.");
    }

    @Test
    void overHttpOnlyCoordinatorsImportAndTheSizeIsLimited() {
        ReportsApi api = new ReportsApi(context);
        var export = api.get("snvgiamdoc", "/api/criteria-sets/" + SHIPPED + "/workbook");
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] file = export.getResponse().getContentAsByteArray();

        assertThat(api.get("stpchuyenvien", "/api/criteria-sets/" + SHIPPED + "/workbook").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.upload("snvgiamdoc", "/api/criteria-sets/" + NEW_CODE + "/workbook", "x.xlsx", file)
                .getResponse().getStatus()).isEqualTo(403);
        var tooBig = api.upload("snvdieuphoi", "/api/criteria-sets/" + NEW_CODE + "/workbook", "x.xlsx",
                new byte[6 * 1024 * 1024]);
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(422);
        assertThat(ReportsApi.text(tooBig)).contains("Tệp quá lớn (6144 KB); chỉ nhận tệp tối đa 5 MB.");
        assertNothingStored();

        var created = api.upload("snvdieuphoi", "/api/criteria-sets/" + NEW_CODE + "/workbook", "x.xlsx", file);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(ReportsApi.text(created)).contains("Đã nạp bộ tiêu chí test-1187 (105 dòng).");
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("select count(*) from criteria_set where code = ?").param(NEW_CODE).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from criterion where criteria_set_code = ?").param(NEW_CODE)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from reference_import").query(Integer.class).single()).isZero();
    }

    private static Arguments broken(String what, Consumer<XSSFWorkbook> change, String problem) {
        return Arguments.of(what, change, problem);
    }

    private static Consumer<XSSFWorkbook> items(Consumer<XSSFSheet> change) {
        return workbook -> change.accept(workbook.getSheet("Tiêu chí"));
    }
}
