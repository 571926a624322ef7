package vn.parindex.internalindex.files;

import java.util.Arrays;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.parindex.office.Downloads;

/** The published ranking files of a year's internal index; {@code path} is the last segment of the download URL. */
@RequiredArgsConstructor
public enum RankingKind {
    RANKING_XLSX("ranking.xlsx", "chi-so-cchc-cac-co-quan-don-vi-%d.xlsx", Downloads.XLSX),
    RANKING_DOCX("ranking.docx", "chi-so-cchc-cac-co-quan-don-vi-%d.docx", Downloads.DOCX);

    @Getter
    private final String path;
    private final String fileName;
    @Getter(AccessLevel.PACKAGE)
    private final String contentType;

    String fileName(int year) {
        return String.format(fileName, year);
    }

    public static Optional<RankingKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
