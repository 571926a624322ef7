package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.TestHttp;

/** Evidence uploads for a unit's scoring task: real types only, the unit's users and province roles only. */
class EvidenceIT extends PostgresSpringTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    ScoringService scoring;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc web;
    ProcessInstance cycle;
    Task selfScore;
    String item;

    @BeforeEach
    void stpIsScoring() {
        web = TestHttp.mockMvc(context);
        cycle = processes.start(2026, DeadlineDates.none());
        processes.guidanceReceived(2026);
        selfScore = driver.task(cycle.getId(), CycleProcess.SELF_SCORE, "STP");
        item = scoring.sheet(cycleId(), "STP").get(0).code();
    }

    @Test
    void anOfficerUploadsAPdfAndAWorkbookAndTheyCountAsEvidence() throws Exception {
        upload("stpchuyenvien", "bao-cao.pdf", PDF).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tải lên &quot;bao-cao.pdf&quot; cho tiêu chí " + item)));
        upload("stpchuyenvien", "..\\..\\so-lieu.xlsx", office("xl/workbook.xml")).andExpect(status().isOk());

        var files = jdbc.sql("select file_name, content_type, uploaded_by from evidence_document order by id")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(files).containsExactly(List.of("bao-cao.pdf", "application/pdf", "stpchuyenvien"),
                List.of("so-lieu.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "stpchuyenvien"));

        long id = jdbc.sql("select min(id) from evidence_document").query(Long.class).single();
        web.perform(get("/pages/evidence/files/" + id).header("Authorization", TestHttp.basic("stpthutruong")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        web.perform(get("/pages/evidence/files/" + id).header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(status().isOk());

        // the item with a file needs neither a typed reference nor an explanation
        Map<String, Object> form = driver.scoreForm(cycleId(), "STP", CycleDriver::threeQuarters);
        String sheet = ((org.camunda.spin.plugin.variable.value.JsonValue) form.get("scoreItems")).getValueSerialized().replaceFirst(
                "(\"code\":\"" + java.util.regex.Pattern.quote(item) + "\"[^}]*\"evidenceRef\":)\"[^\"]*\"", "$1\"\"");
        driver.submit("stpchuyenvien", selfScore, Map.of("scoreItems",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue(sheet).create()));
        ItemScore stored = scoring.scoresOf(cycleId(), "STP").stream().filter(s -> s.criterionCode().equals(item))
                .findFirst().orElseThrow();
        assertThat(stored.evidenceRef()).isEqualTo("Tệp đính kèm: bao-cao.pdf, so-lieu.xlsx");
        assertThat(stored.score()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void whatIsNotReallyAnAllowedFileIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        upload("stpchuyenvien", "bao-cao.pdf", "MZ\u0090 this is an executable".getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chỉ nhận tệp PDF, Word (.docx)")));
        upload("stpchuyenvien", "fake.docx", office("content.xml"))
                .andExpect(content().string(containsString("không thuộc các loại này")));
        upload("stpchuyenvien", "rong.pdf", new byte[0]).andExpect(content().string(containsString("Tệp tải lên rỗng")));
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload("stpchuyenvien", "lon.pdf", large).andExpect(content().string(containsString("Tệp quá lớn")));
        web.perform(multipart("/pages/evidence").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("task", selfScore.getId()).param("item", "99.99").header("Authorization", TestHttp.basic("stpchuyenvien")))
                .andExpect(content().string(containsString("Tiêu chí 99.99 không được giao cho đơn vị.")));
        // the head works on the sign-off, not on the officers' task: to the head that task does not exist
        upload("stpthutruong", "bao-cao.pdf", PDF).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from evidence_document").query(Integer.class).single()).isZero();
    }

    @Test
    void anotherUnitCanNeitherSeeTheTaskNorItsEvidenceNorItsDownloadUrl() throws Exception {
        upload("stpchuyenvien", "bao-cao.pdf", PDF).andExpect(status().isOk());
        long id = jdbc.sql("select id from evidence_document").query(Long.class).single();

        web.perform(get("/pages/evidence").param("task", selfScore.getId()).header("Authorization", TestHttp.basic("stcchuyenvien")))
                .andExpect(status().isNotFound());
        web.perform(get("/pages/evidence/files/" + id).header("Authorization", TestHttp.basic("stcchuyenvien")))
                .andExpect(status().isNotFound());
        upload("stcchuyenvien", "x.pdf", PDF).andExpect(status().isNotFound());
        web.perform(get("/pages/evidence/files/" + id)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from evidence_document").query(Integer.class).single()).isEqualTo(1);
    }

    private ResultActions upload(String user, String name, byte[] bytes) throws Exception {
        return web.perform(multipart("/pages/evidence").file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("task", selfScore.getId()).param("item", item).header("Authorization", TestHttp.basic(user)));
    }

    private long cycleId() {
        return ((Number) context.getBean(org.camunda.bpm.engine.RuntimeService.class)
                .getVariable(cycle.getId(), CycleProcess.CYCLE_ID)).longValue();
    }

    private static byte[] office(String mainPart) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("[Content_Types].xml", mainPart)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}
