package vn.parindex.cycle.process;

import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/**
 * The read-only context every task form shows (unit, cycle, due date, a pending return comment). Set as task-local
 * variables so they never leak into the process instance, and disappear with the task.
 */
@Component
public class TaskFormContext {

    public static final String UNIT_NAME = "unitName";
    public static final String CYCLE_YEAR = "cycleYear";
    public static final String PROVINCE_NAME = "provinceName";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String RETURN_COMMENT = "returnComment";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String EVIDENCE_URL = "evidenceUrl";

    private final CycleService cycles;
    private final OrgDirectoryService orgDirectory;
    private final ReviewService reviews;
    private final ZoneId zone;

    TaskFormContext(CycleService cycles, OrgDirectoryService orgDirectory, ReviewService reviews,
                    ParProperties properties) {
        this.cycles = cycles;
        this.orgDirectory = orgDirectory;
        this.reviews = reviews;
        this.zone = properties.timeZone();
    }

    public static long cycleId(DelegateTask task) {
        return ((Number) task.getVariable(CycleProcess.CYCLE_ID)).longValue();
    }

    /** The unit the task belongs to, or null for province-level tasks. */
    public static String unitCode(DelegateTask task) {
        Object unit = task.getVariable(CycleProcess.UNIT_CODE);
        return unit == null ? null : unit.toString();
    }

    /** Shows the context; {@code returnSteps} are the decisions whose latest return the form should show. */
    public void show(DelegateTask task, List<ReviewStep> returnSteps) {
        long cycleId = cycleId(task);
        String unitCode = unitCode(task);
        Cycle cycle = cycles.get(cycleId);
        String unitName = unitCode == null ? "Sở Nội vụ (tổng hợp của tỉnh)" : orgDirectory.get(unitCode).name();
        task.setVariableLocal(UNIT_NAME, unitName);
        task.setVariableLocal(CYCLE_YEAR, String.valueOf(cycle.year()));
        task.setVariableLocal(PROVINCE_NAME, cycles.yearOf(cycle).province());
        task.setVariableLocal(DUE_DATE_TEXT, task.getDueDate() == null ? "" : VietnameseFormat.dateTime(
                task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), zone));
        task.setVariableLocal(RETURN_COMMENT, reviews.pendingReturnComment(cycleId, unitCode, returnSteps).orElse(""));
    }

    /**
     * What the form submitted for a key. Tasklist's submit-form writes onto the task (the keys are declared
     * task-local); {@code TaskService.complete} writes onto the execution, so both are read here.
     */
    public static Object submitted(DelegateTask task, String key) {
        return task.getExecution().hasVariable(key) ? task.getExecution().getVariable(key) : task.getVariableLocal(key);
    }

    public static org.camunda.bpm.engine.variable.value.TypedValue submittedTyped(DelegateTask task, String key) {
        return task.getExecution().hasVariable(key) ? task.getExecution().getVariableTyped(key, false)
                : task.getVariableLocalTyped(key, false);
    }

    /** Reads all submitted keys into a map, then removes any copy that landed outside the task. */
    public static java.util.Map<String, Object> takeSubmitted(DelegateTask task, String... keys) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (String key : keys) {
            values.put(key, submitted(task, key));
            if (task.getExecution().hasVariable(key)) {
                task.getExecution().removeVariable(key);
            }
        }
        return values;
    }

    /** The link from a scoring form to the unit's evidence page (form-js has no file upload). */
    public static void showEvidenceLink(DelegateTask task) {
        task.setVariableLocal(EVIDENCE_URL, "/pages/evidence?task=" + task.getId());
    }

    /** Declares the decision fields task-local, so a form submission stays on the task and never races other units. */
    public void declareDecisionFields(DelegateTask task) {
        task.setVariableLocal(DECISION, null);
        task.setVariableLocal(COMMENT, "");
    }
}
