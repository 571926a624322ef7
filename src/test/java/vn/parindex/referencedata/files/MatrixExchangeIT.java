package vn.parindex.referencedata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.support.TestWorkbooks.cell;
import static vn.parindex.support.TestWorkbooks.edit;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.referencedata.MatrixTable;
import vn.parindex.referencedata.OfficialTables;
import vn.parindex.support.ReportsApi;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.office.Upload;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.criteria.CriteriaService;

/** A year's responsibility matrix out and back in; unknown units or items refused with their rows; used years kept. */
class MatrixExchangeIT extends PostgresSpringTest {

    @Autowired
    MatrixExchange exchange;
    @Autowired
    OfficialTables tables;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    CriteriaService criteria;

    @AfterEach
    void forgetImports() {
        jdbc.sql("delete from reference_import").update();
    }

    @Test
    void anExportedMatrixImportsAsTheSameMatrix() throws IOException {
        MatrixTable before = tables.matrix(2026).orElseThrow();
        byte[] exported = exchange.export(2026);
        try (XSSFWorkbook workbook = TestWorkbooks.open(exported)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Phân công");
            assertThat(TestWorkbooks.text(workbook.getSheet("Phân công"), 3, 0)).isEqualTo("1.6");
            assertThat(TestWorkbooks.text(workbook.getSheet("Phân công"), 3, 2)).isEqualTo("VPUBND");
            assertThat(TestWorkbooks.number(workbook.getSheet("Thông tin"), 2, 1)).isEqualTo(2026.0);
        }

        exchange.importMatrix(2026, new Upload("phan-cong.xlsx", exported), "snvdieuphoi");

        assertThat(tables.matrix(2026).orElseThrow()).isEqualTo(before);
        assertThat(before.rows()).hasSize(20);
        assertThat(jdbc.sql("select rows_stored from reference_import where target = '2026'").query(Integer.class)
                .single()).isEqualTo(20);
    }

