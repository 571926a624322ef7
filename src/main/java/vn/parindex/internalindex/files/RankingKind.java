package vn.parindex.internalindex.files;

import java.util.Arrays;
import java.util.Optional;
import vn.parindex.office.Downloads;

/** The published ranking files of a year's internal index; {@code path} is the last segment of the download URL. */
public enum RankingKind {
    RANKING_XLSX("ranking.xlsx", "chi-so-cchc-cac-co-quan-don-vi-%d.xlsx", Downloads.XLSX),
    RANKING_DOCX("ranking.docx", "chi-so-cchc-cac-co-quan-don-vi-%d.docx", Downloads.DOCX);

    private final String path;
    private final String fileName;
    private final String contentType;

    RankingKind(String path, String fileName, String contentType) {
        this.path = path;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    public String path() {
        return path;
    }

    String fileName(int year) {
        return String.format(fileName, year);
    }

    String contentType() {
        return contentType;
    }

    public static Optional<RankingKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
