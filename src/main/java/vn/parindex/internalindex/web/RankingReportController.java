package vn.parindex.internalindex.web;

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
import vn.parindex.internalindex.InternalIndexAccess;
import vn.parindex.office.Downloads;
import vn.parindex.internalindex.files.RankingFiles;
import vn.parindex.internalindex.files.RankingKind;
import vn.parindex.internalindex.files.RankingReports;
import vn.parindex.office.FileEndpoints;

/**
 * {@code /api/internal-index/{year}/reports}: the kept versions; {@code .../ranking.xlsx} and {@code .../ranking.docx}
 * generate the file now and keep it as the next version; {@code .../{file}/versions/{n}} gives a kept one again.
 * For Sở Nội vụ, the province's leaders and the appraisal council.
 */
@FileEndpoints
@RestController
@RequestMapping("/api/internal-index/{year}/reports")
@RequiredArgsConstructor
class RankingReportController {

    private final RankingReports reports;
    private final InternalIndexAccess access;

    record Listed(String file, int version, String fileName, int sizeBytes, String sha256, boolean published,
                  String generatedBy, OffsetDateTime generatedAt, String url) {
    }

    @GetMapping
    List<Listed> list(@PathVariable int year) {
        access.requireViewer();
        return reports.list(year).stream().map(file -> new Listed(file.kind().path(), file.version(), file.fileName(),
                file.sizeBytes(), file.sha256(), file.published(), file.generatedBy(), file.generatedAt(),
                "/api/internal-index/" + year + "/reports/" + file.kind().path() + "/versions/" + file.version())).toList();
    }

    @GetMapping("/{file}")
    ResponseEntity<byte[]> generate(@PathVariable int year, @PathVariable String file) {
        access.requireViewer();
        return download(reports.generate(year, kind(file), access.userId()));
    }

    @GetMapping("/{file}/versions/{version}")
    ResponseEntity<byte[]> version(@PathVariable int year, @PathVariable String file, @PathVariable int version) {
        access.requireViewer();
        return download(reports.version(year, kind(file), version));
    }

    private static ResponseEntity<byte[]> download(RankingFiles.Stored file) {
        return ResponseEntity.status(HttpStatus.OK).headers(Downloads.file(file.fileName(), file.contentType(),
                        file.content()).getHeaders())
                .header("X-Report-Version", String.valueOf(file.version()))
                .body(file.content());
    }

    private static RankingKind kind(String file) {
        return RankingKind.ofPath(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có tệp \"" + file + "\"; có: ranking.xlsx, ranking.docx."));
    }
}
