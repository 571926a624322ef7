package vn.parindex.scoring.web;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.office.Downloads;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.scoring.process.SelfScoreWorkbooks;
import vn.parindex.office.FileEndpoints;

/**
 * {@code /api/cycles/{year}/units/{unit}/self-score-workbook}: the unit's self-score sheet for its open scoring task
 * as .xlsx, and the filled sheet back into that task's form. Only the task's candidate groups get either.
 */
@FileEndpoints
@RestController
@RequiredArgsConstructor
class SelfScoreWorkbookController {

    private final SelfScoreWorkbooks workbooks;
    private final ReportsProperties properties;

    @GetMapping("/api/cycles/{year}/units/{unit}/self-score-workbook")
    ResponseEntity<byte[]> template(@PathVariable int year, @PathVariable String unit) {
        return Downloads.xlsx("tu-cham-diem-" + unit + "-" + year + ".xlsx", workbooks.template(year, unit));
    }

    @PostMapping("/api/cycles/{year}/units/{unit}/self-score-workbook")
    Map<String, Object> upload(@PathVariable int year, @PathVariable String unit,
                               @RequestParam("file") MultipartFile file) {
        int rows = workbooks.upload(year, unit, Upload.of(file, properties));
        return Map.of("rows", rows, "message", "Đã đưa " + rows + " tiêu chí vào biểu mẫu tự chấm điểm. "
                + "Hãy mở nhiệm vụ trong Danh sách công việc, kiểm tra rồi hoàn thành.");
    }
}
