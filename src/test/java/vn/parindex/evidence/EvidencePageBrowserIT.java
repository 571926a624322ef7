package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.Chromium;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 15, items 1 and 11, in Debian's Chromium through Tasklist: the self-scoring form opens the evidence page in a
 * new tab (what the officer typed stays), the evidence page links back to the task, names the uploader, shows real
 * sizes and lets the uploader delete a file of the sheet not yet submitted (logged); SNV's review form shows the
 * head's comment; a refused start form shows one Vietnamese banner.
 * Screenshots: {@code target/surefire-reports/screenshots/EvidencePageBrowserIT/}.
 */
class EvidencePageBrowserIT extends PostgresSpringTest {

    private static final int FORM_JS_DEBOUNCE_MS = 350;

    @RegisterExtension
    static final Chromium chromium = Chromium.perTestClass();

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService cycles;
    @Autowired
    CycleService cycleService;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEvidencePageOpensBesideTheFormAndTheUploaderMayDeleteTheirOwnFile() {
        ProcessInstance cycle = cycles.start(2026, DeadlineDates.none());
        cycles.guidanceReceived(2026);
        long cycleId = cycleService.findOpen(2026).orElseThrow().id();
        Task selfScore = driver.task(cycle.getId(), CycleProcess.SELF_SCORE, "STP");
        // a file of an earlier, submitted sheet (another task): it stays, whoever asks
        EvidenceDocument earlier = evidence.add(cycleId, "STP", firstItem(cycleId), "nhiem-vu-truoc", "bien-ban-cu.pdf",
                pdfOf(5000), "stpchuyenvien");

        try (BrowserContext browser = chromium.loggedIn(port, "stpchuyenvien")) {
            Page tasklist = browser.newPage();
            tasklist.navigate(url("/camunda/app/tasklist/default/#/?task=" + selfScore.getId()));
            Locator form = tasklist.locator("[cam-tasklist-form-camunda]");
            form.locator(".fjs-form").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            tasklist.locator("button.claim").click();
            tasklist.locator(".disabled-form").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            Locator score = tasklist.locator("input[id$='item_score_0']");
            score.fill("0,5");
            tasklist.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            Locator explanation = tasklist.locator("textarea[id$='item_explanation_0'], input[id$='item_explanation_0']").first();
            explanation.fill("Đang bổ sung biên bản kiểm tra.");
            tasklist.waitForTimeout(FORM_JS_DEBOUNCE_MS);

            Locator link = form.locator("a", new Locator.LocatorOptions().setHasText("tải lên, xem tệp"));
            assertThat(link.getAttribute("target")).as("the evidence page opens beside the form").isEqualTo("_blank");
            Page evidencePage = browser.waitForPage(link::click);
            evidencePage.waitForLoadState();
            assertThat(evidencePage.url()).contains("/pages/evidence?task=" + selfScore.getId());
            // the form keeps what the officer typed, with the decimal comma it was typed with
            PlaywrightAssertions.assertThat(score).hasValue("0,5");
            PlaywrightAssertions.assertThat(explanation).hasValue("Đang bổ sung biên bản kiểm tra.");
            chromium.screenshot(tasklist, "form-keeps-typed-values");

            PlaywrightAssertions.assertThat(evidencePage.locator("nav a").first()).hasText("Bảng theo dõi tiến độ");
            assertThat(evidencePage.locator("#back-to-task").getAttribute("href"))
                    .isEqualTo("/camunda/app/tasklist/default/#/?task=" + selfScore.getId());
            // maxima with the decimal comma, as the form beside it shows them ("1,5", never "1.50")
            assertThat(evidencePage.locator("#items tbody tr td:nth-child(3)").allInnerTexts())
                    .isNotEmpty().allMatch(max -> max.trim().matches("\\d+(,\\d+)?"));
            String item = firstItem(cycleId);
            Locator row = evidencePage.locator("tr[data-item='" + item + "']");
            row.locator("input[type=file]").setInputFiles(new FilePayload("bien-ban-kiem-tra.pdf", "application/pdf",
                    pdfOf(210)));
            row.locator("form:not(.delete) button[type=submit]").click();
            PlaywrightAssertions.assertThat(evidencePage.locator("#added")).containsText("Đã tải lên \"bien-ban-kiem-tra.pdf\"");
            Locator uploaded = row.locator(".file", new Locator.LocatorOptions().setHasText("bien-ban-kiem-tra.pdf"));
            PlaywrightAssertions.assertThat(uploaded).containsText("(210 byte, Trần Văn Minh, ");
            Locator old = row.locator(".file", new Locator.LocatorOptions().setHasText("bien-ban-cu.pdf"));
            PlaywrightAssertions.assertThat(old).containsText("(4,9 KB, Trần Văn Minh, ");
            assertThat(old.locator("form.delete").count()).as("a file of a submitted sheet has no delete button").isZero();
            chromium.screenshot(evidencePage, "evidence-uploaded-210-bytes");

            uploaded.locator("form.delete button").click();
            PlaywrightAssertions.assertThat(evidencePage.locator("#added")).containsText("Đã xóa tệp \"bien-ban-kiem-tra.pdf\"");
            PlaywrightAssertions.assertThat(row.locator(".file", new Locator.LocatorOptions().setHasText("bien-ban-kiem-tra.pdf")))
                    .hasCount(0);
            chromium.screenshot(evidencePage, "evidence-deleted");
            assertThat(jdbc.sql("select file_name || '|' || size_bytes || '|' || uploaded_by || '|' || deleted_by"
                    + " from evidence_deletion").query(String.class).list())
                    .containsExactly("bien-ban-kiem-tra.pdf|210|stpchuyenvien|stpchuyenvien");

            // the earlier file cannot be deleted by a hand-made request either
            String csrf = csrfOf(evidencePage.content());
            var refused = browser.request().post(url("/pages/evidence/files/" + earlier.id() + "/delete?task="
                    + selfScore.getId()), RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(evidence.find(earlier.id())).isPresent();

            // back to the task: the link opens it in Tasklist
            evidencePage.locator("#back-to-task").click();
            evidencePage.locator("[cam-tasklist-form-camunda] .fjs-form").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            assertThat(evidencePage.url()).contains("task=" + selfScore.getId());
        }

        // the head deletes nothing of the officer's (the officer's claimed task is the officer's alone: access
        // follows the assignee, issue 16; the head sees the unit's files at the sign-off task)
        try (BrowserContext head = chromium.loggedIn(port, "stpthutruong")) {
            Page page = head.newPage();
            page.navigate(url("/pages/evidence?task=" + selfScore.getId()));
            page.waitForLoadState();
            assertThat(page.locator("form.delete").count()).isZero();
        }
    }

    @Test
    void snvsReviewShowsTheHeadsCommentAndARefusedStartIsExplainedInOneLine() {
        ProcessInstance cycle = cycles.start(2026, DeadlineDates.none());
        driver.submit("stpchuyenvien", driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP"), CycleDriver.planForm("STP"));
        driver.submit("stpthutruong", driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "STP"),
                CycleDriver.decision("APPROVE", "Đồng ý, kế hoạch đã phân công đủ các tiêu chí."));
        Task review = driver.task(cycle.getId(), CycleProcess.REVIEW_PLAN, "STP");

        try (BrowserContext browser = chromium.loggedIn(port, "snvdieuphoi")) {
            Page tasklist = browser.newPage();
            tasklist.navigate(url("/camunda/app/tasklist/default/#/?task=" + review.getId()));
            Locator form = tasklist.locator("[cam-tasklist-form-camunda]");
            form.locator(".fjs-form").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            PlaywrightAssertions.assertThat(form).containsText(
                    "Ý kiến của thủ trưởng đơn vị khi ký duyệt: Đồng ý, kế hoạch đã phân công đủ các tiêu chí. (Trương Công Sơn, ");
            chromium.screenshot(tasklist, "snv-review-shows-heads-comment");

            // a second cycle for 2026 is refused: one banner, in Vietnamese, with the reason
            tasklist.locator(".start-process-action a").click();
            tasklist.locator(".modal-dialog").getByText("Kỳ đánh giá Chỉ số CCHC hằng năm").click();
            Locator year = tasklist.locator(".modal-dialog input[id$='field_year']");
            year.waitFor();
            year.fill("2026");
            tasklist.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            tasklist.locator("button[ng-click='startProcessInstance()']").click();
            Locator banners = tasklist.locator(".alert:visible");
            PlaywrightAssertions.assertThat(banners.first()).containsText("Kỳ đánh giá Chỉ số CCHC năm 2026 đang mở");
            // past Tasklist's periodic refresh (every 10 s), which re-reads the task shown behind the dialog
            tasklist.waitForTimeout(11_000);
            chromium.screenshot(tasklist, "refused-start-one-banner");
            java.util.List<String> shown = shownBanners(tasklist);
            assertThat(shown).as("banners a person sees after the refused start").hasSize(1);
            assertThat(shown.get(0)).startsWith("Không khởi tạo được quy trình:")
                    .contains("Kỳ đánh giá Chỉ số CCHC năm 2026 đang mở").doesNotContain(". :", "ENGINE-", "không còn mở");

            // the dialog closed, its banner goes with it; the review task behind it is still there, no "task removed"
            tasklist.locator(".modal-dialog .modal-footer button[ng-click='$dismiss()']").click();
            tasklist.locator(".modal-dialog").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(60_000));
            tasklist.waitForTimeout(11_000);
            chromium.screenshot(tasklist, "refused-start-dialog-closed");
            assertThat(shownBanners(tasklist)).as("banners after the dialog closed").isEmpty();
            PlaywrightAssertions.assertThat(form).containsText("Ý kiến của thủ trưởng đơn vị khi ký duyệt");
        }
    }

