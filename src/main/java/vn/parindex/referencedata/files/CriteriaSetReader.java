package vn.parindex.referencedata.files;

import static vn.parindex.referencedata.files.CriteriaSetWorkbook.CODE;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.EVIDENCE;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.GUIDANCE;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.MAX;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.METHOD;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.NAME;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.NA_ALLOWED;
import static vn.parindex.referencedata.files.CriteriaSetWorkbook.SURVEY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.CriteriaRules;
import vn.parindex.referencedata.CriteriaTable;
import vn.parindex.office.workbook.InfoSheet;
import vn.parindex.office.workbook.SheetInput;
import vn.parindex.office.workbook.SheetRow;
import vn.parindex.office.workbook.UploadedWorkbook;

/**
 * Reads an official criteria table and checks all of it before anything is stored: the template's columns, cell
 * types, hierarchical codes in tree order, leaf-only attributes, parents' points, the 100-point total and the
 * survey share. Every problem names sheet, row and column.
 */
final class CriteriaSetReader {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private final List<String> problems = new ArrayList<>();

    private CriteriaSetReader() {
    }

    static CriteriaTable read(UploadedWorkbook workbook, String code) {
        return new CriteriaSetReader().readAll(workbook, code);
    }

    private record Located(SheetRow sheetRow, CriteriaTable.Row item) {
        int row() {
            return sheetRow.number();
        }
    }

    private CriteriaTable readAll(UploadedWorkbook workbook, String code) {
        InfoSheet info = new InfoSheet(workbook.require(CriteriaSetWorkbook.INFO_SHEET), problems);
        SheetInput items = new SheetInput(workbook.require(CriteriaSetWorkbook.ITEMS_SHEET), problems);
        if (items.headers(1, CriteriaSetWorkbook.ITEM_HEADERS)) {
            items.noMergedCells(1);
        }
        ValidationException.throwIfAny(problems);

        String name = info.text(CriteriaSetWorkbook.LABEL_NAME, 300);
        String decision = info.text(CriteriaSetWorkbook.LABEL_DECISION, 300);
        BigDecimal total = info.number(CriteriaSetWorkbook.LABEL_TOTAL);
        BigDecimal survey = info.number(CriteriaSetWorkbook.LABEL_SURVEY);
        Boolean parentsSum = info.yesNo(CriteriaSetWorkbook.LABEL_PARENTS_SUM);
        boolean sample = info.optionalYesNo(CriteriaSetWorkbook.LABEL_SAMPLE);
        String sampleNote = info.optionalText(CriteriaSetWorkbook.LABEL_SAMPLE_NOTE, 2000);

        List<Located> read = rows(items);
        Set<String> parents = new HashSet<>();
        read.forEach(row -> {
            String parent = CriteriaRules.parentOf(row.item().code());
            if (parent != null) {
                parents.add(parent);
            }
        });
        List<Located> rows = read.stream().map(row -> complete(items, row, parents.contains(row.item().code()))).toList();
        if (Boolean.TRUE.equals(parentsSum)) {
            checkParentSums(items, rows, parents);
        }
        checkTotals(info, rows, parents, total, survey);
        ValidationException.throwIfAny(problems);
        return new CriteriaTable(code, name, decision, sample, sampleNote, total, survey, parentsSum,
                rows.stream().map(Located::item).toList());
    }

    /** Codes, names and points of every row, and the tree order: a child right under its parent's earlier siblings. */
    private List<Located> rows(SheetInput items) {
        List<Located> rows = new ArrayList<>();
        Map<String, Integer> seenAt = new LinkedHashMap<>();
        Map<String, Integer> childCount = new HashMap<>();
        for (SheetRow row : items.dataRows(1)) {
            String code = items.text(row, CODE, "mã tiêu chí", true, 20);
            String name = items.text(row, NAME, "tên tiêu chí", true, 1000);
            BigDecimal max = items.nonNegativeNumber(row, MAX, "điểm tối đa");
            if (code == null) {
                continue;
            }
            String where = items.at(row.number(), CODE);
            if (!CriteriaRules.isItemCode(code)) {
                problems.add(where + "mã tiêu chí \"" + code + "\" không đúng dạng 1, 1.1, 1.1.1.");
                continue;
            }
            if (seenAt.containsKey(code)) {
                problems.add(where + "mã " + code + " trùng với dòng " + seenAt.get(code) + ".");
                continue;
            }
            String parent = CriteriaRules.parentOf(code);
            if (parent != null && !seenAt.containsKey(parent)) {
                problems.add(where + "tiêu chí cha " + parent + " của " + code
                        + " không có ở các dòng phía trên (tiêu chí con nằm dưới tiêu chí cha).");
            } else {
                int position = childCount.merge(parent == null ? "" : parent, 1, Integer::sum);
                String expected = parent == null ? String.valueOf(position) : parent + "." + position;
                if (!expected.equals(code)) {
                    problems.add(where + "mã phải là " + expected + " theo thứ tự trong cây"
                            + (parent == null ? " (lĩnh vực tiếp theo)." : " (tiêu chí con tiếp theo của " + parent + ")."));
                }
            }
            seenAt.put(code, row.number());
            rows.add(new Located(row, new CriteriaTable.Row(code, name, max, cell(items, row, METHOD),
                    null, null, cell(items, row, EVIDENCE), cell(items, row, GUIDANCE))));
        }
        return rows;
    }

