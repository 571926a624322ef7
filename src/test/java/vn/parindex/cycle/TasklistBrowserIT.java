package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.ChromiumSession;
import vn.parindex.support.TasklistLoginForm;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.FormJsInput;
import vn.parindex.support.PostgresSpringTest;

/**
 * The 2026 cycle in a real browser: Debian's Chromium driven by Playwright through Camunda Tasklist and our Camunda
 * Forms, on the real server (random port) and the embedded PostgreSQL. Unit STP and the province-level approval are
 * worked in the browser as the demo users; the other units and the steps between go through the engine API as in
 * {@link WholeCycleIT}. Screenshots of every important step go to {@code target/screenshots/}.
 * <p>
 * Assertions use what the user sees (our Vietnamese labels and values, not Tasklist's own texts, which another change translates)
 * and our tables.
 */
class TasklistBrowserIT extends PostgresSpringTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final int YEAR = 2026;
    private static final String UNIT = "STP";
    private static final String UNIT_NAME = "Sở Tư pháp";
    private static final String PROCESS_NAME = "Kỳ đánh giá Chỉ số CCHC hằng năm";
    private static final String UNIT_TASKS = "Việc của đơn vị";
    /** form-js applies a typed value after a 300 ms debounce, and drops it when another field changes meanwhile. */
    private static final int FORM_JS_DEBOUNCE_MS = 350;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    ScoringService scoring;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    private int shot;
    private String evidenceTaskUrl;
    private String evidenceFileUrl;

    @BeforeAll
    static void startBrowser() throws IOException {
        // the machine is shared: give pages and assertions time rather than fail on a busy moment
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium); "
                    + "it never downloads a browser.");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                        "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void vietnameseWhateverTheBrowsersLanguageAndEnglishOnRequest() {
        try (BrowserContext english = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            english.setDefaultTimeout(20_000);
            Page page = english.newPage();
            page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");
            PlaywrightAssertions.assertThat(page.locator("button[type='submit']")).containsText("Đăng nhập");
            page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/?lang=en");
            PlaywrightAssertions.assertThat(page.locator("button[type='submit']")).containsText("Log in");
            page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
            PlaywrightAssertions.assertThat(page.locator("button[type='submit']")).containsText("Log in");
            page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/?lang=vi");
            PlaywrightAssertions.assertThat(page.locator("button[type='submit']")).containsText("Đăng nhập");
        }
    }

    @Test
    void a2026CycleInTasklist() {
        // --- SNV opens the cycle from Tasklist's start form; a second start for the year is refused in Vietnamese
        try (Tasklist snv = login("snvdieuphoi")) {
            snv.startCycle(YEAR);
            snv.page.locator(".modal-dialog").waitFor(detached());
            snv.screenshot("cycle-started");
            assertThat(cycles.findOpen(YEAR)).as("cycle opened from the start form").isPresent();

            snv.startCycle(YEAR);
            PlaywrightAssertions.assertThat(snv.page.locator(".modal-dialog"))
                    .containsText("Kỳ đánh giá Chỉ số CCHC năm 2026 đang mở (mã PAR-2026)");
            assertThat(snv.page.locator(".modal-dialog").innerText()).doesNotContain("ENGINE-", "Exception");
            snv.screenshot("second-start-refused");
        }
        Cycle cycle = cycles.findOpen(YEAR).orElseThrow();
        String pi = cycle.processInstanceId();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CycleProcess.PROCESS_KEY).count()).isEqualTo(1);

        // --- the coordinator watches the cycle in Cockpit, in Vietnamese (one login for Tasklist and Cockpit)
        try (Tasklist snv = login("snvdieuphoi")) {
            Page cockpit = snv.open("/camunda/app/cockpit/default/#/processes");
            PlaywrightAssertions.assertThat(cockpit.locator("body")).containsText(PROCESS_NAME);
            cockpit.getByText(PROCESS_NAME).first().click();
            PlaywrightAssertions.assertThat(cockpit.locator("body")).containsText("Phiên đang chạy:");
            PlaywrightAssertions.assertThat(cockpit.locator("body")).containsText("Mã nghiệp vụ");
            PlaywrightAssertions.assertThat(cockpit.locator("body")).containsText("PAR-" + YEAR);
            cockpit.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            assertThat(cockpit.locator("body").innerText()).as("Cockpit's process definition page, Vietnamese only")
                    .doesNotContain("Running", "Instances", "Incidents", "Business Key", "Start Time", "Definition",
                            "Version", "Deployment", "Suspend", "Variables", "Called Process", "Job");
            cockpit.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("cockpit-process-definition.png")));
        }

        // --- STP's plan: officer prepares, head signs off, SNV accepts
        try (Tasklist officer = login("stpchuyenvien")) {
            officer.openTask("Lập kế hoạch triển khai", UNIT_NAME);
            PlaywrightAssertions.assertThat(officer.form())
                    .containsText("Đơn vị: Sở Tư pháp · Kỳ đánh giá: năm 2026 · Tỉnh: Tỉnh Lâm Đồng · Hạn xử lý: 17:00 27/02/2026");
            officer.claim();
            officer.fill("input[id$='field_planNumber']", "12/KH-STP");
            officer.fillDate("input[id$='field_planIssuedOn-date']", LocalDate.of(YEAR, 2, 20));
            officer.fill("textarea[id$='field_planSummary']", "Kế hoạch thực hiện các tiêu chí Chỉ số CCHC năm 2026 của Sở Tư pháp.");
            officer.fill("input[id$='field_planDocumentRef']", "https://vanban.example.gov.vn/STP/12");
            officer.screenshot("plan-filled");
            officer.completeAndWait();
        }
        assertThat(jdbc.sql("select plan_number || '|' || issued_on || '|' || submitted_by from unit_plan where cycle_id = ? and unit_code = ?")
                .params(cycle.id(), UNIT).query(String.class).single()).isEqualTo("12/KH-STP|2026-02-20|stpchuyenvien");

        try (Tasklist head = login("stpthutruong")) {
            head.openTask("Thủ trưởng ký duyệt kế hoạch", UNIT_NAME);
            PlaywrightAssertions.assertThat(head.form()).containsText("Kế hoạch số: 12/KH-STP · Ngày ban hành: 20/02/2026");
            PlaywrightAssertions.assertThat(head.form()).containsText("https://vanban.example.gov.vn/STP/12");
            head.claim();
            head.choose("Ký duyệt, gửi Sở Nội vụ");
            head.screenshot("plan-sign-off");
            head.completeAndWait();
        }
        try (Tasklist snv = login("snvdieuphoi")) {
            snv.openTask("Sở Nội vụ xem xét kế hoạch", UNIT_NAME);
            PlaywrightAssertions.assertThat(snv.form()).containsText("Kế hoạch số: 12/KH-STP");
            snv.claim();
            snv.choose("Chấp nhận kế hoạch");
            snv.screenshot("plan-review");
            snv.completeAndWait();
        }
        assertThat(decisions(cycle.id(), UNIT)).containsExactly(
                "PLAN_SUBMITTED:SUBMITTED:stpchuyenvien", "PLAN_SIGN_OFF:APPROVE:stpthutruong", "PLAN_REVIEW:APPROVE:snvdieuphoi");

        // --- the other units' plans through the engine API
        for (String unit : cycles.planUnits(cycle.id())) {
            if (!unit.equals(UNIT)) {
                driver.submit(officer(unit), driver.task(pi, CycleProcess.PREPARE_PLAN, unit), CycleDriver.planForm(unit));
                driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_PLAN, unit), CycleDriver.approve());
                driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.REVIEW_PLAN, unit), CycleDriver.approve());
            }
        }

        // --- SNV reports the Ministry's guidance through our API: self-assessment opens now
        try (Tasklist snv = login("snvdieuphoi")) {
            Page dashboard = snv.open("/pages/dashboard?year=" + YEAR);
            dashboard.locator("#guidance-received").click();
            PlaywrightAssertions.assertThat(dashboard.locator("#message")).containsText("Đã mở tự đánh giá");
            PlaywrightAssertions.assertThat(dashboard.locator("#guidance-received")).hasCount(0);
        }
        assertThat(cycles.get(cycle.id()).selfAssessmentOpenedAt()).isNotNull();

        // --- STP self-scores exactly its items; a score above the maximum is refused by the server, in Vietnamese
        List<ScoreSheetRow> sheet = scoring.sheet(cycle.id(), UNIT);
        List<String> expectedCodes = sheet.stream().map(ScoreSheetRow::code).toList();
        assertThat(expectedCodes).startsWith("2.1.1").allMatch(code -> code.startsWith("2."));
        try (Tasklist officer = login("stpchuyenvien")) {
            // the header names the user in Vietnamese order (họ và tên đệm in Camunda's firstName, tên in lastName)
            PlaywrightAssertions.assertThat(officer.page.getByText("Trần Văn Minh").first()).isVisible();
            officer.openTask("Tự chấm điểm các tiêu chí được giao", UNIT_NAME);
            // issue 15 item 10: one line per criterion, its code and name as text, the maximum with the decimal comma
            officer.page.locator(".chiso-criterion").first().waitFor();
            assertThat(officer.page.locator(".chiso-criterion").allInnerTexts().stream()
                    .map(text -> text.substring(0, text.indexOf(". "))).toList()).as("the unit's items, in order")
                    .containsExactlyElementsOf(expectedCodes);
            assertThat(officer.page.locator(".chiso-max-points").allInnerTexts().stream().map(String::trim).toList())
                    .containsExactlyElementsOf(sheet.stream().map(row -> vietnamese(row.maxPoints())).toList());
            PlaywrightAssertions.assertThat(officer.page.locator(".chiso-criterion").first()).containsText(sheet.get(0).name());
            officer.screenshot("self-score-opened");
            officer.claim();

            // evidence: the form links to our upload page, which shares Tasklist's login
            String evidenceUrl = officer.form().locator("a", new Locator.LocatorOptions().setHasText("tải lên, xem tệp"))
                    .getAttribute("href");
            assertThat(evidenceUrl).startsWith("/pages/evidence?task=");
            Page evidence = officer.open(evidenceUrl);
            PlaywrightAssertions.assertThat(evidence.locator("h1")).containsText("Tài liệu kiểm chứng – " + UNIT_NAME);
            evidence.locator("tr[data-item='" + expectedCodes.get(0) + "'] input[type=file]").setInputFiles(evidencePdf());
            evidence.locator("tr[data-item='" + expectedCodes.get(0) + "'] button[type=submit]").click();
            PlaywrightAssertions.assertThat(evidence.locator("#added")).containsText("Đã tải lên \"bien-ban-kiem-tra.pdf\"");
            evidence.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("evidence-uploaded.png")));
            evidenceFileUrl = evidence.locator("tr[data-item='" + expectedCodes.get(0) + "'] a").first().getAttribute("href");
            evidence.close();
            assertThat(jdbc.sql("select count(*) from evidence_document where unit_code = ? and uploaded_by = 'stpchuyenvien'")
                    .param(UNIT).query(Integer.class).single()).isEqualTo(1);
            evidenceTaskUrl = evidenceUrl;

            for (int i = 0; i < sheet.size(); i++) {
                ScoreSheetRow row = sheet.get(i);
                BigDecimal score = i == 0 ? row.maxPoints().add(BigDecimal.ONE) : threeQuarters(row);
                officer.fill("input[id$='item_score_" + i + "']", vietnamese(score));
                officer.fill("input[id$='item_evidenceRef_" + i + "']", "Văn bản số 15/BC-STP về " + row.code());
            }
            officer.screenshot("self-score-invalid");
            Response refused = officer.page.waitForResponse(r -> r.url().endsWith("/submit-form"), officer::clickComplete);
            assertThat(refused.status()).as("our validation, not a server error").isEqualTo(422);
            Locator notification = officer.page.locator(".notifications .alert .message");
            PlaywrightAssertions.assertThat(notification).containsText(
                    "Tiêu chí " + sheet.get(0).code() + ": điểm " + row0Above(sheet) + " vượt điểm tối đa");
            assertThat(notification.innerText()).doesNotContain("ENGINE-", "Exception", "Cannot submit");
            officer.screenshot("self-score-refused");
            assertThat(jdbc.sql("select count(*) from item_score where cycle_id = ? and unit_code = ?")
                    .params(cycle.id(), UNIT).query(Integer.class).single()).as("nothing stored").isZero();
            assertThat(driver.openTasks(pi, CycleProcess.SELF_SCORE)).as("task still open")
                    .anyMatch(task -> UNIT.equals(taskService.getVariable(task.getId(), CycleProcess.UNIT_CODE)));

            officer.fill("input[id$='item_score_0']", vietnamese(threeQuarters(sheet.get(0))));
            Locator dismiss = officer.page.locator("button[ng-click='removeNotification(notification)']");
            dismiss.first().click();
            dismiss.first().waitFor(detached());
            officer.screenshot("self-score-fixed");
            officer.completeAndWait();
        }
        List<String> stored = jdbc.sql("""
                select criterion_code || '=' || trim_scale(score) || '|' || evidence_ref from item_score
                where cycle_id = ? and unit_code = ? order by criterion_code""").params(cycle.id(), UNIT).query(String.class).list();
        List<String> expectedRows = new ArrayList<>();
        for (ScoreSheetRow row : sheet) {
            expectedRows.add(row.code() + "=" + threeQuarters(row).stripTrailingZeros().toPlainString()
                    + "|Văn bản số 15/BC-STP về " + row.code());
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expectedRows);

        try (Tasklist head = login("stpthutruong")) {
            head.openTask("Thủ trưởng ký duyệt kết quả tự chấm", UNIT_NAME);
            Locator table = head.form().locator("table");
            PlaywrightAssertions.assertThat(table).containsText(expectedCodes.get(0));
            PlaywrightAssertions.assertThat(table).containsText("Văn bản số 15/BC-STP về " + expectedCodes.get(expectedCodes.size() - 1));
            PlaywrightAssertions.assertThat(head.form()).containsText("Tổng điểm tự chấm: " + vietnamese(total(sheet)));
            head.claim();
            head.choose("Ký duyệt, gửi Sở Nội vụ");
            head.screenshot("scores-sign-off");
            head.completeAndWait();
        }
        try (Tasklist other = login("stcchuyenvien")) {
            assertThat(other.status(evidenceTaskUrl)).as("another unit: the evidence page").isEqualTo(404);
            assertThat(other.status(evidenceFileUrl)).as("another unit: the file's URL").isEqualTo(404);
            assertThat(other.status("/pages/dashboard?year=" + YEAR)).as("units do not see the dashboard").isEqualTo(403);
        }
        try (Tasklist snv = login("snvdieuphoi")) {
            Page dashboard = snv.open("/pages/dashboard?year=" + YEAR);
            Locator stpScoring = dashboard.locator("tr[data-unit='" + UNIT + "'] td").nth(2);
            assertThat(stpScoring.getAttribute("data-state")).isEqualTo("SUBMITTED");
            PlaywrightAssertions.assertThat(stpScoring).containsText("Đã nộp");
            dashboard.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("dashboard-before-review.png")));
            assertThat(snv.status(evidenceFileUrl)).as("SNV sees the unit's evidence").isEqualTo(200);

            snv.openTask("Sở Nội vụ xem xét kết quả tự chấm", UNIT_NAME);
            PlaywrightAssertions.assertThat(snv.form().locator("table")).containsText(expectedCodes.get(0));
            snv.claim();
            snv.choose("Chấp nhận kết quả tự chấm của đơn vị");
            snv.screenshot("scores-review");
            snv.completeAndWait();

            dashboard.reload();
            assertThat(dashboard.locator("tr[data-unit='" + UNIT + "'] td").nth(2).getAttribute("data-state"))
                    .as("the dashboard cell changed").isEqualTo("ACCEPTED");
            dashboard.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("dashboard-after-review.png")));
        }
        assertThat(decisions(cycle.id(), UNIT)).contains(
                "SCORES_SUBMITTED:SUBMITTED:stpchuyenvien", "SCORES_SIGN_OFF:APPROVE:stpthutruong", "SCORES_REVIEW:APPROVE:snvdieuphoi");

        // --- the other units' scores, the report and the director's approval through the engine API
        for (String unit : cycles.scoringUnits(cycle.id())) {
            if (!unit.equals(UNIT)) {
                driver.submit(officer(unit), driver.task(pi, CycleProcess.SELF_SCORE, unit),
                        driver.scoreForm(cycle.id(), unit, CycleDriver::threeQuarters));
                driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_SCORES, unit), CycleDriver.approve());
                driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.REVIEW_SCORES, unit), CycleDriver.approve());
            }
        }
        driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.PREPARE_REPORT, null), CycleDriver.reportForm());
        driver.submit("snvgiamdoc", driver.task(pi, CycleProcess.APPROVE_DRAFT, null), CycleDriver.approve());

        // --- the Chairman approves in the browser, SNV records the submission in the browser
        try (Tasklist chairman = login("chutich")) {
            chairman.openTask("Chủ tịch UBND tỉnh phê duyệt báo cáo", "Sở Nội vụ (tổng hợp của tỉnh)");
            PlaywrightAssertions.assertThat(chairman.form().locator("table")).containsText("Công tác chỉ đạo, điều hành cải cách hành chính");
            PlaywrightAssertions.assertThat(chairman.form()).containsText("Tổng điểm tự đánh giá của tỉnh:");
            PlaywrightAssertions.assertThat(chairman.form()).containsText("Tỉnh tự đánh giá đạt kết quả khá trên các lĩnh vực.");
            // the form links to the Word report and the Phụ lục workbook; the Chairman's login downloads them
            for (String file : List.of("self-assessment-report.docx", "appendix.xlsx")) {
                String href = chairman.form().locator("a[href$='" + file + "']").first().getAttribute("href");
                var download = chairman.context.request().get("http://localhost:" + port + href);
                assertThat(download.status()).as(file).isEqualTo(200);
                assertThat(download.body()).as(file + " is an Office file (a ZIP)").startsWith((byte) 'P', (byte) 'K');
            }
            chairman.claim();
            chairman.choose("Phê duyệt báo cáo");
            chairman.screenshot("chairman-approval");
            chairman.completeAndWait();
        }
        assertThat(jdbc.sql("select decision || ':' || decided_by from decision_log where work_kind = 'CYCLE' and work_id = ? and step = 'CHAIRMAN_APPROVAL'")
                .param(cycle.id()).query(String.class).list()).containsExactly("APPROVE:chutich");

        LocalDate reportDate = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")); // the server refuses a date after today
        try (Tasklist snv = login("snvdieuphoi")) {
            snv.openTask("Gửi báo cáo và nhập dữ liệu vào phần mềm của Bộ Nội vụ", "Sở Nội vụ (tổng hợp của tỉnh)");
            snv.claim();
            snv.fill("input[id$='field_reportNumber']", "25/BC-UBND");
            snv.fillDate("input[id$='field_reportDate-date']", reportDate);
            snv.page.locator("input[id$='field_enteredInMinistrySoftware']").check();
            snv.page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            snv.screenshot("record-submission");
            snv.completeAndWait();
            snv.screenshot("report-submitted");
        }

        // --- the report is with the Ministry: the cycle waits for its appraisal (issue 14, item 5)
        assertThat(driver.openTasks(pi, CycleProcess.RECORD_APPRAISAL)).hasSize(1);
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.OPEN);
        assertThat(jdbc.sql("select report_number || '|' || report_date || '|' || entered_in_ministry_software || '|' || recorded_by"
                + " from ministry_submission where cycle_id = ?").param(cycle.id()).query(String.class).single())
                .isEqualTo("25/BC-UBND|" + reportDate + "|true|snvdieuphoi");
    }

    private Tasklist login(String user) {
        return new Tasklist(user);
    }

    private String officer(String unit) {
        return driver.memberOf(OrgDirectoryService.officersGroup(unit));
    }

    private String head(String unit) {
        return driver.memberOf(OrgDirectoryService.headsGroup(unit));
    }

    private List<String> decisions(long cycleId, String unit) {
        return jdbc.sql("select step || ':' || decision || ':' || decided_by from decision_log"
                + " where work_kind = 'CYCLE' and work_id = ? and unit_code = ? order by id").params(cycleId, unit).query(String.class).list();
    }

    /** A small real PDF, as a unit would scan and upload. */
    private static Path evidencePdf() {
        try {
            Path file = SCREENSHOTS.resolve("bien-ban-kiem-tra.pdf");
            Files.write(file, ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages "
                    + "/Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal threeQuarters(ScoreSheetRow row) {
        return row.maxPoints().multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal total(List<ScoreSheetRow> sheet) {
        return sheet.stream().map(TasklistBrowserIT::threeQuarters).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String row0Above(List<ScoreSheetRow> sheet) {
        return sheet.get(0).maxPoints().add(BigDecimal.ONE).stripTrailingZeros().toPlainString();
    }

    /** As a Vietnamese officer types it: decimal comma. */
    private static String vietnamese(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static Locator.WaitForOptions detached() {
        return new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED);
    }

    /** One user's Tasklist in its own browser context (own cookies, own form drafts). */
    private final class Tasklist implements AutoCloseable {

        final String user;
        final BrowserContext context;
        final Page page;

        Tasklist(String user) {
            this.user = user;
            this.context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 1000).setTimezoneId("Asia/Ho_Chi_Minh").setLocale("vi-VN"));
            context.setDefaultTimeout(20_000);
            this.page = context.newPage();
            page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");
            PlaywrightAssertions.assertThat(page.locator("button[type='submit']")).containsText("Đăng nhập");
            TasklistLoginForm.logIn(page, user, "demo");
            // Tasklist's first render after login is the heaviest step: over 20 s on a loaded 2-core machine, and over 90 s
            // with three other builds beside it (load average 13)
            try {
                page.locator(".start-process-action").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // what the user saw instead of Tasklist, for the report
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("login-timeout-" + user + ".png")));
                throw e;
            }
            assertThat(page.locator(".ce-eol-banner").isVisible()).as("no Camunda 8 migration banner").isFalse();
        }

        /** Another page in the same browser context: the same login (session) as Tasklist. */
        Page open(String path) {
            Page other = context.newPage();
            Response response = other.navigate("http://localhost:" + port + path);
            assertThat(response.status()).as(user + " opens " + path).isEqualTo(200);
            ChromiumSession.awaitWebappStarted(other, SCREENSHOTS.resolve("webapp-stuck-before-reload-" + user + ".png"));
            return other;
        }

        /** The HTTP status of a GET with this browser's cookies (its login), without navigating (files download). */
        int status(String path) {
            return context.request().get("http://localhost:" + port + path).status();
        }

        void startCycle(int year) {
            page.locator(".start-process-action a").click();
            page.locator(".modal-dialog").getByText(PROCESS_NAME).click();
            page.locator(".modal-dialog input[id$='field_year']").waitFor();
            PlaywrightAssertions.assertThat(page.locator(".modal-dialog .fjs-form")).containsText("Mở kỳ đánh giá Chỉ số CCHC");
            fill(".modal-dialog input[id$='field_year']", String.valueOf(year));
            // the year's dates as the cycle uses them when left empty: 2026's plan due moved off Saturday 28/02/2026
            PlaywrightAssertions.assertThat(page.locator(".modal-dialog .fjs-form"))
                    .containsText("Lịch năm " + year + " theo dữ liệu");
            if (year == 2026) {
                PlaywrightAssertions.assertThat(page.locator(".modal-dialog .fjs-form"))
                        .containsText("thứ Sáu 27/02/2026 (đã chuyển từ thứ Bảy 28/02/2026");
            }
            screenshot("start-form");
            page.locator("button[ng-click='startProcessInstance()']").click();
        }

        void openTask(String taskName, String unitName) {
            page.locator("text=" + UNIT_TASKS).first().click();
            page.locator("ol.tasks-list > li").filter(new Locator.FilterOptions().setHasText(taskName))
                    .filter(new Locator.FilterOptions().setHasText(unitName)).first()
                    .locator("a").first().click();
            form().locator(".fjs-form").waitFor();
            PlaywrightAssertions.assertThat(form()).containsText("Đơn vị: " + unitName);
        }

        Locator form() {
            return page.locator("[cam-tasklist-form-camunda]");
        }

        void claim() {
            page.locator("button.claim").click();
            page.locator(".disabled-form").waitFor(detached());
        }

        /** Types into a form-js field and lets its debounce apply the value before the next field changes. */
        void fill(String selector, String value) {
            page.locator(selector).fill(value);
            page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
        }

        void fillDate(String selector, LocalDate date) {
            FormJsInput.fillDate(page, selector, date, FORM_JS_DEBOUNCE_MS);
        }

        void choose(String label) {
            form().locator("label").filter(new Locator.FilterOptions().setHasText(label)).click();
            page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
        }

        List<String> visibleValues(String selector) {
            List<String> values = new ArrayList<>();
            for (Locator input : page.locator(selector).all()) {
                if (input.isVisible()) {
                    values.add(input.inputValue());
                }
            }
            return values;
        }

        void clickComplete() {
            Locator complete = page.locator("button[ng-click='complete()']");
            PlaywrightAssertions.assertThat(complete).isEnabled();
            complete.click();
        }

        /** Completes the task and waits until Tasklist has closed it (the engine has committed by then). */
        void completeAndWait() {
            Response response = page.waitForResponse(r -> r.url().endsWith("/submit-form"), this::clickComplete);
            assertThat(response.status()).as(user + " completes the task: " + response.text()).isLessThan(300);
            form().waitFor(detached());
        }

        void screenshot(String step) {
            shot++;
            page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                    .setPath(SCREENSHOTS.resolve(String.format("%02d-%s-%s.png", shot, user, step))));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
