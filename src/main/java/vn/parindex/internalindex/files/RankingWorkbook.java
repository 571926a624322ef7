package vn.parindex.internalindex.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.internalindex.Publication;
import vn.parindex.internalindex.SheetRow;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.SheetStyles;

/**
 * The published internal index as .xlsx: sheet {@value #RANKING} with one table per unit group (its name and
 * thresholds, then rank within the group, unit, self score, appraised, survey points, max, index to 0,01,
 * classification) and sheet {@value #DETAIL} (every unit's criteria through the stages and its
 * survey). Points are numbers shown with two decimals (the decimal comma follows the reader's Vietnamese locale).
 */
public final class RankingWorkbook {

    public static final String RANKING = "Xếp hạng";
    public static final String DETAIL = "Chi tiết theo đơn vị";
    static final int HEADER_ROW = 3;
    static final List<String> RANKING_HEADERS = List.of("Hạng", "Mã đơn vị", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định",
            "Điểm điều tra xã hội học", "Điểm tối đa", "Chỉ số (%)", "Xếp loại", "Ghi chú");
    static final List<String> DETAIL_HEADERS = List.of("Mã đơn vị", "Đơn vị", "Mã", "Tiêu chí, nội dung", "Điểm tối đa",
            "Điểm tự chấm", "Thẩm định vòng 1", "Thẩm định vòng 2", "Điểm được công nhận", "Ý kiến thẩm định, giải trình");

    private RankingWorkbook() {
    }

    public static byte[] write(Publication publication, ZoneId zone) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            CellStyle points = workbook.createCellStyle();
            points.cloneStyleFrom(styles.number);
            points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            XSSFSheet ranking = workbook.createSheet(RANKING);
            heading(ranking, publication, zone, RANKING_HEADERS.size(), styles);
            // one table per unit group, each ranked and classified within itself by its own thresholds
            int index = HEADER_ROW - 1;
            int number = 0;
            for (Publication.Group group : publication.groups()) {
                Cells.text(ranking.createRow(index), 0, RankingFormat.roman(++number) + ". " + group.name().toUpperCase()
                        + " (xếp loại: " + group.thresholds() + ")", styles.title, styles);
                ranking.addMergedRegion(new CellRangeAddress(index, index, 0, RANKING_HEADERS.size() - 1));
                Cells.headers(ranking, ++index, RANKING_HEADERS, styles);
                index++;
                for (Publication.Line line : group.ranking()) {
                    Row row = ranking.createRow(index++);
                    Cells.number(row, 0, BigDecimal.valueOf(line.rank()), styles.number);
                    Cells.text(row, 1, line.unitCode(), styles.text, styles);
                    Cells.text(row, 2, line.unitName(), styles.text, styles);
                    Cells.number(row, 3, line.selfPoints(), points);
                    Cells.number(row, 4, line.appraisedPoints(), points);
                    Cells.number(row, 5, line.surveyPoints(), points);
                    Cells.number(row, 6, line.maxPoints(), points);
                    Cells.number(row, 7, line.index(), points);
                    Cells.text(row, 8, line.classification(), styles.text, styles);
                    Cells.text(row, 9, RankingFormat.note(line), styles.text, styles);
                }
                index++; // a blank row between the groups' tables
            }
            widths(ranking, 7, 12, 40, 11, 11, 12, 10, 10, 12, 30);
            ranking.createFreezePane(3, 0);
            ranking.getPrintSetup().setLandscape(true);
            ranking.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);

            XSSFSheet detail = workbook.createSheet(DETAIL);
            heading(detail, publication, zone, DETAIL_HEADERS.size(), styles);
            Cells.headers(detail, HEADER_ROW - 1, DETAIL_HEADERS, styles);
            int detailRow = HEADER_ROW;
            for (int i = 0; i < publication.details().size(); i++) {
                Publication.UnitDetail unit = publication.details().get(i);
                Publication.Line line = publication.ranking().get(i);
                for (SheetRow criterion : unit.criteria()) {
                    Row row = detail.createRow(detailRow++);
                    Cells.text(row, 0, unit.unitCode(), styles.text, styles);
                    Cells.text(row, 1, unit.unitName(), styles.text, styles);
                    Cells.text(row, 2, criterion.code(), styles.text, styles);
                    Cells.text(row, 3, criterion.name(), styles.text, styles);
                    Cells.number(row, 4, criterion.maxPoints(), points);
                    Cells.number(row, 5, criterion.selfScore(), points);
                    Cells.number(row, 6, criterion.round1Score(), points);
                    Cells.number(row, 7, criterion.round2Score(), points);
                    Cells.number(row, 8, criterion.finalScore(), points);
                    Cells.text(row, 9, notes(criterion), styles.text, styles);
                }
                Row survey = detail.createRow(detailRow++);
                Cells.text(survey, 0, unit.unitCode(), styles.text, styles);
                Cells.text(survey, 1, unit.unitName(), styles.text, styles);
                Cells.text(survey, 2, "KS", styles.text, styles);
                Cells.text(survey, 3, "Điều tra xã hội học" + (unit.respondents() == null ? ""
                        : " (" + unit.respondents() + " người được khảo sát)"), styles.text, styles);
                Cells.number(survey, 4, RankingFormat.surveyMax(line, unit), points);
                Cells.number(survey, 8, unit.surveyPoints(), points);
                for (int column : new int[] {5, 6, 7}) {
                    Cells.number(survey, column, null, points);
                }
                Cells.text(survey, 9, "", styles.text, styles);
            }
            widths(detail, 12, 30, 7, 45, 10, 10, 11, 11, 12, 45);
            detail.createFreezePane(0, HEADER_ROW);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String notes(SheetRow row) {
        StringBuilder text = new StringBuilder();
        if (row.round1Note() != null) {
            text.append("Vòng 1: ").append(row.round1Note());
        }
        if (row.explanation() != null) {
            text.append(text.isEmpty() ? "" : "\n").append("Giải trình: ").append(row.explanation());
        }
        if (row.round2Note() != null) {
            text.append(text.isEmpty() ? "" : "\n").append("Vòng 2: ").append(row.round2Note());
        }
        return text.toString();
    }

    private static void heading(XSSFSheet sheet, Publication publication, ZoneId zone, int columns, SheetStyles styles) {
        Cells.text(sheet.createRow(0), 0, RankingFormat.title(publication.year()), styles.title, styles);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        Cells.text(sheet.createRow(1), 0, RankingFormat.status(publication, zone) + " · Trọng số phương án trả lời: "
                + publication.optionWeights(), styles.title, styles);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
    }

    private static void widths(XSSFSheet sheet, int... widths) {
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }
}