    /**
     * The texts of the alerts a person sees: displayed, with an area, and not clipped away by an ancestor (Tasklist
     * keeps its "task removed" alert in the page, hidden in a container of height 0, which Playwright's
     * {@code :visible} still counts).
     */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> shownBanners(Page page) {
        return (java.util.List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.alert')].filter((alert) => {
                  const rect = alert.getBoundingClientRect();
                  if (rect.width < 1 || rect.height < 1 || getComputedStyle(alert).visibility === 'hidden') {
                    return false;
                  }
                  for (let up = alert.parentElement; up; up = up.parentElement) {
                    const style = getComputedStyle(up);
                    if (style.display === 'none') {
                      return false;
                    }
                    if (style.overflow !== 'visible') {
                      const box = up.getBoundingClientRect();
                      if (Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top) < 1) {
                        return false;
                      }
                    }
                    if (style.position === 'fixed') {
                      return true; // a dialog: what lies above it does not clip it
                    }
                  }
                  return true;
                }).map((alert) => alert.innerText.replace(/\\s+/g, ' ').replace(/^×\\s*/, '').trim())""");
    }

    @Autowired
    vn.parindex.scoring.ScoringService scoring;

    private String firstItem(long cycleId) {
        return scoring.sheet(cycleId, "STP").get(0).code();
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** A PDF of exactly {@code size} bytes, as a scanner would write a small one. */
    private static byte[] pdfOf(int size) {
        byte[] head = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = Arrays.copyOf(head, size);
        Arrays.fill(pdf, head.length, size - tail.length, (byte) ' ');
        pdf[head.length] = '%';
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
