package vn.parindex.reporting.web;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.ReportVersion;
import vn.parindex.workflow.CurrentUser;

/**
 * The province's quarterly report as .docx, a stored version (the latest without {@code version}). Only the
 * province roles (SNV, its director, the Chairman and the Vice-chairman) see it; to anybody else it is 404.
 */
@RestController
@RequiredArgsConstructor
class QuarterlyReportController {

    private static final Set<String> PROVINCE_ROLES = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN);
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final QuarterlyReportingService reports;
    private final CurrentUser user;

    @GetMapping("/api/quarterly-reports/{year}/{quarter}/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @PathVariable int quarter,
                                    @RequestParam(required = false) Integer version) {
        if (!user.inAnyGroup(PROVINCE_ROLES)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QuarterlyReport report = reports.find(year, quarter).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportVersion found = (version == null ? reports.latestVersion(report.id()) : reports.version(report.id(), version))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.fileName()).build().toString())
                .body(found.document());
    }
}
