package vn.parindex.internalindex.files;

import static vn.parindex.office.word.WordText.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.internalindex.Publication;
import vn.parindex.internalindex.SheetRow;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLayout;

/**
 * The published internal index as .docx in the layout of Nghị định 30/2020 ({@link OfficialLayout}: the People's
 * Committee's decision publishing it, with header, number, date, recipients and signer), Times New Roman 13: I. one
 * ranking table per unit group (index to 0,01 with the Vietnamese decimal comma, rank and classification within the
 * group), II. every unit's criteria through the stages and its survey points.
 */
public final class RankingDocument {

    static final List<String> RANKING_HEADERS = List.of("Hạng", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định",
            "Điểm điều tra XHH", "Chỉ số (%)", "Xếp loại");

    private RankingDocument() {
    }

    /** The subject (trích yếu) under "QUYẾT ĐỊNH". */
    public static String subject(int year) {
        return "Công bố Chỉ số cải cách hành chính năm " + year + " của các cơ quan, đơn vị";
    }

    public static byte[] write(Publication publication, ZoneId zone, Letterhead letterhead, Issue issue) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(document);
            document.getProperties().getCoreProperties().setTitle("Chỉ số CCHC năm " + publication.year()
                    + " của các cơ quan, đơn vị");
            OfficialLayout.heading(document, letterhead, issue, subject(publication.year()));
            paragraph(document, RankingFormat.title(publication.year()), true, ParagraphAlignment.CENTER);
            paragraph(document, RankingFormat.status(publication, zone), false, ParagraphAlignment.CENTER).getRuns().get(0)
                    .setItalic(true);
            paragraph(document, "Chỉ số = (điểm thẩm định + điểm điều tra xã hội học) / điểm tối đa × 100, làm tròn đến 0,01. "
                    + "Mỗi nhóm đơn vị được xếp hạng, xếp loại riêng theo bộ tiêu chí và ngưỡng xếp loại của nhóm. "
                    + "Trọng số phương án trả lời: " + publication.optionWeights() + ".", false, ParagraphAlignment.BOTH);

            paragraph(document, "I. XẾP HẠNG, XẾP LOẠI", true, ParagraphAlignment.LEFT);
            int number = 0;
            for (Publication.Group group : publication.groups()) {
                paragraph(document, (++number) + ". " + group.name(), true, ParagraphAlignment.LEFT);
                paragraph(document, "Xếp loại: " + group.thresholds() + ".", false, ParagraphAlignment.BOTH);
                XWPFTable ranking = table(document, RANKING_HEADERS);
                for (Publication.Line line : group.ranking()) {
                    row(ranking, false, String.valueOf(line.rank()), line.unitName() + (line.late() ? " (" + RankingFormat.note(line) + ")" : ""),
                            RankingFormat.twoDecimals(line.selfPoints()), RankingFormat.twoDecimals(line.appraisedPoints()),
                            RankingFormat.twoDecimals(line.surveyPoints()), RankingFormat.twoDecimals(line.index()),
                            line.classification());
                }
            }

            paragraph(document, "II. CHI TIẾT THEO ĐƠN VỊ", true, ParagraphAlignment.LEFT);
            for (int i = 0; i < publication.details().size(); i++) {
                Publication.UnitDetail unit = publication.details().get(i);
                Publication.Line line = publication.ranking().get(i);
                paragraph(document, (i + 1) + ". " + unit.unitName() + " — hạng " + line.rank() + ", chỉ số "
                        + RankingFormat.twoDecimals(line.index()) + ", " + line.classification(), true, ParagraphAlignment.LEFT);
                XWPFTable table = table(document, List.of("Mã", "Tiêu chí", "Tối đa", "Tự chấm", "Vòng 1", "Vòng 2",
                        "Công nhận"));
                for (SheetRow row : unit.criteria()) {
                    row(table, false, row.code(), row.name(), RankingFormat.twoDecimals(row.maxPoints()),
                            RankingFormat.twoDecimals(row.selfScore()), RankingFormat.twoDecimals(row.round1Score()),
                            RankingFormat.twoDecimals(row.round2Score()), RankingFormat.twoDecimals(row.finalScore()));
                }
                row(table, false, "KS", "Điều tra xã hội học" + (unit.respondents() == null ? ""
                                : " (" + unit.respondents() + " người được khảo sát)"),
                        RankingFormat.twoDecimals(RankingFormat.surveyMax(line, unit)), "", "", "",
                        RankingFormat.twoDecimals(unit.surveyPoints()));
                row(table, true, "", "Tổng cộng", RankingFormat.twoDecimals(line.maxPoints()),
                        RankingFormat.twoDecimals(line.selfPoints()), "", "",
                        RankingFormat.twoDecimals(line.appraisedPoints().add(line.surveyPoints())));
            }
            OfficialLayout.closing(document, letterhead, issue);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
