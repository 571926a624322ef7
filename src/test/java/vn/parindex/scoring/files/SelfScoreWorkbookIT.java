package vn.parindex.scoring.files;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.support.TestWorkbooks.cell;
import static vn.parindex.support.TestWorkbooks.edit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.ReportsApi;
import vn.parindex.support.TestWorkbooks;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;

/** A unit's officer scores in Excel: template of the open task, filled, uploaded into the task's form. */
class SelfScoreWorkbookIT extends PostgresSpringTest {

    private static final String URL = "/api/cycles/2026/units/STP/self-score-workbook";
    private static final String OFFICER = "stpchuyenvien";
    private static final int FIRST_ROW = 4;

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    ScoringService scoring;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    private ReportsApi api;
    private String processInstanceId;
    private long cycleId;
    private List<ScoreSheetRow> items;

    @BeforeEach
    void openSelfAssessment() {
        api = new ReportsApi(context);
        driver.asUser("snvdieuphoi", () -> {
            ProcessInstance cycle = processes.start(2026, DeadlineDates.none());
            processInstanceId = cycle.getId();
            processes.guidanceReceived(2026);
        });
        cycleId = cycles.findOpen(2026).orElseThrow().id();
        items = scoring.sheet(cycleId, "STP");
    }

    @Test
    void theTemplateListsExactlyTheUnitsItemsAndTheFilledSheetLandsInTheTasksForm() throws IOException {
        MvcResult download = api.get(OFFICER, URL);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        byte[] template = download.getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = TestWorkbooks.open(template)) {
            XSSFSheet sheet = workbook.getSheet("Tự chấm điểm");
            assertThat(TestWorkbooks.text(sheet, 3, 5)).isEqualTo("Điểm tự đánh giá");
            assertThat(sheet.getLastRowNum() + 1 - (FIRST_ROW - 1)).isEqualTo(items.size());
            for (int i = 0; i < items.size(); i++) {
                assertThat(TestWorkbooks.text(sheet, FIRST_ROW + i, 0)).isEqualTo(items.get(i).code());
                assertThat(TestWorkbooks.number(sheet, FIRST_ROW + i, 2)).isEqualTo(items.get(i).maxPoints().doubleValue());
            }
            assertThat(sheet.getProtect()).as("codes and maxima are locked").isTrue();
        }

        byte[] filled = edit(template, workbook -> fill(workbook.getSheet("Tự chấm điểm")));
        MvcResult upload = api.upload(OFFICER, URL, "tu-cham.xlsx", filled);

        assertThat(upload.getResponse().getStatus()).as(ReportsApi.text(upload)).isEqualTo(200);
        List<Map<String, Object>> form = formRows();
        assertThat(form).extracting(row -> row.get("code")).containsExactlyElementsOf(
                items.stream().map(ScoreSheetRow::code).toList());
        assertThat(new BigDecimal(form.get(0).get("score").toString())).isEqualByComparingTo(items.get(0).maxPoints());
        assertThat(form.get(0).get("evidenceRef")).as("a bullet dash stays text")
                .isEqualTo("- Văn bản số 01/KH-STP");
        assertThat(form.get(1).get("evidenceRef")).isEqualTo("Văn bản số 15/BC-STP");
        assertThat(jdbc.sql("select count(*) from item_score").query(Integer.class).single())
                .as("nothing is stored before the officer completes the task").isZero();