    private String cell(SheetInput items, SheetRow row, int column) {
        return items.text(row, column, lower(CriteriaSetWorkbook.ITEM_HEADERS.get(column)), false,
                column == METHOD ? 40 : 2000);
    }

    /** Leaves get their scoring attributes checked and typed; parents must leave those columns empty. */
    private Located complete(SheetInput items, Located located, boolean parent) {
        int row = located.row();
        CriteriaTable.Row item = located.item();
        if (parent) {
            for (int column : new int[] {METHOD, EVIDENCE, SURVEY, NA_ALLOWED, GUIDANCE}) {
                if (located.sheetRow().cell(column) != null) {
                    problems.add(items.at(row, column) + "tiêu chí " + item.code() + " có tiêu chí con nên để trống cột này "
                            + "(chỉ tiêu chí không có tiêu chí con mới có cách chấm điểm, tài liệu kiểm chứng, hướng dẫn).");
                }
            }
            return new Located(located.sheetRow(), new CriteriaTable.Row(item.code(), item.name(), item.maxPoints(),
                    null, null, null, null, null));
        }
        String method = method(items, row, item.scoringMethod());
        Boolean survey = items.yesNo(located.sheetRow(), SURVEY, "cột điều tra xã hội học", true);
        Boolean naAllowed = items.yesNo(located.sheetRow(), NA_ALLOWED, "cột cho phép không áp dụng", true);
        if (method != null && survey != null && survey != method.equals("SURVEY")) {
            problems.add(items.at(row, SURVEY) + "tiêu chí " + item.code() + (survey
                    ? " ghi là điều tra xã hội học thì cách chấm điểm phải là \"Điều tra xã hội học\"."
                    : " có cách chấm điểm \"Điều tra xã hội học\" thì cột này phải ghi \"Có\"."));
        }
        if (item.guidance() == null) {
            problems.add(items.at(row, GUIDANCE) + "thiếu hướng dẫn cách tính điểm của tiêu chí " + item.code() + ".");
        }
        if (Boolean.FALSE.equals(survey) && item.evidence() == null) {
            problems.add(items.at(row, EVIDENCE) + "thiếu yêu cầu tài liệu kiểm chứng của tiêu chí " + item.code() + ".");
        }
        return new Located(located.sheetRow(), new CriteriaTable.Row(item.code(), item.name(), item.maxPoints(), method,
                survey == null ? null : !survey, naAllowed, item.evidence(), item.guidance()));
    }

    private String method(SheetInput items, int row, String text) {
        if (text == null) {
            problems.add(items.at(row, METHOD) + "thiếu cách chấm điểm (" + String.join(", ",
                    CriteriaSetWorkbook.METHOD_LABELS.values().stream().sorted().toList()) + ").");
            return null;
        }
        for (var entry : CriteriaSetWorkbook.METHOD_LABELS.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(text) || entry.getValue().equalsIgnoreCase(text)) {
                return entry.getKey();
            }
        }
        problems.add(items.at(row, METHOD) + "cách chấm điểm \"" + text + "\" không hợp lệ; chọn một trong: "
                + String.join(", ", CriteriaSetWorkbook.METHOD_LABELS.values().stream().sorted().toList()) + ".");
        return null;
    }

    private void checkParentSums(SheetInput items, List<Located> rows, Set<String> parents) {
        for (Located parent : rows) {
            if (!parents.contains(parent.item().code()) || parent.item().maxPoints() == null) {
                continue;
            }
            BigDecimal children = rows.stream()
                    .filter(row -> parent.item().code().equals(CriteriaRules.parentOf(row.item().code())))
                    .map(row -> orZero(row.item().maxPoints())).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (children.compareTo(parent.item().maxPoints()) != 0) {
                problems.add(items.at(parent.row(), MAX) + "điểm tối đa " + points(parent.item().maxPoints())
                        + " của tiêu chí " + parent.item().code() + " không bằng tổng điểm các tiêu chí con ("
                        + points(children) + ").");
            }
        }
    }

    private void checkTotals(InfoSheet info, List<Located> rows, Set<String> parents, BigDecimal total,
                             BigDecimal survey) {
        if (total != null && total.compareTo(HUNDRED) != 0) {
            problems.add(info.at(CriteriaSetWorkbook.LABEL_TOTAL) + "tổng điểm của bộ chỉ số phải là 100 (gồm cả phần điều tra "
                    + "xã hội học), tệp ghi " + points(total) + ".");
        }
        BigDecimal fields = rows.stream().filter(row -> !row.item().code().contains("."))
                .map(row -> orZero(row.item().maxPoints())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total != null && fields.compareTo(total) != 0) {
            problems.add(info.at(CriteriaSetWorkbook.LABEL_TOTAL) + "tổng điểm tối đa các lĩnh vực là " + points(fields)
                    + ", không bằng tổng điểm của bộ tiêu chí (" + points(total) + ").");
        }
        BigDecimal surveyLeaves = rows.stream()
                .filter(row -> !parents.contains(row.item().code()) && Boolean.FALSE.equals(row.item().selfScored()))
                .map(row -> orZero(row.item().maxPoints())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (survey != null && surveyLeaves.compareTo(survey) != 0) {
            problems.add(info.at(CriteriaSetWorkbook.LABEL_SURVEY) + "tổng điểm các tiêu chí điều tra xã hội học là "
                    + points(surveyLeaves) + ", không bằng " + points(survey) + ".");
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String points(BigDecimal value) {
        return VietnameseFormat.points(value);
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.forLanguageTag("vi"));
    }
}
