package vn.parindex.consolidation.files;

import java.util.Arrays;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.parindex.office.Downloads;

/** The provincial outputs of a cycle; {@code path} is the last segment of the download URL. */
@RequiredArgsConstructor
public enum ReportKind {
    APPENDIX("appendix.xlsx", "phu-luc-bang-diem-%d.xlsx", Downloads.XLSX, "Phụ lục bảng điểm tự đánh giá (.xlsx)"),
    SELF_ASSESSMENT_REPORT("self-assessment-report.docx", "bao-cao-tu-danh-gia-%d.docx", Downloads.DOCX,
            "Báo cáo tự đánh giá, chấm điểm (.docx)"),
    PROGRESS("progress.xlsx", "tien-do-qua-han-%d.xlsx", Downloads.XLSX, "Tiến độ, quá hạn của các đơn vị (.xlsx)");

    @Getter
    private final String path;
    private final String fileName;
    @Getter
    private final String contentType;
    @Getter
    private final String label;

    public String fileName(int year) {
        return String.format(fileName, year);
    }

    public String url(int year) {
        return "/api/cycles/" + year + "/reports/" + path;
    }

    public static Optional<ReportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
