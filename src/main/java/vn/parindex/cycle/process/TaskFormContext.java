package vn.parindex.cycle.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.referencedata.CriteriaSetNotes;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.PeopleDirectory;
import vn.parindex.workflow.process.TaskForms;

/** The cycle's lines of the context every task form shows (the kernel's line plus the year and the province), keys in
 * the task's {@code taskInfo}. */
@Component
public record TaskFormContext(TaskForms forms, CycleService cycles, OrgDirectoryService orgDirectory,
                              ReviewService reviews, PeopleDirectory people, CriteriaSetNotes criteriaSetNotes) {

    public static final String CYCLE_YEAR = "cycleYear";
    public static final String PROVINCE_NAME = "provinceName";
    public static final String EVIDENCE_URL = "evidenceUrl";
    public static final String HEAD_COMMENT = "headComment";
    /** Set only when the cycle's criteria set is a sample: the forms say so beside the year. */
    public static final String CRITERIA_SET_NOTE = "criteriaSetNote";

    public static long cycleId(DelegateTask task) {
        return TaskForms.id(task, CycleProcess.CYCLE_ID);
    }

    /** Shows the context; {@code returnSteps} are the decisions whose latest return the form should show. */
    public void show(DelegateTask task, List<ReviewStep> returnSteps) {
        long cycleId = cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        Cycle cycle = cycles.get(cycleId);
        forms.showContext(task, unitCode == null ? TaskForms.PROVINCE_OFFICE : orgDirectory.get(unitCode).name(),
                reviews.pendingReturnComment(cycleId, unitCode, returnSteps).orElse(""));
        TaskForms.addInfo(task, Map.of(CYCLE_YEAR, String.valueOf(cycle.year()),
                PROVINCE_NAME, cycles.yearOf(cycle).province()));
        criteriaSetNotes.sampleLabel(cycle.criteriaSetCode())
                .ifPresent(label -> TaskForms.addInfo(task, CRITERIA_SET_NOTE, label));
        TaskForms.addToSubject(task, "năm " + cycle.year());
    }

    /**
     * What the unit's head said when signing off the work that SNV now reviews: who, when, and the comment (or that
     * there was none).
     */
    public void showHeadComment(DelegateTask task, long cycleId, String unitCode, ReviewStep signOff) {
        String text = reviews.latest(cycleId, unitCode, signOff)
                .map(decision -> (decision.comment() == null || decision.comment().isBlank()
                        ? "không có ý kiến" : decision.comment()) + " (" + people.userName(decision.decidedBy()) + ", "
                        + vn.parindex.common.VietnameseFormat.dateTime(decision.decidedAt(),
                        forms.zone()) + ")")
                .orElse("chưa có");
        TaskForms.addInfo(task, HEAD_COMMENT, text);
    }

    /** The link from a scoring form to the unit's evidence page (form-js has no file upload). */
    public static void showEvidenceLink(DelegateTask task) {
        TaskForms.addInfo(task, EVIDENCE_URL, "/pages/evidence?task=" + task.getId());
    }
}
