package vn.parindex.remediation;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.support.TasklistLoginForm;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.FormJsInput;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;

/**
 * The results and the remediation plan in a real browser (Debian's Chromium, Playwright), on the real server: SNV
 * reads the gaps, starts and drafts the plan on our page, submits it in Tasklist (a form that only shows the draft),
 * the Chairman approves it, Sở Tư pháp reports (refused once by the server, in Vietnamese), SNV accepts. Screenshots
 * go to {@code target/screenshots/remediation-*}. Runs on today's date: completion times are written relative to it.
 */
class RemediationBrowserIT extends PostgresSpringTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final int FORM_JS_DEBOUNCE_MS = 350;
    private static final String PROVINCE_PLAN = "Sở Nội vụ (kế hoạch khắc phục của tỉnh)";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService cycleProcesses;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    MinistryResultService results;
    @Autowired
    ResultsFixtures fixtures;
    @Autowired
    RemediationPlanService plans;
    @Autowired
    RemediationSchedule schedule;
    @Autowired
    JdbcClient jdbc;

    private int shot;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium).");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
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
    void snvDraftsThePlanOnOurPageAndTheUnitsReportInTasklist() {
        scoredAndSentToTheMinistry(2026);
        results.enter(2026, fixtures.entry(2026, Map.of("2.1.1", "0", "1.8.1", "1,5")), "snvdieuphoi");
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2);
        String completion = "Tháng " + month.getMonthValue() + "/" + month.getYear();

        try (Session snv = new Session("snvdieuphoi")) {
            Page page = snv.open("/pages/results?year=2026");
            assertThat(page.locator("tr[data-item='2.1.1']").getAttribute("data-lost")).isEqualTo("true");
            snv.shoot(page, "results");

            page = snv.open("/pages/remediation?year=2026");
            page.locator("#start-plan").click();
            page.waitForURL("**/pages/remediation/draft?year=2026");
            Locator row = page.locator("tr.row").filter(new Locator.FilterOptions()
                    .setHas(page.locator("input.item[value='2.1.1']")));
            assertThat(row.locator("select").inputValue()).as("the item's lead unit is suggested").isEqualTo("STP");
            row.locator("textarea[name^='content_']").fill("Ban hành kế hoạch xây dựng VBQPPL năm đúng hạn");
            row.locator("input[name^='completion_']").fill("Quý 3/2027");
            row.locator("textarea[name^='reporting_']").fill("Báo cáo kết quả cho Sở Nội vụ");
            page.locator("#save-draft").click();
            PlaywrightAssertions.assertThat(page.locator("#problems")).containsText("thời gian hoàn thành \"Quý 3/2027\" không hợp lệ");
            snv.shoot(page, "draft-refused");
            assertThat(plans.tasks(plans.live(2026).orElseThrow().id())).isEmpty();

            row = page.locator("tr.row").filter(new Locator.FilterOptions().setHas(page.locator("input.item[value='2.1.1']")));
            row.locator("input[name^='completion_']").fill(completion);
            page.locator("#save-draft").click();
            PlaywrightAssertions.assertThat(page.locator("#message")).containsText("Đã lưu dự thảo");
            snv.shoot(page, "draft-saved");

            // the Tasklist task only submits the saved draft: it shows it as a table
            snv.openTask("Sở Nội vụ trình dự thảo kế hoạch khắc phục", PROVINCE_PLAN);
            PlaywrightAssertions.assertThat(snv.form()).containsText("Ban hành kế hoạch xây dựng VBQPPL năm đúng hạn");
            PlaywrightAssertions.assertThat(snv.form()).containsText(completion);
            snv.claim();
            snv.screenshot("draft-task");
            snv.completeAndWait();
        }

        try (Session chairman = new Session("chutich")) {
            chairman.openTask("Chủ tịch UBND tỉnh phê duyệt kế hoạch khắc phục", PROVINCE_PLAN);
            chairman.claim();
            chairman.choose("Phê duyệt kế hoạch");
            chairman.screenshot("approval");
            chairman.completeAndWait();
        }
        assertThat(plans.live(2026).orElseThrow().status()).isEqualTo(PlanStatus.IN_PROGRESS);

        // the unit asked for more time: SNV moves the task's due date from Tasklist's start form
        LocalDate saturday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate newDue = month.atDay(10);
        while (!schedule.isWorkingDay(newDue)) {
            newDue = newDue.plusDays(1);
        }
        try (Session snv = new Session("snvdieuphoi")) {
            snv.openStartForm("Điều chỉnh thời hạn");
            snv.page.locator(".modal-dialog label").filter(new Locator.FilterOptions()
                    .setHasText("Nhiệm vụ trong kế hoạch khắc phục")).click();
            snv.page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            snv.fill(".modal-dialog input[id$='field_year']", "2026");
            snv.fill(".modal-dialog input[id$='field_position']", "1");
            snv.fillDate(".modal-dialog input[id$='field_newDate-date']", saturday);
            snv.fill(".modal-dialog textarea[id$='field_reason']", "Sở Tư pháp đề nghị tại Văn bản 12/STP-VP; Chủ tịch UBND tỉnh đồng ý.");
            Response refused = snv.page.waitForResponse(r -> r.url().endsWith("/submit-form"), snv::clickStart);
            assertThat(refused.status()).as("our validation, in Vietnamese").isEqualTo(422);
            PlaywrightAssertions.assertThat(snv.page.locator(".notifications .alert .message"))
                    .containsText("không phải ngày làm việc");
            snv.screenshot("deadline-refused");
            assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single())
                    .as("nothing stored").isZero();

            snv.fillDate(".modal-dialog input[id$='field_newDate-date']", newDue);
            snv.screenshot("deadline-change");
            Response started = snv.page.waitForResponse(r -> r.url().endsWith("/submit-form"), snv::clickStart);
            assertThat(started.status()).as("the change: " + started.text()).isLessThan(300);
            snv.page.locator(".modal-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
        // the Chairman agreed to amend the plan: SNV adds a task on the follow-up page, then cancels it again
        try (Session snv = new Session("snvdieuphoi")) {
            Page page = snv.open("/pages/remediation?year=2026");
            page.locator("#add-unit").selectOption("SKHCN");
            page.locator("#add-content").fill("Tích hợp dịch vụ công trực tuyến lên Cổng DVC quốc gia");
            page.locator("#add-completion").fill(completion);
            page.locator("#add-reporting").fill("Đưa vào báo cáo CCHC quý của đơn vị");
            page.locator("#add-reason").fill("Chủ tịch UBND tỉnh đồng ý tại Văn bản số 30/UBND-NC.");
            page.locator("#add-submit").click();
            PlaywrightAssertions.assertThat(page.locator("#message")).containsText("Đã bổ sung nhiệm vụ số 2");
            PlaywrightAssertions.assertThat(page.locator("tr[data-task='2']")).containsText("Sở Khoa học và Công nghệ");
            page.locator("#cancel-position").selectOption("2");
            page.locator("#cancel-reason").fill("Chủ tịch UBND tỉnh cho rút lại tại Văn bản số 31/UBND-NC.");
            page.locator("#cancel-submit").click();
            PlaywrightAssertions.assertThat(page.locator("#message")).containsText("Đã hủy nhiệm vụ số 2");
            PlaywrightAssertions.assertThat(page.locator("tr[data-task='2']")).hasAttribute("data-cancelled", "true");
            PlaywrightAssertions.assertThat(page.locator("#amendments tbody tr")).hasCount(2);
            snv.shoot(page, "amended");
        }
        assertThat(jdbc.sql("select count(*) from act_ru_task where task_def_key_ = 'userTask_reportRemediationProgress'")
                .query(Integer.class).single()).as("only STP's report task is open").isOne();
        assertThat(jdbc.sql("select changed_by || '|' || tasks_moved from deadline_change").query(String.class)
                .single()).isEqualTo("snvdieuphoi|1");
        assertThat(jdbc.sql("select due_date_ from act_ru_task where task_def_key_ = 'userTask_reportRemediationProgress'")
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(schedule.dueAt(newDue).toInstant());

        try (Session officer = new Session("stpchuyenvien")) {
            officer.openTask("Báo cáo kết quả thực hiện nhiệm vụ khắc phục", "Sở Tư pháp");
            PlaywrightAssertions.assertThat(officer.form()).containsText("Thời gian hoàn thành: " + completion);
            officer.claim();
            officer.choose("Đã hoàn thành");
            officer.fill("textarea[id$='field_workDone']", "Đã ban hành Kế hoạch xây dựng VBQPPL năm.");
            Response refused = officer.page.waitForResponse(r -> r.url().endsWith("/submit-form"), officer::clickComplete);
            assertThat(refused.status()).as("our validation, in Vietnamese").isEqualTo(422);
            PlaywrightAssertions.assertThat(officer.page.locator(".notifications .alert .message"))
                    .containsText("vui lòng ghi tài liệu kiểm chứng");
            officer.screenshot("report-refused");
            assertThat(jdbc.sql("select count(*) from remediation_report").query(Integer.class).single()).as("nothing stored")
                    .isZero();
            officer.fill("input[id$='field_evidenceRef']", "Kế hoạch 15/KH-STP");
            Locator dismiss = officer.page.locator("button[ng-click='removeNotification(notification)']");
            dismiss.first().click();
            dismiss.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            officer.completeAndWait();
        }

        try (Session snv = new Session("snvdieuphoi")) {
            snv.openTask("Sở Nội vụ xem xét báo cáo khắc phục", "Sở Tư pháp");
            PlaywrightAssertions.assertThat(snv.form()).containsText("Kế hoạch 15/KH-STP");
            snv.claim();
            snv.choose("Chấp nhận báo cáo");
            snv.screenshot("review");
            snv.completeAndWait();
            Page page = snv.open("/pages/remediation?year=2026");
            PlaywrightAssertions.assertThat(page.locator("tr[data-unit='STP']")).containsText("Hoàn thành");
            snv.shoot(page, "plan");
            Page dashboard = snv.open("/pages/dashboard?year=2026");
            PlaywrightAssertions.assertThat(dashboard.locator("#remediation")).containsText("Đã hoàn thành – 1 nhiệm vụ, 1 hoàn thành");
            snv.shoot(dashboard, "dashboard");
        }
        assertThat(jdbc.sql("select decided_by from decision_log where work_kind = 'REMEDIATION_PLAN' order by id").query(String.class).list())
                .containsExactly("snvdieuphoi", "chutich", "snvdieuphoi");
    }

    private void scoredAndSentToTheMinistry(int year) {
        AtomicReference<ProcessInstance> started = new AtomicReference<>();
        driver.asUser("snvdieuphoi", () -> started.set(cycleProcesses.start(year, DeadlineDates.none())));
        String pi = started.get().getId();
        long cycleId = cycles.findOpen(year).orElseThrow().id();
        driver.asUser("snvdieuphoi", () -> cycleProcesses.guidanceReceived(year));
        for (String unit : cycles.scoringUnits(cycleId)) {
            driver.submit(driver.memberOf(OrgDirectoryService.officersGroup(unit)), driver.task(pi, CycleProcess.SELF_SCORE, unit),
                    driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            driver.submit(driver.memberOf(OrgDirectoryService.headsGroup(unit)), driver.task(pi, CycleProcess.SIGN_OFF_SCORES, unit),
                    CycleDriver.approve());
            driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.REVIEW_SCORES, unit), CycleDriver.approve());
        }
        driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.PREPARE_REPORT, null), CycleDriver.reportForm());
        driver.submit("snvgiamdoc", driver.task(pi, CycleProcess.APPROVE_DRAFT, null), CycleDriver.approve());
        driver.submit("chutich", driver.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(pi, CycleProcess.RECORD_SUBMISSION, null), CycleDriver.submissionForm());
    }

    /** A browser logged in to Tasklist as a demo user (and so to our pages: one login). */
    private final class Session implements AutoCloseable {

        final String user;
        final BrowserContext context;
        final Page page;

        Session(String user) {
            this.user = user;
            this.context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 1000).setTimezoneId("Asia/Ho_Chi_Minh").setLocale("vi-VN"));
            context.setDefaultTimeout(20_000);
            this.page = context.newPage();
            page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");
            TasklistLoginForm.logIn(page, user, "demo");
            // Tasklist's first render after login is the heaviest step; on a loaded 2-core machine it took over 20 s
            try {
                page.locator(".start-process-action").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // what the user saw instead of Tasklist, for the report
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(java.nio.file.Paths.get("target", "screenshots").resolve("login-timeout-" + user + ".png")));
                throw e;
            }
        }

        Page open(String path) {
            Page other = context.newPage();
            Response response = other.navigate("http://localhost:" + port + path);
            assertThat(response.status()).as(user + " opens " + path).isEqualTo(200);
            return other;
        }

        void openTask(String taskName, String unitName) {
            page.bringToFront();
            page.locator("text=Việc của đơn vị").first().click();
            page.locator("ol.tasks-list > li").filter(new Locator.FilterOptions().setHasText(taskName))
                    .filter(new Locator.FilterOptions().setHasText(unitName)).first().locator("a").first().click();
            form().locator(".fjs-form").waitFor();
            PlaywrightAssertions.assertThat(form()).containsText("Đơn vị: " + unitName);
        }

        Locator form() {
            return page.locator("[cam-tasklist-form-camunda]");
        }

        void claim() {
            page.locator("button.claim").click();
            page.locator(".disabled-form").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }

        void fill(String selector, String value) {
            page.locator(selector).fill(value);
            page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
        }

        void choose(String label) {
            form().locator("label").filter(new Locator.FilterOptions().setHasText(label)).click();
            page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
        }

        void openStartForm(String processName) {
            page.locator(".start-process-action a").click();
            page.locator(".modal-dialog").getByText(processName).click();
            page.locator(".modal-dialog .fjs-form").waitFor();
        }

        void clickStart() {
            Locator start = page.locator("button[ng-click='startProcessInstance()']");
            PlaywrightAssertions.assertThat(start).isEnabled();
            start.click();
        }

        void fillDate(String selector, LocalDate date) {
            FormJsInput.fillDate(page, selector, date, FORM_JS_DEBOUNCE_MS);
        }

        void clickComplete() {
            Locator complete = page.locator("button[ng-click='complete()']");
            PlaywrightAssertions.assertThat(complete).isEnabled();
            complete.click();
        }

        void completeAndWait() {
            Response response = page.waitForResponse(r -> r.url().endsWith("/submit-form"), this::clickComplete);
            assertThat(response.status()).as(user + " completes the task: " + response.text()).isLessThan(300);
            form().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }

        void screenshot(String step) {
            shoot(page, step);
        }

        void shoot(Page target, String step) {
            shot++;
            target.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(String.format("remediation-%02d-%s-%s.png", shot, user, step))));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
