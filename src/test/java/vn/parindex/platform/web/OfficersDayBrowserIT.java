package vn.parindex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.ChromiumSession;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;

/**
 * Issue 15 items 5 and 7 in Debian's Chromium: an officer lands on the unit's work with a count on every filter and a
 * "Nhận việc" button that stands out; Camunda Forms' client-side messages and our upload pages' file pickers speak
 * Vietnamese. Screenshots in {@code target/screenshots/officers-day/}.
 */
class OfficersDayBrowserIT extends PostgresSpringTest {

    private static final String SCENARIO = "officers-day";
    private static final List<String> ENGLISH = List.of("Field is required", "Field must have", "Value is not a number",
            "Choose File", "No file chosen", "Choose Files");

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    ResultsFixtures resultsFixtures;
    @Autowired
    CycleDriver driver;
    @Autowired
    ScoringService scoring;

    @Test
    void anOfficerLandsWhereTheUnitsWorkIsWithCountsOnEveryFilterAndAClaimButtonThatStandsOut() {
        processes.start(2026, new DeadlineDates(null, null, null, null, null, null));
        try (ChromiumSession officer = ChromiumSession.tasklist(port, "stpchuyenvien", SCENARIO)) {
            Page page = officer.page;
            PlaywrightAssertions.assertThat(page.locator(".task-filter.active h4.name")).containsText("Việc của đơn vị");
            PlaywrightAssertions.assertThat(page.locator("ol.tasks-list > li").first()).containsText("Lập kế hoạch triển khai");
            // a count on every filter, the unit's work counted
            Locator filters = page.locator(".task-filter");
            PlaywrightAssertions.assertThat(filters.first().locator(".chiso-filter-count")).hasText("1");
            for (Locator filter : filters.all()) {
                PlaywrightAssertions.assertThat(filter.locator(".chiso-filter-count")).hasText(java.util.regex.Pattern.compile("^\\d+$"));
            }
            PlaywrightAssertions.assertThat(filters.filter(new Locator.FilterOptions().setHasText("Việc của tôi"))
                    .locator(".chiso-filter-count")).hasText("0");
            officer.screenshot("tasklist-lands-on-unit-work");

            page.locator("ol.tasks-list > li").first().locator("a").first().click();
            Locator claim = page.locator("button.claim");
            PlaywrightAssertions.assertThat(claim).hasText("Nhận việc");
            PlaywrightAssertions.assertThat(claim).hasCSS("background-color", "rgb(10, 125, 50)");
            PlaywrightAssertions.assertThat(claim).hasCSS("color", "rgb(255, 255, 255)");
            officer.screenshot("claim-button");
            claim.click();
            page.locator("button.claim").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            PlaywrightAssertions.assertThat(page.locator(".task-filter").filter(new Locator.FilterOptions()
                    .setHasText("Việc của tôi")).locator(".chiso-filter-count")).hasText("1");
            officer.screenshot("claimed-counts-updated");
        }
    }

