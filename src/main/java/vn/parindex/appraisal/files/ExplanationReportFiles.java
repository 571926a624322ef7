package vn.parindex.appraisal.files;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.AppraisalStage;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.Signers;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/**
 * The province's explanation report of a year as .docx: the consolidated text and the units' explanations from our
 * tables, the number and date recorded when it was sent, signed by whoever approved it (a Vice-chairman "KT. CHỦ
 * TỊCH"), headed by the letterhead in force on its date.
 */
@Component
@RequiredArgsConstructor
public class ExplanationReportFiles {

    private final CycleService cycles;
    private final AppraisalService appraisals;
    private final ExplanationService explanations;
    private final ReviewService reviews;
    private final OrgDirectoryService orgDirectory;
    private final OfficialLetterheads letterheads;
    private final Signers signers;
    private final Clock clock;

    public static String fileName(int year) {
        return "bao-cao-giai-trinh-chi-so-cchc-" + year + ".docx";
    }

    public byte[] docx(int year) {
        Cycle cycle = cycles.findOpen(year).or(() -> cycles.all().stream().filter(c -> c.year() == year).findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kỳ đánh giá năm " + year + "."));
        AppraisalStage stage = appraisals.find(cycle.id()).filter(found -> found.explanationSummary() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Sở Nội vụ chưa tổng hợp báo cáo giải trình năm " + year + "."));
        var rows = explanations.all(cycle.id()).stream().map(item -> new ExplanationReportDocument.Row(item.code(),
                item.name(), orgDirectory.get(item.unitCode()).name(), VietnameseFormat.points(item.selfScore()),
                VietnameseFormat.points(item.appraisedScore()), item.explanation(), item.additionalEvidence())).toList();
        var content = new ExplanationReportDocument.Content(year, cycles.yearOf(cycle).province(),
                stage.appraisalNoticeRef(), stage.explanationSummary(), stage.explanationRequests(), rows);
        Issue issue = new Issue(stage.explanationNumber(), stage.explanationDate(), null, LocalDate.now(clock).getYear());
        Issue signed = reviews.history(cycle.id()).stream()
                .filter(decision -> decision.step() == ReviewStep.EXPLANATION_APPROVAL && decision.decision() == Decision.APPROVE)
                .reduce((first, last) -> last)
                .map(approval -> signers.signed(issue, approval.decidedBy())).orElse(issue);
        return ExplanationReportDocument.write(content,
                letterheads.of("explanationReport", content.province(), year, stage.explanationDate()), signed);
    }
}
