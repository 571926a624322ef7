package vn.parindex.review;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.LoggedDecision;
import vn.parindex.workflow.WorkRef;

/** Sign-offs, acceptances, returns and approvals of the yearly cycle, in the decision log as the cycle's work. */
@Service
@RequiredArgsConstructor
public class ReviewService {

    public static final String WORK_KIND = "CYCLE";

    private final DecisionLog log;

    public static WorkRef work(long cycleId) {
        return WorkRef.of(WORK_KIND, cycleId);
    }

    public void record(long cycleId, String unitCode, ReviewStep step, int round, Decision decision, String comment,
                       String user, String taskId) {
        log.record(work(cycleId), unitCode, step.name(), round, decision.name(), comment, user, taskId);
    }

    public List<ReviewDecision> history(long cycleId) {
        return log.history(work(cycleId)).stream().map(ReviewService::review).toList();
    }

    public List<ReviewDecision> history(long cycleId, String unitCode) {
        return log.history(work(cycleId), unitCode).stream().map(ReviewService::review).toList();
    }

    /** The comment of the last return among the given steps, if the latest of those decisions was a return. */
    public Optional<String> pendingReturnComment(long cycleId, String unitCode, List<ReviewStep> steps) {
        List<ReviewDecision> decisions = (unitCode == null ? history(cycleId) : history(cycleId, unitCode)).stream()
                .filter(decision -> steps.contains(decision.step()))
                .toList();
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        ReviewDecision last = decisions.get(decisions.size() - 1);
        return last.decision() == Decision.RETURN
                ? Optional.of(last.step().label() + " – trả lại: " + last.comment())
                : Optional.empty();
    }

    private static ReviewDecision review(LoggedDecision logged) {
        return new ReviewDecision(logged.id(), logged.workId(), logged.unitCode(), ReviewStep.valueOf(logged.step()),
                logged.round(), Decision.valueOf(logged.decision()), logged.comment(), logged.decidedBy(),
                logged.decidedAt(), logged.taskId());
    }
}
