package vn.parindex.consolidation.files;

import java.util.Arrays;
import java.util.Optional;
import vn.parindex.office.Downloads;

/** The provincial outputs of a cycle; {@code path} is the last segment of the download URL. */
public enum ReportKind {
    APPENDIX("appendix.xlsx", "phu-luc-bang-diem-%d.xlsx", Downloads.XLSX, "Phụ lục bảng điểm tự đánh giá (.xlsx)"),
    SELF_ASSESSMENT_REPORT("self-assessment-report.docx", "bao-cao-tu-danh-gia-%d.docx", Downloads.DOCX,
            "Báo cáo tự đánh giá, chấm điểm (.docx)"),
    PROGRESS("progress.xlsx", "tien-do-qua-han-%d.xlsx", Downloads.XLSX, "Tiến độ, quá hạn của các đơn vị (.xlsx)");

    private final String path;
    private final String fileName;
    private final String contentType;
    private final String label;

    ReportKind(String path, String fileName, String contentType, String label) {
        this.path = path;
        this.fileName = fileName;
        this.contentType = contentType;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String fileName(int year) {
        return String.format(fileName, year);
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    public String url(int year) {
        return "/api/cycles/" + year + "/reports/" + path;
    }

    public static Optional<ReportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
