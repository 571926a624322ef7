package vn.parindex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.internalindex.process.InternalIndexProcess;
import vn.parindex.remediation.process.RemediationProcess;
import vn.parindex.support.Chromium;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 15 item 9, in Debian's Chromium as the province's leaders: Cockpit's start page counts the open tasks of the
 * processes they watch (it said "Công việc đang mở 0" while the units' plans were open), and the cycle's instance page
 * shows its variables and details in Vietnamese, without Cockpit's hard-coded English ("Actions", "&lt;null&gt;", type
 * names, "null"); the edit and delete buttons Cockpit shows them are refused by the engine, in Vietnamese.
 * Screenshots: {@code target/surefire-reports/screenshots/CockpitForLeadersBrowserIT/}.
 */
class CockpitForLeadersBrowserIT extends PostgresSpringTest {

    private static final List<String> LEADERS = List.of("snvgiamdoc", "chutich");

    @RegisterExtension
    static final Chromium chromium = Chromium.perTestClass();

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService cycles;
    @Autowired
    TaskService tasks;

    @Test
    void leadersSeeTheOpenTasksAndTheCyclesVariablesInVietnamese() {
        EngineClock.set(EngineClock.at(2026, 3, 2, 9, 0));
        ProcessInstance cycle = cycles.start(2026, DeadlineDates.none());
        cycles.guidanceReceived(2026);
        long watched = tasks.createTaskQuery().processDefinitionKeyIn(CycleProcess.PROCESS_KEY,
                RemediationProcess.PROCESS_KEY, InternalIndexProcess.PROCESS_KEY).count();
        assertThat(watched).as("the units' plans are open").isGreaterThan(10);

        HttpApi http = HttpApi.demo(port, "admin");
        for (String leader : LEADERS) {
            try (BrowserContext context = chromium.loggedIn(port, leader)) {
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
                PlaywrightAssertions.assertThat(page.locator(".open-human-tasks")).containsText("Công việc đang mở");
                PlaywrightAssertions.assertThat(page.locator(".open-human-tasks .value"))
                        .hasText(Pattern.compile("^\\s*" + watched + "\\s*$"));
                chromium.screenshot(page, leader + "-cockpit-start-page");

                page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
                        + cycle.getId() + "/runtime?tab=variables-tab");
                Locator variables = page.locator(".cam-table").first();
                PlaywrightAssertions.assertThat(variables).containsText("cycleId");
                PlaywrightAssertions.assertThat(variables.locator("thead")).containsText("Thao tác");
                PlaywrightAssertions.assertThat(page.locator(".super-process-instance-id")).hasText(Pattern.compile("^\\s*không có\\s*$"));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(variables.innerText()).as("%s: the variables' table in Vietnamese", leader)
                        .doesNotContain("Actions", "<null>", "Download").doesNotContainPattern("\\b(String|Null|Boolean|Long|Integer|Date)\\b");
                assertThat(page.locator("dl").first().innerText()).as("%s: the instance's details", leader).doesNotContain("null");
                chromium.screenshot(page, leader + "-cycle-variables");

                // the pencil and the bin are Cockpit's, shown to anyone who may read: the engine refuses, in Vietnamese
                Response edit = http.put(leader, "/engine-rest/process-instance/" + cycle.getId() + "/variables/cycleId",
                        Map.of("value", 2, "type", "Long"));
                assertThat(edit.status()).as("%s edits a variable of the cycle", leader).isEqualTo(403);
                assertThat(edit.json().get("message").asText()).contains("Bạn không có quyền");
                assertThat(http.send("DELETE", leader, "/engine-rest/process-instance/" + cycle.getId() + "/variables/cycleId",
                        null, Map.of()).status()).as("%s deletes a variable of the cycle", leader).isEqualTo(403);
            }
        }
    }
}
