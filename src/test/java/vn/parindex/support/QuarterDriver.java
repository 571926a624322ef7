package vn.parindex.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.process.QuarterlyReportingProcess;

/** Works a quarter's tasks as Tasklist does, as the units' officers and heads, SNV and the Chairman. */
@Component
public class QuarterDriver {

    private final CycleDriver driver;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.FormService forms;
    private final org.camunda.bpm.engine.RepositoryService repository;

    QuarterDriver(CycleDriver driver, TaskService tasks, org.camunda.bpm.engine.FormService forms,
                  org.camunda.bpm.engine.RepositoryService repository) {
        this.driver = driver;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
    }

    /** Starts the year from its start form in Tasklist, as the user. */
    public void submitStart(String userId, Map<String, Object> form) {
        String definitionId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(QuarterlyReportingProcess.YEAR_PROCESS_KEY).latestVersion().singleResult().getId();
        driver.asUser(userId, () -> forms.submitStartForm(definitionId, form));
    }

    /** A complete, valid report: zeros, the given figures, the required texts. */
    public static Map<String, Object> unitForm(String unitCode, Map<QuarterlyFigure, Long> figures) {
        Map<String, Object> form = new HashMap<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            form.put(figure.key(), figures.getOrDefault(figure, 0L));
        }
        form.put("directionNotes", unitCode + " ban hành kế hoạch CCHC năm.");
        form.put("positives", unitCode + ": giải quyết hồ sơ đúng hạn.");
        form.put("limitations", unitCode + ": còn hồ sơ trễ hẹn.");
        form.put("nextQuarterTasks", unitCode + ": đẩy mạnh dịch vụ công trực tuyến.");
        return form;
    }

    public static Map<String, Object> narrativeForm(String suffix) {
        Map<String, Object> form = new HashMap<>();
        form.put("directionNotes", "UBND tỉnh ban hành Kế hoạch CCHC năm 2023." + suffix);
        form.put("procedureNotes", "Cơ chế một cửa, một cửa liên thông được thực hiện nghiêm.");
        form.put("positives", "Công tác CCHC được quan tâm chỉ đạo.");
        form.put("limitations", "Vẫn còn hồ sơ trễ hẹn, nhất là lĩnh vực đất đai.");
        form.put("causes", "Một số cán bộ chưa quyết liệt.");
        form.put("solutions", "Tăng cường kiểm tra.");
        form.put("nextQuarterTasks", "Triển khai các nhiệm vụ CCHC quý II.");
        return form;
    }

    public Task task(String processInstanceId, String taskKey, String unitCode) {
        List<Task> candidates = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
        return candidates.stream()
                .filter(task -> unitCode == null || unitCode.equals(tasks.getVariable(task.getId(), QuarterlyReportingProcess.UNIT_CODE)))
                .findFirst().orElseThrow(() -> new AssertionError("no open task " + taskKey + " for " + unitCode));
    }

    public List<Task> open(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    }

    /**
     * Submits as Tasklist does: on a unit's report the dossier figures of the levels the unit does not report are hidden
     * by the form (task variables reportsProvince/reportsDistrict/reportsCommune) and so not submitted.
     */
    public void submit(String userId, Task task, Map<String, Object> form) {
        driver.submit(userId, task, QuarterlyReportingProcess.PREPARE.equals(task.getTaskDefinitionKey()) ? shown(task, form) : form);
    }

    private Map<String, Object> shown(Task task, Map<String, Object> form) {
        Map<String, Object> shown = new HashMap<>(form);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (figure.level() != null) {
                String name = figure.level().name();
                Object reported = tasks.getVariableLocal(task.getId(), "reports" + name.charAt(0) + name.substring(1).toLowerCase());
                if (Boolean.FALSE.equals(reported)) {
                    shown.remove(figure.key());
                }
            }
        }
        return shown;
    }

    public String officer(String unitCode) {
        return driver.memberOf(OrgDirectoryService.officersGroup(unitCode));
    }

    public String head(String unitCode) {
        return driver.memberOf(OrgDirectoryService.headsGroup(unitCode));
    }

    /** Every open unit report of the quarter: prepared with {@code figures(unit)}, signed off, accepted. */
    public void reportAllUnits(String quarterInstanceId, java.util.function.Function<String, Map<QuarterlyFigure, Long>> figures) {
        for (Task prepare : open(quarterInstanceId, QuarterlyReportingProcess.PREPARE)) {
            String unit = (String) tasks.getVariable(prepare.getId(), QuarterlyReportingProcess.UNIT_CODE);
            submit(officer(unit), prepare, unitForm(unit, figures.apply(unit)));
            submit(head(unit), task(quarterInstanceId, QuarterlyReportingProcess.SIGN_OFF, unit), CycleDriver.approve());
            submit("snvdieuphoi", task(quarterInstanceId, QuarterlyReportingProcess.REVIEW, unit), CycleDriver.approve());
        }
    }

    /** Consolidated quarter to the end: draft, approve, record. */
    public void finishQuarter(String quarterInstanceId) {
        submit("snvdieuphoi", task(quarterInstanceId, QuarterlyReportingProcess.DRAFT, null), narrativeForm(""));
        submit("chutich", task(quarterInstanceId, QuarterlyReportingProcess.APPROVE, null), CycleDriver.approve());
        submit("snvdieuphoi", task(quarterInstanceId, QuarterlyReportingProcess.RECORD, null),
                Map.of("documentNumber", "58/BC-UBND", "sentOn", today(), "submissionNote", ""));
    }

    private static String today() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(EngineClock.ZONE).toLocalDate().toString();
    }
}
