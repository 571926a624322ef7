package vn.parindex.internalindex.process;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.InternalIndexService;

/**
 * Due dates, timer dates and the units of the model, from the period's calendar in our tables:
 * {@code camunda:dueDate="${internalIndexDeadlines.selfScoreDue(periodId)}"}. Nothing is hard-coded in the BPMN.
 */
@Component("internalIndexDeadlines")
@RequiredArgsConstructor
public class InternalIndexDeadlines {

    private final InternalIndexService index;

    public Date selfScoreDue(Long periodId) {
        return date(index.get(periodId).selfScoreDue());
    }

    public Date appraisalDue(Long periodId) {
        return date(index.get(periodId).appraisalDue());
    }

    public Date explanationDue(Long periodId) {
        return date(index.get(periodId).explanationDue());
    }

    public Date finalAppraisalDue(Long periodId) {
        return date(index.get(periodId).finalAppraisalDue());
    }

    public Date surveyDue(Long periodId) {
        return date(index.get(periodId).surveyDue());
    }

    public Date approvalDue(Long periodId) {
        return date(index.get(periodId).approvalDue());
    }

    /** The units assessed in the period, for the multi-instance subprocess. */
    public List<String> units(Long periodId) {
        return index.unitCodes(periodId);
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }
}