    @Test
    void camundaFormsValidationMessagesAndFilePickersAreVietnamese() {
        // the results page (an upload page) needs a cycle whose report went to the Ministry
        processes.start(2026, new DeadlineDates(null, null, null, null, null, null));
        resultsFixtures.markSubmitted(cycles.findOpen(2026).orElseThrow().id());
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", SCENARIO)) {
            Page page = snv.page;
            page.locator(".start-process-action a").click();
            page.locator(".modal-dialog").getByText("Kỳ đánh giá Chỉ số CCHC hằng năm").click();
            Locator year = page.locator(".modal-dialog input[id$='field_year']");
            year.fill("1999");
            year.blur();
            Locator errors = page.locator(".modal-dialog .fjs-form-field-error");
            PlaywrightAssertions.assertThat(errors.first()).hasText("Giá trị không được nhỏ hơn 2020.");
            snv.screenshot("form-minimum-message");
            year.fill("");
            year.blur();
            PlaywrightAssertions.assertThat(errors.first()).hasText("Vui lòng nhập thông tin này (bắt buộc).");
            snv.screenshot("form-required-message");
            assertThat(page.locator(".modal-dialog").innerText()).doesNotContain(ENGLISH);

            // our upload pages: a Vietnamese picker in place of the browser's "Choose File / No file chosen"
            Page results = snv.open("/pages/results/enter?year=2026");
            Locator picker = results.locator("label.file-picker");
            PlaywrightAssertions.assertThat(picker.first()).containsText("Chọn tệp…");
            PlaywrightAssertions.assertThat(picker.first()).containsText("Chưa chọn tệp");
            var box = picker.first().locator("input[type=file]").boundingBox();
            assertThat(box.width).as("the browser's English button is not shown").isLessThanOrEqualTo(1.0);
            assertThat(results.locator("input[type=file]").count()).isEqualTo(results.locator("label.file-picker input[type=file]").count());
            picker.first().locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "ket-qua-bo-noi-vu.xlsx", "application/octet-stream", new byte[] {1, 2, 3}));
            PlaywrightAssertions.assertThat(picker.first().locator(".file-picker-name")).hasText("ket-qua-bo-noi-vu.xlsx");
            assertThat(results.locator("body").innerText()).doesNotContain(ENGLISH);
            snv.screenshot(results, "results-file-picker");
        }
    }

    /**
     * Issue 15 item 10 at 1440 px: one line per criterion (the form is short), a running total that follows the typing,
     * "Không áp dụng" disabled where the criteria set does not allow it, the decimal comma, and the head's review table
     * inside the page.
     */
    @Test
    void theSelfScoreFormIsCompactWithARunningTotalAndTheReviewTableFits() {
        var pi = processes.start(2026, new DeadlineDates(null, null, null, null, null, null));
        processes.guidanceReceived(2026);
        long cycleId = cycles.findOpen(2026).orElseThrow().id();
        List<ScoreSheetRow> sheet = scoring.sheet(cycleId, "STP");
        var task = driver.task(pi.getId(), CycleProcess.SELF_SCORE, "STP");
        try (ChromiumSession officer = ChromiumSession.tasklist(port, "stpchuyenvien", SCENARIO, 1440, 900)) {
            Page page = officer.page;
            page.navigate(officer.url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
            Locator form = page.locator("[cam-tasklist-form-camunda] .fjs-form");
            form.locator(".chiso-criterion").first().waitFor();
            page.locator("button.claim").click();
            page.locator(".disabled-form").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            assertThat(form.locator(".chiso-criterion").count()).isEqualTo(sheet.size());
            // issue 14 item 2: scores on a sample criteria set say so where they are entered
            PlaywrightAssertions.assertThat(form).containsText(" · Bộ tiêu chí mẫu (876-2022), chưa phải bộ"
                    + " tiêu chí chính thức");
            // compact: one line per criterion, under half of the about 3,000 px that 6 criteria took before
            double height = form.boundingBox().height;
            assertThat(height).as("form height for %d criteria", sheet.size()).isLessThan(500 + 140.0 * sheet.size());
            // the decimal comma in the maxima, N/A only where the criteria set allows it
            for (int i = 0; i < sheet.size(); i++) {
                ScoreSheetRow row = sheet.get(i);
                PlaywrightAssertions.assertThat(form.locator(".chiso-max-points").nth(i)).hasText(
                        row.maxPoints().stripTrailingZeros().toPlainString().replace('.', ','));
                Locator allowed = page.locator("input[id$='item_notApplicable_" + i + "']");
                Locator locked = page.locator("input[id$='item_notApplicableLocked_" + i + "']");
                if (Boolean.TRUE.equals(row.naAllowed())) {
                    PlaywrightAssertions.assertThat(allowed).isEnabled();
                    PlaywrightAssertions.assertThat(locked).hasCount(0);
                } else {
                    PlaywrightAssertions.assertThat(locked).isDisabled();
                    PlaywrightAssertions.assertThat(allowed).hasCount(0);
                }
            }
            assertThat(sheet).as("STP's sheet has criteria where N/A is not allowed")
                    .anyMatch(row -> !Boolean.TRUE.equals(row.naAllowed()));
            // the running total follows the typing
            Locator total = form.locator(".chiso-running-total strong");
            page.locator("input[id$='item_score_0']").fill("1,5");
            PlaywrightAssertions.assertThat(total).hasText("1,5");
            page.locator("input[id$='item_score_1']").fill("0,25");
            PlaywrightAssertions.assertThat(total).hasText("1,75");
            // the fields left keep the decimal comma they were typed with (form-js writes them back with a point)
            page.locator("input[id$='item_evidenceRef_0']").click();
            PlaywrightAssertions.assertThat(page.locator("input[id$='item_score_0']")).hasValue("1,5");
            PlaywrightAssertions.assertThat(page.locator("input[id$='item_score_1']")).hasValue("0,25");
            assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling at 1440 px").isEqualTo(true);
            // every heading and checkbox label of the lines fits its column (Tasklist's task pane is about 770 px wide
            // here): none cut to "Giải trình (bắ", "Không" or "("
            Object cut = page.evaluate("() => [...document.querySelectorAll('.fjs-form-field-group .fjs-form-field-label')]"
                    + ".filter(l => l.offsetParent !== null && (l.scrollWidth > l.clientWidth + 1"
                    + " || l.getBoundingClientRect().right > l.closest('.fjs-layout-column').getBoundingClientRect().right + 1))"
                    + ".map(l => l.innerText)");
            assertThat((List<?>) cut).as("labels of the score lines cut off at 1440 px").isEmpty();
            officer.screenshot("self-score-compact-1440");
        }
        driver.submit("stpchuyenvien", task, driver.scoreForm(cycleId, "STP", CycleDriver::threeQuarters));
        var signOff = driver.task(pi.getId(), CycleProcess.SIGN_OFF_SCORES, "STP");
        try (ChromiumSession head = ChromiumSession.tasklist(port, "stpthutruong", SCENARIO, 1440, 900)) {
            Page page = head.page;
            page.navigate(head.url("/camunda/app/tasklist/default/#/?task=" + signOff.getId()));
            Locator table = page.locator("[cam-tasklist-form-camunda] .fjs-table");
            PlaywrightAssertions.assertThat(table).containsText(sheet.get(0).code());
            var lastHeader = table.locator(".fjs-table-th").last();
            PlaywrightAssertions.assertThat(lastHeader).containsText("Không áp dụng");
            var form = page.locator("[cam-tasklist-form-camunda]").boundingBox();
            var last = lastHeader.boundingBox();
            assertThat(last.x + last.width).as("the last column inside the form").isLessThanOrEqualTo(form.x + form.width + 1);
            assertThat(last.x + last.width).as("the last column inside 1440 px").isLessThanOrEqualTo(1440);
            assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling at 1440 px").isEqualTo(true);
            head.screenshot("review-table-1440");
        }
    }
}
