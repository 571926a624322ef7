package vn.parindex.internalindex.files;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.parindex.internalindex.Publication;

/** Numbers and labels of the published ranking: two decimals with the Vietnamese decimal comma (94,28). */
final class RankingFormat {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private RankingFormat() {
    }

    static String twoDecimals(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    static String title(int year) {
        return "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year + " CỦA CÁC CƠ QUAN, ĐƠN VỊ";
    }

    static String status(Publication publication, java.time.ZoneId zone) {
        return publication.published()
                ? "Đã được Chủ tịch UBND tỉnh phê duyệt, công bố lúc " + vn.parindex.common.VietnameseFormat.dateTime(
                publication.publishedAt(), zone) + (publication.publishedBy() == null ? "" : " (" + publication.publishedBy() + ")")
                + decision(publication)
                : "DỰ THẢO — chưa được Chủ tịch UBND tỉnh phê duyệt, chưa công bố";
    }

    /** " theo Quyết định số 125/QĐ-UBND ngày 20/02/2027 của Chủ tịch UBND tỉnh", empty before it is recorded. */
    static String decision(Publication publication) {
        return publication.decisionNumber() == null ? "" : " theo Quyết định số " + publication.decisionNumber() + " ngày "
                + vn.parindex.common.VietnameseFormat.date(publication.decisionDate()) + " của Chủ tịch UBND tỉnh";
    }

    static String roman(int number) {
        return new String[] {"", "I", "II", "III", "IV", "V"}[number];
    }

    static String note(Publication.Line line) {
        return line.late() ? "Không nộp kết quả tự chấm đúng hạn" : "";
    }

    static BigDecimal surveyMax(Publication.Line line, Publication.UnitDetail detail) {
        BigDecimal criteria = detail.criteria().stream().map(row -> row.maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return line.maxPoints().subtract(criteria);
    }
}
