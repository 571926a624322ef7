package vn.parindex.referencedata.web;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.office.Downloads;
import vn.parindex.orgdirectory.ReportAccess;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.referencedata.files.CriteriaSetExchange;
import vn.parindex.office.FileEndpoints;

/** {@code /api/criteria-sets/{code}/workbook}: the official criteria table as .xlsx, out and in. */
@FileEndpoints
@RestController
@RequiredArgsConstructor
class CriteriaSetController {

    private final CriteriaSetExchange exchange;
    private final ReportAccess access;
    private final ReportsProperties properties;

    @GetMapping("/api/criteria-sets/{code}/workbook")
    ResponseEntity<byte[]> export(@PathVariable String code) {
        access.requireProvinceRole();
        return Downloads.xlsx("bo-tieu-chi-" + code + ".xlsx", exchange.export(code));
    }

    @PostMapping("/api/criteria-sets/{code}/workbook")
    ResponseEntity<Map<String, Object>> importSet(@PathVariable String code, @RequestParam("file") MultipartFile file) {
        access.requireCoordinator();
        var table = exchange.importSet(code, Upload.of(file, properties), access.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", table.code(), "items", table.rows().size(),
                "message", "Đã nạp bộ tiêu chí " + table.code() + " (" + table.rows().size() + " dòng)."));
    }
}
