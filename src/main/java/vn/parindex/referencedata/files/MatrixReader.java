package vn.parindex.referencedata.files;

import static vn.parindex.referencedata.files.MatrixWorkbook.COOPERATING;
import static vn.parindex.referencedata.files.MatrixWorkbook.ITEM;
import static vn.parindex.referencedata.files.MatrixWorkbook.LEAD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaRules;
import vn.parindex.criteria.Criterion;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.referencedata.MatrixTable;
import vn.parindex.office.workbook.InfoSheet;
import vn.parindex.office.workbook.SheetInput;
import vn.parindex.office.workbook.SheetRow;
import vn.parindex.office.workbook.UploadedWorkbook;

/**
 * Reads a year's responsibility matrix and checks all of it against the criteria set it names and the units that
 * exist in the year: unknown items or units, items listed twice, self-scored items left without a lead.
 */
final class MatrixReader {

    /** What the rows are checked against. */
    record Context(AssessmentYear year, Function<String, List<Criterion>> criteriaSet, List<OrgUnit> units) {
    }

    private final List<String> problems = new ArrayList<>();

    private MatrixReader() {
    }

    static MatrixTable read(UploadedWorkbook workbook, Context context) {
        return new MatrixReader().readAll(workbook, context);
    }

    private MatrixTable readAll(UploadedWorkbook workbook, Context context) {
        InfoSheet info = new InfoSheet(workbook.require(MatrixWorkbook.INFO_SHEET), problems);
        SheetInput matrix = new SheetInput(workbook.require(MatrixWorkbook.MATRIX_SHEET), problems);
        if (matrix.headers(1, MatrixWorkbook.MATRIX_HEADERS)) {
            matrix.noMergedCells(1);
        }
        ValidationException.throwIfAny(problems);

        int year = context.year().year();
        BigDecimal fileYear = info.number(MatrixWorkbook.LABEL_YEAR);
        if (fileYear != null && fileYear.compareTo(BigDecimal.valueOf(year)) != 0) {
            problems.add(info.at(MatrixWorkbook.LABEL_YEAR) + "tệp là bảng phân công năm " + fileYear.toPlainString()
                    + ", không phải năm " + year + ".");
        }
        String setCode = info.text(MatrixWorkbook.LABEL_SET, 40);
        List<Criterion> items = setCode == null ? List.of() : context.criteriaSet().apply(setCode);
        if (setCode != null && items.isEmpty()) {
            problems.add(info.at(MatrixWorkbook.LABEL_SET) + "bộ tiêu chí \"" + setCode + "\" chưa được nạp vào hệ thống.");
        }
        ValidationException.throwIfAny(problems);

        Map<String, Criterion> itemsByCode = items.stream().collect(Collectors.toMap(Criterion::code, Function.identity()));
        Map<String, OrgUnit> units = context.units().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        Map<String, Integer> listedAt = new LinkedHashMap<>();
        Map<String, String> leads = new HashMap<>();
        List<MatrixTable.Row> rows = new ArrayList<>();
        for (SheetRow row : matrix.dataRows(1)) {
            String code = matrix.text(row, ITEM, "mã tiêu chí", true, 20);
            String lead = matrix.text(row, LEAD, "đơn vị chủ trì", true, 20);
            String cooperatingText = matrix.text(row, COOPERATING, "đơn vị phối hợp", false, 500);
            if (code != null) {
                if (!itemsByCode.containsKey(code)) {
                    problems.add(matrix.at(row.number(), ITEM) + "tiêu chí \"" + code + "\" không có trong bộ tiêu chí "
                            + setCode + ".");
                } else if (listedAt.containsKey(code)) {
                    problems.add(matrix.at(row.number(), ITEM) + "tiêu chí " + code + " đã được phân công ở dòng "
                            + listedAt.get(code) + ".");
                } else {
                    listedAt.put(code, row.number());
                }
            }
            if (lead != null) {
                checkUnit(matrix, row, LEAD, lead, units, context.year());
            }
            List<String> cooperating = cooperatingText == null ? List.of()
                    : Arrays.stream(cooperatingText.split("[,;\\s]+")).filter(unit -> !unit.isBlank()).distinct().toList();
            for (String unit : cooperating) {
                checkUnit(matrix, row, COOPERATING, unit, units, context.year());
                if (unit.equals(lead)) {
                    problems.add(matrix.at(row.number(), COOPERATING) + "đơn vị " + unit
                            + " đã chủ trì tiêu chí này, không ghi lại ở cột phối hợp.");
                }
            }
            if (code != null && lead != null) {
                leads.put(code, lead);
                rows.add(new MatrixTable.Row(code, lead, cooperating));
            }
        }
        for (Criterion item : items) {
            if (item.isSelfScoredLeaf() && CriteriaRules.resolveLead(item.code(), leads) == null) {
                problems.add("Sheet '" + matrix.name() + "': tiêu chí " + item.code() + " chưa được giao cho đơn vị nào "
                        + "chủ trì (thêm một dòng cho tiêu chí này hoặc tiêu chí cha của nó).");
            }
        }
        ValidationException.throwIfAny(problems);
        return new MatrixTable(year, setCode, rows);
    }

    private void checkUnit(SheetInput matrix, SheetRow row, int column, String code, Map<String, OrgUnit> units,
                           AssessmentYear year) {
        OrgUnit unit = units.get(code);
        if (unit == null) {
            problems.add(matrix.at(row.number(), column) + "đơn vị \"" + code + "\" không có trong danh mục đơn vị "
                    + "(xem sheet '" + MatrixWorkbook.UNITS_SHEET + "' của tệp mẫu).");
        } else if (!CriteriaRules.activeInCycle(unit.validFrom(), unit.validTo(), year.selfAssessmentOpens(),
                year.reportToChairmanDue())) {
            problems.add(matrix.at(row.number(), column) + "đơn vị " + code + " (" + unit.name()
                    + ") không còn hoặc chưa hoạt động trong kỳ đánh giá năm " + year.year() + ".");
        }
    }
}
