package vn.parindex.scoring.process;

import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.common.ParProperties;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.scoring.files.SelfScoreWorkbook;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.process.SelfScoreTaskForm;
import vn.parindex.workflow.CurrentUser;

/**
 * The self-score workbook of a unit's open scoring task. The task is looked up through the engine as the requesting
 * user, so its authorization decides who sees it; only members of the task's candidate groups go further.
 */
@Service
@RequiredArgsConstructor
public class SelfScoreWorkbooks {

    private final TaskService tasks;
    private final CycleService cycles;
    private final ScoringService scoring;
    private final SelfScoreTaskForm form;
    private final OrgDirectoryService orgDirectory;
    private final CurrentUser user;
    private final ReportsProperties properties;
    private final ParProperties parProperties;

    public byte[] template(int year, String unitCode) {
        Cycle cycle = openCycle(year);
        Task task = openTask(cycle, unitCode);
        String title = "Tự chấm điểm Chỉ số CCHC năm " + year + " — " + orgDirectory.get(unitCode).name();
        String subtitle = "Hạn nộp: " + (task.getDueDate() == null ? "" : VietnameseFormat.dateTime(
                task.getDueDate().toInstant().atZone(parProperties.timeZone()).toOffsetDateTime(), parProperties.timeZone()))
                + " · Điền các cột màu vàng rồi tải lên; kết quả vào biểu mẫu nhiệm vụ để kiểm tra và hoàn thành.";
        return SelfScoreWorkbook.template(title, subtitle, scoring.sheet(cycle.id(), unitCode));
    }

    /** Checks every row as the form's server-side rules do; on success the task's form holds the rows. */
    public int upload(int year, String unitCode, Upload upload) {
        Cycle cycle = openCycle(year);
        Task task = openTask(cycle, unitCode);
        SelfScoreWorkbook.Filled filled = SelfScoreWorkbook.read(upload.bytes(), properties.limits());
        var rows = scoring.checkSheet(cycle.id(), unitCode, filled.rows(), filled::place);
        form.fill(task.getId(), rows);
        return rows.size();
    }

    private Cycle openCycle(int year) {
        return cycles.findOpen(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có kỳ đánh giá năm " + year + " đang mở."));
    }

    private Task openTask(Cycle cycle, String unitCode) {
        Task task = tasks.createTaskQuery().processInstanceId(cycle.processInstanceId())
                .taskDefinitionKey(CycleProcess.SELF_SCORE).list().stream()
                .filter(candidate -> unitCode.equals(tasks.getVariable(candidate.getId(), CycleProcess.UNIT_CODE)))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có nhiệm vụ tự chấm điểm đang "
                        + "mở của đơn vị " + unitCode + " mà bạn được giao."));
        Set<String> candidateGroups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        if (!user.inAnyGroup(candidateGroups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ chuyên viên của đơn vị được giao nhiệm vụ mới tải hoặc nộp bảng tự chấm điểm.");
        }
        return task;
    }
}
