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
import vn.parindex.cycle.process.CycleProcessService;
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
}
