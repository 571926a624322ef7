package vn.parindex.appraisal.web;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.appraisal.files.ExplanationReportFiles;
import vn.parindex.workflow.CurrentUser;
import vn.parindex.office.Downloads;
import vn.parindex.results.ResultsAccess;

/** The province's explanation report after the appraisal (.docx, Nghị định 30/2020 layout). */
@RestController
@RequiredArgsConstructor
class ExplanationReportController {

    private final ExplanationReportFiles files;
    private final CurrentUser user;

    @GetMapping("/api/cycles/{year}/appraisal/explanation-report.docx")
    ResponseEntity<byte[]> docx(@PathVariable int year) {
        ResultsAccess.requireViewer(user);
        return Downloads.file(ExplanationReportFiles.fileName(year), Downloads.DOCX, files.docx(year));
    }
}
