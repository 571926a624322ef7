package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.Chromium;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 15, items 2 and 11, in Debian's Chromium as the province's roles: the unit drill-down lists the unit's open
 * tasks (who holds them, which group may take them, due date, working days late, a link into Tasklist); the quarterly
 * page says which quarters are late; the notification log offers only the year's units and has the menu.
 * Screenshots: {@code target/surefire-reports/screenshots/DashboardBrowserIT/}.
 */
class DashboardBrowserIT extends PostgresSpringTest {

    private static final List<String> PROVINCE_ROLES = List.of("snvdieuphoi", "snvgiamdoc", "chutich", "phochutich");

    @RegisterExtension
    static final Chromium chromium = Chromium.perTestClass();

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService tasks;

    @Test
    void everyProvinceRoleSeesTheOpenTasksOfAUnitLateByWorkingDays() {
        EngineClock.set(EngineClock.at(2026, 7, 1, 9, 0));
        ProcessInstance cycle = cycles.start(2026, DeadlineDates.none());
        Task sct = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "SCT");
        // STP's officer has taken the plan: the drill-down names who holds it
        Task stp = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        driver.asUser("stpchuyenvien", () -> tasks.claim(stp.getId(), "stpchuyenvien"));

        for (String role : PROVINCE_ROLES) {
            try (BrowserContext browser = chromium.loggedIn(port, role)) {
                Page page = browser.newPage();
                page.navigate(url("/pages/dashboard?year=2026"));
                page.locator("tr[data-unit='SCT'] a").first().click();
                page.waitForURL(url -> url.contains("/pages/dashboard/unit?year=2026&unit=SCT"));
                Locator row = page.locator("#open-tasks tr[data-task='" + sct.getId() + "']");
                PlaywrightAssertions.assertThat(row).containsText("Lập kế hoạch triển khai");
                PlaywrightAssertions.assertThat(row).containsText("chưa có người nhận");
                PlaywrightAssertions.assertThat(row).containsText("Chuyên viên – Sở Công Thương");
                PlaywrightAssertions.assertThat(row).containsText("17:00 27/02/2026");
                assertThat(Integer.parseInt(row.locator("td.late").innerText().replaceAll("\\D", "")))
                        .as("working days from 28/02 to 01/07/2026").isBetween(80, 90);
                assertThat(row.locator("a").getAttribute("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + sct.getId());
                assertThat(page.content()).doesNotContain("Không có công việc đang mở.");
                chromium.screenshot(page, "drill-down-SCT-" + role);

                page.navigate(url("/pages/dashboard/unit?year=2026&unit=STP"));
                PlaywrightAssertions.assertThat(page.locator("#open-tasks tr[data-task='" + stp.getId() + "']"))
                        .containsText("Trần Văn Minh");
            }
        }
    }

    @Test
    void theQuarterlyPageSaysWhichQuartersAreLateAndTheLogListsOnlyTheYearsUnits() {
        EngineClock.set(EngineClock.at(2026, 7, 1, 9, 0));
        cycles.start(2026, DeadlineDates.none());
        try (BrowserContext browser = chromium.loggedIn(port, "snvdieuphoi")) {
            Page page = browser.newPage();
            page.navigate(url("/pages/dashboard/quarterly?year=2026"));
            Locator reports = page.locator(".province-report");
            PlaywrightAssertions.assertThat(reports).hasCount(4);
            // Q1 and Q2 were due (and nobody opened them); Q3 and Q4 are ahead
            PlaywrightAssertions.assertThat(reports.nth(0)).containsText("Quá hạn gửi Bộ Nội vụ, kỳ báo cáo chưa được mở");
            PlaywrightAssertions.assertThat(reports.nth(1)).containsText("Quá hạn gửi Bộ Nội vụ, kỳ báo cáo chưa được mở");
            PlaywrightAssertions.assertThat(reports.nth(1)).containsText("ngày làm việc");
            PlaywrightAssertions.assertThat(reports.nth(2)).containsText("Chưa đến kỳ báo cáo");
            PlaywrightAssertions.assertThat(reports.nth(3)).containsText("Chưa đến kỳ báo cáo");
            chromium.screenshot(page, "quarterly-late-quarters");

            page.navigate(url("/pages/notifications?year=2026"));
            PlaywrightAssertions.assertThat(page.locator("nav a").first()).hasText("Bảng theo dõi tiến độ");
            List<String> options = page.locator("select[name=unit] option").allInnerTexts();
            assertThat(options).contains("Sở Tư pháp", "Sở Nội vụ")
                    .doesNotContain("Sở Kế hoạch và Đầu tư")
                    .noneMatch(option -> option.startsWith("UBND huyện"));
            chromium.screenshot(page, "notification-log-units-of-2026");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