        Task task = selfScoreTask();
        driver.submit(OFFICER, task, Map.of("scoreItems", taskService.getVariableLocalTyped(task.getId(), "scoreItems")));
        assertThat(scoring.scoresOf(cycleId, "STP")).hasSize(items.size());
    }

    @Test
    void aBadRowIsRefusedWithItsRowNumberAndTheFormStaysAsItWas() throws IOException {
        String before = formJson();
        byte[] template = api.get(OFFICER, URL).getResponse().getContentAsByteArray();
        byte[] filled = edit(template, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Tự chấm điểm");
            fill(sheet);
            cell(sheet, FIRST_ROW + 1, 5).setCellValue(items.get(1).maxPoints().doubleValue() + 1);
            cell(sheet, FIRST_ROW + 2, 5).setCellValue("nhiều");
        });

        MvcResult upload = api.upload(OFFICER, URL, "tu-cham.xlsx", filled);

        assertThat(upload.getResponse().getStatus()).isEqualTo(422);
        String body = ReportsApi.text(upload);
        assertThat(body).contains("Sheet 'Tự chấm điểm', dòng 5: Tiêu chí " + items.get(1).code() + ": điểm "
                + items.get(1).maxPoints().add(BigDecimal.ONE).stripTrailingZeros().toPlainString() + " vượt điểm tối đa "
                + items.get(1).maxPoints().stripTrailingZeros().toPlainString() + ".");
        assertThat(body).contains("Sheet 'Tự chấm điểm', dòng 6: Tiêu chí " + items.get(2).code()
                + ": điểm \\\"nhiều\\\" không phải là số.");
        assertThat(formJson()).isEqualTo(before);

        byte[] formula = edit(template, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Tự chấm điểm");
            fill(sheet);
            cell(sheet, FIRST_ROW, 5).setCellFormula("1+1");
        });
        assertThat(ReportsApi.text(api.upload(OFFICER, URL, "tu-cham.xlsx", formula)))
                .contains("Sheet 'Tự chấm điểm', dòng 4, cột F: ô chứa công thức (=1+1); hệ thống không tính công thức, "
                        + "hãy nhập giá trị.");
        assertThat(formJson()).isEqualTo(before);

        byte[] formulaText = edit(template, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Tự chấm điểm");
            fill(sheet);
            cell(sheet, FIRST_ROW, 7).setCellValue("=HYPERLINK(\"http://vanban.example/1\")");
        });
        MvcResult refused = api.upload(OFFICER, URL, "tu-cham.xlsx", formulaText);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(ReportsApi.text(refused)).contains("Sheet 'Tự chấm điểm', dòng 4: Tiêu chí " + items.get(0).code()
                + ": tài liệu kiểm chứng không được bắt đầu bằng dấu =, +, - hoặc @");
        assertThat(formJson()).isEqualTo(before);
    }

    @Test
    void anOfficerOfAnotherUnitNeitherSeesNorFillsTheTask() {
        byte[] template = api.get(OFFICER, URL).getResponse().getContentAsByteArray();
        byte[] filled = edit(template, workbook -> fill(workbook.getSheet("Tự chấm điểm")));
        String before = formJson();

        MvcResult notVisible = api.get("snvchuyenvien", URL);
        assertThat(notVisible.getResponse().getStatus()).isEqualTo(404);
        assertThat(ReportsApi.text(notVisible))
                .contains("Không có nhiệm vụ tự chấm điểm đang mở của đơn vị STP mà bạn được giao.");
        assertThat(api.upload("snvchuyenvien", URL, "x.xlsx", filled).getResponse().getStatus()).isEqualTo(404);
        // a coordinator watches the tasks (READ_TASK, issue 15 item 9) but is no candidate: refused, not "not found"
        assertThat(api.get("snvdieuphoi", URL).getResponse().getStatus()).as("a coordinator is no candidate").isEqualTo(403);
        assertThat(formJson()).isEqualTo(before);
    }

    private void fill(XSSFSheet sheet) {
        for (int i = 0; i < items.size(); i++) {
            cell(sheet, FIRST_ROW + i, 5).setCellValue(items.get(i).maxPoints().doubleValue());
            cell(sheet, FIRST_ROW + i, 7).setCellValue(i == 0 ? "- Văn bản số 01/KH-STP"
                    : "Văn bản số 15/BC-STP");
        }
        assertThat(cell(sheet, FIRST_ROW, 7).getCellType()).isEqualTo(CellType.STRING);
    }

    private Task selfScoreTask() {
        return driver.task(processInstanceId, CycleProcess.SELF_SCORE, "STP");
    }

    private String formJson() {
        JsonValue value = taskService.getVariableLocalTyped(selfScoreTask().getId(), "scoreItems", false);
        return value.getValueSerialized();
    }

    private List<Map<String, Object>> formRows() throws IOException {
        return new ObjectMapper().readValue(formJson(), new TypeReference<>() {
        });
    }
}
