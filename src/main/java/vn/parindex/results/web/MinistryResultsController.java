package vn.parindex.results.web;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.common.ValidationException;
import vn.parindex.office.Downloads;
import vn.parindex.orgdirectory.ReportAccess;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.results.files.MinistryResultsExchange;
import vn.parindex.office.FileEndpoints;

/**
 * {@code /api/cycles/{year}/results/workbook}: the Ministry's results as .xlsx, the template out (province roles) and
 * the filled file in (Sở Nội vụ's coordinators); {@code /pages/results/workbook} is the same upload from the entry page.
 */
@FileEndpoints
@Controller
@RequiredArgsConstructor
class MinistryResultsController {

    private final MinistryResultsExchange exchange;
    private final ReportAccess access;
    private final ReportsProperties properties;

    @GetMapping("/api/cycles/{year}/results/workbook")
    ResponseEntity<byte[]> template(@PathVariable int year) {
        access.requireProvinceRole();
        try {
            return Downloads.xlsx("ket-qua-chi-so-cchc-" + year + ".xlsx", exchange.template(year));
        } catch (ValidationException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @PostMapping("/api/cycles/{year}/results/workbook")
    @ResponseBody
    ResponseEntity<Map<String, Object>> importResults(@PathVariable int year, @RequestParam("file") MultipartFile file) {
        access.requireCoordinator();
        var stored = exchange.importResults(year, Upload.of(file, properties), access.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("year", year, "version", stored.version(),
                "message", "Đã nạp kết quả của Bộ Nội vụ năm " + year + " (lần nhập thứ " + stored.version() + ")."));
    }

    @PostMapping("/pages/results/workbook")
    String upload(@RequestParam int year, @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        access.requireCoordinator();
        try {
            var stored = exchange.importResults(year, Upload.of(file, properties), access.userId());
            redirect.addFlashAttribute("message", "Đã nạp kết quả của Bộ Nội vụ từ tệp Excel (lần nhập thứ "
                    + stored.version() + ").");
            return "redirect:/pages/results?year=" + year;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("uploadProblems", e.problems());
            return "redirect:/pages/results/enter?year=" + year;
        }
    }
}
