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
import vn.parindex.referencedata.files.MatrixExchange;
import vn.parindex.office.FileEndpoints;

/** {@code /api/years/{year}/responsibility-matrix/workbook}: the year's matrix as .xlsx, out and in. */
@FileEndpoints
@RestController
@RequiredArgsConstructor
class MatrixController {

    private final MatrixExchange exchange;
    private final ReportAccess access;
    private final ReportsProperties properties;

    @GetMapping("/api/years/{year}/responsibility-matrix/workbook")
    ResponseEntity<byte[]> export(@PathVariable int year) {
        access.requireProvinceRole();
        return Downloads.xlsx("phan-cong-" + year + ".xlsx", exchange.export(year));
    }

    @PostMapping("/api/years/{year}/responsibility-matrix/workbook")
    ResponseEntity<Map<String, Object>> importMatrix(@PathVariable int year, @RequestParam("file") MultipartFile file) {
        access.requireCoordinator();
        var table = exchange.importMatrix(year, Upload.of(file, properties), access.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("year", year, "criteriaSet", table.criteriaSetCode(),
                "rows", table.rows().size(), "message", "Đã nạp bảng phân công trách nhiệm năm " + year + " ("
                        + table.rows().size() + " dòng)."));
    }
}
