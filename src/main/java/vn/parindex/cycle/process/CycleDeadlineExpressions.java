package vn.parindex.cycle.process;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.cycle.CycleService;

/**
 * Due dates and timer dates for the model, read from the cycle's deadlines in our tables:
 * {@code camunda:dueDate="${cycleDeadlines.planDue(cycleId)}"}. Nothing is hard-coded in the BPMN.
 */
@Component("cycleDeadlines")
public class CycleDeadlineExpressions {

    private final CycleService cycles;
    private final Duration planReviewPeriod;

    CycleDeadlineExpressions(CycleService cycles, ParProperties properties) {
        this.cycles = cycles;
        this.planReviewPeriod = properties.planReviewPeriod();
    }

    public Date planDue(Long cycleId) {
        return date(cycles.get(cycleId).planDue());
    }

    public Date planReviewDue(Long cycleId) {
        return date(cycles.get(cycleId).planDue().plus(planReviewPeriod));
    }

    public Date selfAssessmentOpens(Long cycleId) {
        return date(cycles.get(cycleId).selfAssessmentOpens());
    }

    public Date unitScoreDue(Long cycleId) {
        return date(cycles.get(cycleId).unitScoreDue());
    }

    public Date reportToChairmanDue(Long cycleId) {
        return date(cycles.get(cycleId).reportToChairmanDue());
    }

    public Date chairmanApprovalDue(Long cycleId) {
        return date(cycles.get(cycleId).chairmanApprovalDue());
    }

    public Date ministryDeadline(Long cycleId) {
        return date(cycles.get(cycleId).ministryDeadline());
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }
}
