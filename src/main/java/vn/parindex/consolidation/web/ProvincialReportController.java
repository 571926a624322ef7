package vn.parindex.consolidation.web;

import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.office.Downloads;
import vn.parindex.orgdirectory.ReportAccess;
import vn.parindex.consolidation.files.ProvincialReports;
import vn.parindex.consolidation.files.ReportKind;
import vn.parindex.consolidation.files.StoredReport;
import vn.parindex.office.FileEndpoints;

/**
 * {@code /api/cycles/{year}/reports}: the stored versions; {@code .../{file}} generates the file now and keeps it as
 * the next version; {@code .../{file}/versions/{n}} gives a kept version again. Province roles only.
 */
@FileEndpoints
@RestController
@RequestMapping("/api/cycles/{year}/reports")
@RequiredArgsConstructor
class ProvincialReportController {

    private final ProvincialReports reports;
    private final ReportAccess access;

    /** A kept version, as listed. */
    record Listed(String kind, int version, String fileName, int sizeBytes, String sha256, String generatedBy,
                  OffsetDateTime generatedAt, String url) {
    }

    @GetMapping
    List<Listed> list(@PathVariable int year) {
        access.requireProvinceRole();
        return reports.list(year).stream().map(report -> new Listed(report.kind().path(), report.version(),
                report.fileName(), report.sizeBytes(), report.sha256(), report.generatedBy(), report.generatedAt(),
                report.kind().url(year) + "/versions/" + report.version())).toList();
    }

    @GetMapping("/{file}")
    ResponseEntity<byte[]> generate(@PathVariable int year, @PathVariable String file) {
        access.requireProvinceRole();
        StoredReport report = reports.generate(year, kind(file), access.userId());
        return download(report);
    }

    @GetMapping("/{file}/versions/{version}")
    ResponseEntity<byte[]> version(@PathVariable int year, @PathVariable String file, @PathVariable int version) {
        access.requireProvinceRole();
        return download(reports.version(year, kind(file), version));
    }

    private static ResponseEntity<byte[]> download(StoredReport report) {
        return ResponseEntity.status(HttpStatus.OK).headers(Downloads.file(report.fileName(), report.contentType(),
                        report.content()).getHeaders())
                .header("X-Report-Version", String.valueOf(report.version()))
                .body(report.content());
    }

    private static ReportKind kind(String file) {
        return ReportKind.ofPath(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có báo cáo \"" + file + "\"; có: appendix.xlsx, self-assessment-report.docx, progress.xlsx."));
    }
}
