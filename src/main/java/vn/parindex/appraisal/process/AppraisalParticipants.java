package vn.parindex.appraisal.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;

/** Who explains after the appraisal: the units whose self-scored items the Ministry scored lower. */
@Component("appraisalParticipants")
@RequiredArgsConstructor
public class AppraisalParticipants {

    private final AppraisalService appraisals;

    public List<String> explainingUnits(Long cycleId) {
        return appraisals.explainingUnits(cycleId);
    }

    public boolean anyPointsLost(Long cycleId) {
        return !appraisals.lostItems(cycleId).isEmpty();
    }
}
