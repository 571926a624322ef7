package vn.parindex.appraisal.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationService;

/**
 * Who explains after the appraisal: the units whose self-scored items the Ministry scored lower, and again those whose
 * explanation Sở Nội vụ returned.
 */
@Component("appraisalParticipants")
@RequiredArgsConstructor
public class AppraisalParticipants {

    private final AppraisalService appraisals;
    private final ExplanationService explanations;

    /** The units Sở Nội vụ returned for revision (the multi-instance of the revision), none when all were accepted. */
    public List<String> returnedUnits(Long cycleId) {
        return explanations.returnedUnits(cycleId);
    }

    public List<String> explainingUnits(Long cycleId) {
        return appraisals.explainingUnits(cycleId);
    }

    public boolean anyPointsLost(Long cycleId) {
        return !appraisals.lostItems(cycleId).isEmpty();
    }
}
