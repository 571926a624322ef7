package vn.parindex.internalindex.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexLinks;
import vn.parindex.office.Downloads;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.internalindex.files.SurveyWorkbooks;
import vn.parindex.office.FileEndpoints;

/**
 * The survey of the internal index as .xlsx: {@code GET /api/internal-index/{year}/survey-workbook} (the template),
 * {@code POST} the same (the filled file, JSON answer) and the page {@code /pages/internal-index/survey?year=} that
 * the survey task's form links to (upload from the browser).
 */
@FileEndpoints
@Controller
@RequiredArgsConstructor
class SurveyWorkbookController {

    private final SurveyWorkbooks workbooks;
    private final ReportsProperties properties;

    @GetMapping("/api/internal-index/{year}/survey-workbook")
    ResponseEntity<byte[]> template(@PathVariable int year) {
        return Downloads.xlsx("dieu-tra-xa-hoi-hoc-" + year + ".xlsx", workbooks.template(year));
    }

    @PostMapping("/api/internal-index/{year}/survey-workbook")
    @ResponseBody
    Map<String, Object> upload(@PathVariable int year, @RequestParam("file") MultipartFile file) {
        int units = workbooks.upload(year, Upload.of(file, properties));
        return Map.of("units", units, "message", message(units));
    }

    @GetMapping("/pages/internal-index/survey")
    String page(@RequestParam int year, Model model, HttpServletRequest request) {
        return show(year, model, request);
    }

    @PostMapping("/pages/internal-index/survey")
    String pageUpload(@RequestParam int year, @RequestParam(value = "file", required = false) MultipartFile file,
                      Model model, HttpServletRequest request) {
        try {
            model.addAttribute("added", message(workbooks.upload(year, Upload.of(file, properties))));
        } catch (ValidationException e) {
            model.addAttribute("error", e.getMessage());
        }
        return show(year, model, request);
    }

    private String show(int year, Model model, HttpServletRequest request) {
        model.addAttribute("year", year);
        model.addAttribute("taskName", workbooks.taskName(year));
        model.addAttribute("templateUrl", InternalIndexLinks.surveyWorkbook(year));
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
        return "pages/internal-index-survey";
    }

    private static String message(int units) {
        return "Đã lưu kết quả điều tra xã hội học của " + units + " đơn vị (thay thế kết quả trước). "
                + "Quay lại Danh sách công việc để hoàn thành công việc.";
    }
}