    static Stream<Arguments> brokenMatrices() {
        return Stream.of(
                Arguments.of("an unknown unit", matrix(sheet -> cell(sheet, 3, 2).setCellValue("ABC")),
                        "Sheet 'Phân công', dòng 3, cột C: đơn vị \"ABC\" không có trong danh mục đơn vị (xem sheet "
                                + "'Đơn vị' của tệp mẫu)."),
                Arguments.of("an unknown cooperating unit", matrix(sheet -> cell(sheet, 3, 3).setCellValue("STP, XYZ")),
                        "Sheet 'Phân công', dòng 3, cột D: đơn vị \"XYZ\" không có trong danh mục đơn vị (xem sheet "
                                + "'Đơn vị' của tệp mẫu)."),
                Arguments.of("an unknown item", matrix(sheet -> cell(sheet, 4, 0).setCellValue("9.9")),
                        "Sheet 'Phân công', dòng 4, cột A: tiêu chí \"9.9\" không có trong bộ tiêu chí 876-2022."),
                Arguments.of("an item listed twice", matrix(sheet -> cell(sheet, 4, 0).setCellValue("1.6")),
                        "Sheet 'Phân công', dòng 4, cột A: tiêu chí 1.6 đã được phân công ở dòng 3."),
                Arguments.of("a unit gone in the year", matrix(sheet -> cell(sheet, 3, 2).setCellValue("STTTT")),
                        "Sheet 'Phân công', dòng 3, cột C: đơn vị STTTT (Sở Thông tin và Truyền thông) không còn hoặc "
                                + "chưa hoạt động trong kỳ đánh giá năm 2026."),
                Arguments.of("items left without a lead", matrix(sheet -> sheet.removeRow(sheet.getRow(4))),
                        "Sheet 'Phân công': tiêu chí 2.1.1 chưa được giao cho đơn vị nào chủ trì (thêm một dòng cho tiêu "
                                + "chí này hoặc tiêu chí cha của nó)."),
                Arguments.of("a missing lead", matrix(sheet -> sheet.getRow(2).removeCell(sheet.getRow(2).getCell(2))),
                        "Sheet 'Phân công', dòng 3, cột C: thiếu đơn vị chủ trì."),
                Arguments.of("another year's file", (Consumer<XSSFWorkbook>) workbook ->
                                cell(workbook.getSheet("Thông tin"), 2, 1).setCellValue(2022),
                        "Sheet 'Thông tin', dòng 2, cột B: tệp là bảng phân công năm 2022, không phải năm 2026."),
                Arguments.of("an unknown criteria set", (Consumer<XSSFWorkbook>) workbook ->
                                cell(workbook.getSheet("Thông tin"), 3, 1).setCellValue("1187-2025"),
                        "Sheet 'Thông tin', dòng 3, cột B: bộ tiêu chí \"1187-2025\" chưa được nạp vào hệ thống."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMatrices")
    void aBrokenMatrixIsRefusedWithItsRowAndChangesNothing(String what, Consumer<XSSFWorkbook> breakIt, String problem) {
        MatrixTable before = tables.matrix(2026).orElseThrow();
        byte[] file = edit(exchange.export(2026), breakIt);

        assertThatThrownBy(() -> exchange.importMatrix(2026, new Upload("x.xlsx", file), "snvdieuphoi"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).contains(problem));
        assertThat(tables.matrix(2026).orElseThrow()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from reference_import").query(Integer.class).single()).isZero();
    }

    /** The matrix is kept in the reference cache (criteria.CriteriaService); an import is used at once all the same. */
    @Test
    void anImportedMatrixIsUsedAtOnce() {
        byte[] original = exchange.export(2026);
        assertThat(leadOf("1.6.1")).isEqualTo("VPUBND");
        try {
            exchange.importMatrix(2026, new Upload("x.xlsx", edit(original, matrix(sheet -> cell(sheet, 3, 2)
                    .setCellValue("STP")))), "snvdieuphoi");

            assertThat(leadOf("1.6.1")).isEqualTo("STP");
        } finally {
            jdbc.sql("delete from reference_import").update();
            exchange.importMatrix(2026, new Upload("x.xlsx", original), "snvdieuphoi");
        }
        assertThat(leadOf("1.6.1")).isEqualTo("VPUBND");
    }

    private String leadOf(String item) {
        return criteria.assignments(2026).stream().filter(a -> a.item().code().equals(item)).findFirst().orElseThrow()
                .leadUnitCode();
    }

    @Test
    void aYearWithACycleKeepsItsMatrix() {
        MatrixTable before = tables.matrix(2026).orElseThrow();
        driver.asUser("snvdieuphoi", () -> processes.start(2026, DeadlineDates.none()));
        byte[] file = exchange.export(2026);

        assertThatThrownBy(() -> exchange.importMatrix(2026, new Upload("x.xlsx", file), "snvdieuphoi"))
                .hasMessage("Năm 2026 đã có kỳ đánh giá đang mở hoặc đã dùng bảng phân công hiện tại; không thể thay "
                        + "bảng phân công trách nhiệm của năm này.");
        assertThat(tables.matrix(2026).orElseThrow()).isEqualTo(before);
    }

    @Test
    void overHttpUnitsCannotLoadAMatrix() {
        ReportsApi api = new ReportsApi(context);
        var export = api.get("snvdieuphoi", "/api/years/2026/responsibility-matrix/workbook");
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        byte[] file = export.getResponse().getContentAsByteArray();
        assertThat(api.upload("stpthutruong", "/api/years/2026/responsibility-matrix/workbook", "x.xlsx", file)
                .getResponse().getStatus()).isEqualTo(403);
        var broken = api.upload("snvdieuphoi", "/api/years/2026/responsibility-matrix/workbook", "x.xlsx",
                edit(file, matrix(sheet -> cell(sheet, 3, 2).setCellValue("ABC"))));
        assertThat(broken.getResponse().getStatus()).isEqualTo(422);
        assertThat(ReportsApi.text(broken)).contains("dòng 3, cột C: đơn vị \\\"ABC\\\" không có trong danh mục đơn vị");
        assertThat(api.upload("snvdieuphoi", "/api/years/2026/responsibility-matrix/workbook", "x.xlsx", file)
                .getResponse().getStatus()).isEqualTo(201);
    }

    private static Consumer<XSSFWorkbook> matrix(Consumer<XSSFSheet> change) {
        return workbook -> change.accept(workbook.getSheet("Phân công"));
    }
}
