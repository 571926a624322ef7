package vn.parindex.appraisal.process;

import java.time.OffsetDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;

/**
 * Due dates of the stage after the submission, read from our table {@code cycle_appraisal} (the year's data, then the
 * Ministry's explanation deadline as recorded with the appraisal): {@code ${appraisalDeadlines.explanationDue(cycleId)}}.
 */
@Component("appraisalDeadlines")
@RequiredArgsConstructor
public class AppraisalDeadlineExpressions {

    private final AppraisalService appraisals;

    public Date appraisalDue(Long cycleId) {
        return date(appraisals.get(cycleId).appraisalDue());
    }

    public Date unitExplanationDue(Long cycleId) {
        return date(appraisals.unitExplanationDue(cycleId));
    }

    public Date explanationToChairmanDue(Long cycleId) {
        return date(appraisals.explanationToChairmanDue(cycleId));
    }

    public Date explanationApprovalDue(Long cycleId) {
        return date(appraisals.explanationApprovalDue(cycleId));
    }

    public Date explanationDue(Long cycleId) {
        return date(appraisals.get(cycleId).explanationDue());
    }

    public Date resultsDue(Long cycleId) {
        return date(appraisals.get(cycleId).resultsDue());
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }
}
