package vn.parindex.internalindex.files;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.SurveyInput;
import vn.parindex.internalindex.process.SurveyTasks;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.workflow.CurrentUser;

/**
 * The survey workbook of a year's open survey task (the import, or the revision after the Chairman's return): the
 * template with the period's units, questions and option weights, and the filled file back. The internal index
 * validates the upload completely and, if it is valid, it replaces the period's survey; the task's form shows it.
 * Only the task's candidate groups get either.
 */
@Service
@RequiredArgsConstructor
public class SurveyWorkbooks {

    private final SurveyTasks surveyTasks;
    private final InternalIndexService index;
    private final CurrentUser user;
    private final ReportsProperties properties;
    private final ZoneId zone;

    public byte[] template(int year) {
        SurveyTasks.SurveyTask task = openTask(year);
        var period = index.get(task.periodId());
        String title = "Kết quả điều tra xã hội học — Chỉ số CCHC năm " + year + " của các cơ quan, đơn vị";
        String subtitle = "Hạn nhập: " + VietnameseFormat.dateTime(period.surveyDue(), zone) + " · Mỗi dòng một đơn vị và "
                + "câu hỏi: điền số người được khảo sát (như nhau cho mọi câu của đơn vị) và số phiếu theo từng phương án "
                + "(tổng bằng số người được khảo sát). Trọng số ở sheet 'Phương án trả lời' (% điểm câu hỏi, tốt nhất 100; "
                + index.surveyWeights(task.periodId()).provenance() + ").";
        return SurveyWorkbook.template(title, subtitle, index.surveyTemplate(task.periodId()),
                index.surveyOptions(task.periodId()));
    }

    /** @return how many units' results were stored */
    public int upload(int year, Upload upload) {
        SurveyTasks.SurveyTask task = openTask(year);
        SurveyInput input = SurveyWorkbook.read(upload.bytes(), properties.limits(), fileName(upload), upload.sha256());
        int units = index.importSurvey(task.periodId(), input, user.userId(), OffsetDateTime.now(zone));
        surveyTasks.showStored(task.taskId(), task.periodId());
        return units;
    }

    public String taskName(int year) {
        return openTask(year).name();
    }

    private static String fileName(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "khao-sat.xlsx" : upload.fileName();
        name = name.replaceAll("[\\\\/]", "_");
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    private SurveyTasks.SurveyTask openTask(int year) {
        SurveyTasks.SurveyTask task = surveyTasks.find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có công việc nhập kết quả điều tra xã hội học đang mở của Chỉ số CCHC các cơ quan, đơn vị năm "
                        + year + " mà bạn được giao."));
        if (!user.inAnyGroup(task.candidateGroups())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ người được giao công việc \"" + task.name() + "\" mới tải mẫu hoặc nộp kết quả điều tra xã hội học.");
        }
        return task;
    }
}
