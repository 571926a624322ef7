package vn.parindex.remediation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.results.GapAnalysisService;

/**
 * One line on the progress dashboard about the year's results and remediation plan:
 * {@code ${@remediationSummary.of(year)}} in the page's template, so the dashboard needs no code of ours.
 */
@Component("remediationSummary")
@RequiredArgsConstructor
public class RemediationSummary {

    private final GapAnalysisService analysis;
    private final RemediationViews views;

    public record Line(boolean hasResults, int lostItems, String lostPoints, boolean hasPlan, String planStatus,
                       int tasks, int done, int overdue, int awaitingReview) {
    }

    public Line of(int year) {
        var results = analysis.find(year);
        var plan = views.forYear(year);
        return new Line(results.isPresent(), results.map(found -> found.totals().lostItems()).orElse(0),
                results.map(found -> vn.parindex.common.VietnameseFormat.points(found.totals().lostPoints())).orElse(""),
                plan.isPresent(), plan.map(PlanView::statusLabel).orElse(""),
                plan.map(found -> found.counts().tasks()).orElse(0), plan.map(found -> found.counts().done()).orElse(0),
                plan.map(found -> found.counts().overdue()).orElse(0),
                plan.map(found -> found.counts().awaitingReview()).orElse(0));
    }
}
