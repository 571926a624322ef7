package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.ChromiumSession;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.FormJsInput;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;
import vn.parindex.workflow.process.TaskForms;

/**
 * Issue 14 item 5 as the roles see it in Debian's Chromium: after the report went to the Ministry, Sở Nội vụ's
 * coordinator pastes the Ministry's appraised scores on the results page (opened in a new tab from the task) and records
 * the notice; Sở Tư pháp's officer explains its items that lost points on a sheet prefilled from the gap analysis (the
 * self score, the appraised score, the evidence given, a link to the evidence page that keeps what was typed); Sở Nội
 * vụ consolidates; the Chairman returns the report once, then approves it; Sở Nội vụ records its sending; the report
 * .docx is downloaded from the form where Sở Nội vụ works next and read as an official would (Nghị định 30/2020,
 * names not codes, no "null"). The earlier stages run through the engine, as the process tests do.
 * Screenshots: {@code target/screenshots/AppraisalExplanationBrowserIT/}.
 */
class AppraisalExplanationBrowserIT extends PostgresSpringTest {

    private static final int YEAR = 2026;
    private static final String SCENARIO = "AppraisalExplanationBrowserIT";
    private static final int FORM_JS_DEBOUNCE_MS = 400;
    /** What nobody reading the forms should meet: login ids, unit codes, English or template leftovers. */
    private static final List<String> NOT_FOR_READERS = List.of("null", "undefined", "{{", "snvdieuphoi", "stpchuyenvien",
            "chutich", "Tasklist", "JSON", "Cockpit", "STP", "SNV", "VPUBND");

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    CriteriaService criteria;
    @Autowired
    ResultsFixtures fixtures;
    @Autowired
    ExplanationService explanations;
    @Autowired
    JdbcClient jdbc;
    @Test
    void theRolesRecordTheAppraisalExplainApproveAndSendTheExplanationReport() throws Exception {
        String pi = processes.start(YEAR, DeadlineDates.none()).getId();
        long cycleId = cycles.findOpen(YEAR).orElseThrow().id();
        submitTheSelfAssessment(pi, cycleId);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")); // the server refuses dates after today

        // the Ministry scored two of Sở Tư pháp's items and one of Sở Nội vụ's lower than the self-scores
        List<String> stpItems = criteria.assignmentsOf(YEAR, "STP").stream().map(a -> a.item().code()).toList();
        String snvItem = criteria.assignmentsOf(YEAR, "SNV").get(0).item().code();
        Map<String, String> lowered = Map.of(stpItems.get(0), "0", stpItems.get(1), "0", snvItem, "0");
        String pasted = fixtures.entry(YEAR, lowered).items().stream()
                .map(item -> item.code() + "\t" + item.score()).collect(Collectors.joining("\n"));

        // --- Sở Nội vụ records the appraisal: the scores on the results page (a new tab), then the notice
        Task record = driver.task(pi, CycleProcess.RECORD_APPRAISAL, null);
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", SCENARIO)) {
            openTask(snv, record);
            Locator form = form(snv.page);
            PlaywrightAssertions.assertThat(form).containsText("Đơn vị: Sở Nội vụ");
            PlaywrightAssertions.assertThat(form).containsText("Kết quả thẩm định: Chưa ghi nhận");
            claim(snv.page);
            fill(snv.page, "input[id$='field_appraisalNoticeRef']", "Thông báo số 123/BNV-CCHC");
            Locator resultsLink = form.locator("a", new Locator.LocatorOptions().setHasText("Nhập kết quả của Bộ Nội vụ"));
            assertThat(resultsLink.getAttribute("target")).as("the results page opens beside the form").isEqualTo("_blank");
            Page results = snv.page.waitForPopup(resultsLink::click);
            results.waitForLoadState();
            PlaywrightAssertions.assertThat(results.locator("h1")).containsText("Nhập kết quả Chỉ số CCHC năm 2026");
            results.locator("#paste-form input[name=decisionRef]").fill("Thông báo số 123/BNV-CCHC ngày "
                    + vnDate(today));
            results.locator("#paste-form textarea[name=pasted]").fill(pasted);
            snv.screenshot(results, "01-results-page-pasted");
            results.waitForNavigation(() -> results.locator("#paste-results").click());
            PlaywrightAssertions.assertThat(results.locator("#message")).containsText("Đã lưu kết quả của Bộ Nội vụ (lần nhập thứ 1)");
            // the scores are on the sample criteria set, and the notice is not a publication
            PlaywrightAssertions.assertThat(results.locator("#criteria-set-note")).containsText("Bộ tiêu chí mẫu (876-2022)");
            PlaywrightAssertions.assertThat(results.locator("main")).containsText("Văn bản của Bộ Nội vụ: Thông báo số 123/BNV-CCHC");
            snv.screenshot(results, "02-results-saved");
            results.close();
            // what was typed before going to the results page is still there
            PlaywrightAssertions.assertThat(snv.page.locator("input[id$='field_appraisalNoticeRef']"))
                    .hasValue("Thông báo số 123/BNV-CCHC");
            fill(snv.page, "input[id$='field_appraisalNoticeRef']", "Thông báo số 123/BNV-CCHC ngày " + vnDate(today));
            FormJsInput.fillDate(snv.page, "input[id$='field_appraisalReceivedOn-date']", today, FORM_JS_DEBOUNCE_MS);
            readable(snv.page);
            snv.screenshot("03-record-appraisal");
            completeAndWait(snv);
        }
        assertThat(driver.openTasks(pi, CycleProcess.PREPARE_EXPLANATION))
                .extracting(task -> (String) tasks.getVariable(task.getId(), CycleProcess.UNIT_CODE))
                .containsExactlyInAnyOrder("STP", "SNV");

        // --- Sở Tư pháp's officer explains on the prefilled sheet
        Task stpTask = driver.task(pi, CycleProcess.PREPARE_EXPLANATION, "STP");
        var stpLost = explanations.sheet(cycleId, "STP");
        assertThat(stpLost).hasSize(2);
        try (ChromiumSession officer = ChromiumSession.tasklist(port, "stpchuyenvien", SCENARIO)) {
            Page page = officer.page;
            // found in the unit's list as the officer finds it
            page.locator("text=Việc của đơn vị").first().click();
            page.locator("ol.tasks-list > li").filter(new Locator.FilterOptions().setHasText("Giải trình các tiêu chí bị trừ điểm"))
                    .first().locator("a").first().click();
            Locator form = form(page);
            form.locator(".fjs-form").waitFor();
            PlaywrightAssertions.assertThat(form).containsText("Đơn vị: Sở Tư pháp");
            PlaywrightAssertions.assertThat(form).containsText("Bộ tiêu chí mẫu");
            PlaywrightAssertions.assertThat(form).containsText("Thông báo số 123/BNV-CCHC");
            PlaywrightAssertions.assertThat(form).containsText("3 tiêu chí bị trừ");
            // prefilled from the gap analysis: the item, the scores, the points lost, the evidence given
            for (int i = 0; i < stpLost.size(); i++) {
                var item = stpLost.get(i);
                PlaywrightAssertions.assertThat(page.locator("input[id$='expl_code_" + i + "']")).hasValue(item.code());
                PlaywrightAssertions.assertThat(page.locator("textarea[id$='expl_name_" + i + "']")).hasValue(item.name());
                // the points with the decimal comma, as the officer reads them (0,75 of 1; 1,13 of 1,5)
                PlaywrightAssertions.assertThat(page.locator("input[id$='expl_selfScore_" + i + "']"))
                        .hasValue(vn.parindex.common.VietnameseFormat.points(item.selfScore()));
                assertThat(page.locator("input[id$='expl_selfScore_" + i + "']").inputValue()).contains(",");
                PlaywrightAssertions.assertThat(page.locator("input[id$='expl_appraisedScore_" + i + "']")).hasValue("0");
                PlaywrightAssertions.assertThat(page.locator("input[id$='expl_lostPoints_" + i + "']"))
                        .hasValue(vn.parindex.common.VietnameseFormat.points(item.lostPoints()));
                PlaywrightAssertions.assertThat(page.locator("textarea[id$='expl_evidence_" + i + "']"))
                        .hasValue("Văn bản số 15/BC-STP về " + item.code());
            }
            PlaywrightAssertions.assertThat(page.locator("[id$='group_explanationItem_2']")).isHidden();
            claim(page);
            fill(page, "textarea[id$='expl_explanation_0']", "Sở Tư pháp đã ban hành kế hoạch đúng hạn, có văn bản kèm theo.");
            fill(page, "input[id$='expl_additionalEvidence_0']", "Quyết định 45/QĐ-STP ngày 10/01/2027");
            // the evidence page opens in a new tab; what was typed stays in the form
            Locator evidenceLink = form.locator("a", new Locator.LocatorOptions().setHasText("xem các tệp đơn vị đã tải lên"));
            assertThat(evidenceLink.getAttribute("target")).isEqualTo("_blank");
            Page evidence = page.waitForPopup(evidenceLink::click);
            PlaywrightAssertions.assertThat(evidence.locator("h1")).containsText("Sở Tư pháp");
            officer.screenshot(evidence, "04-evidence-page-from-the-explanation");
            evidence.close();
            PlaywrightAssertions.assertThat(page.locator("textarea[id$='expl_explanation_0']"))
                    .hasValue("Sở Tư pháp đã ban hành kế hoạch đúng hạn, có văn bản kèm theo.");
            fill(page, "textarea[id$='expl_explanation_1']", "Tiêu chí đã thực hiện đầy đủ, đề nghị xem xét lại.");
            readable(page);
            officer.screenshot("05-explanation-filled");
            completeAndWait(officer);
        }
        // Sở Nội vụ's own unit explains through the engine
        driver.submit("snvchuyenvien", driver.task(pi, CycleProcess.PREPARE_EXPLANATION, "SNV"),
                Map.of("explanationItems", TaskForms.json(explanations.sheet(cycleId, "SNV").stream().map(item -> Map.of(
                        "code", item.code(), "explanation", "Sở Nội vụ đã hoàn thành nhiệm vụ.",
                        "additionalEvidence", "")).toList())));

        // --- Sở Nội vụ consolidates; the Chairman returns it once; Sở Nội vụ revises it
        String summary = "Tỉnh giải trình 3 tiêu chí bị trừ điểm của Sở Tư pháp và Sở Nội vụ, kèm tài liệu bổ sung.";
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", SCENARIO)) {
            openTask(snv, driver.task(pi, CycleProcess.CONSOLIDATE_EXPLANATION, null));
            Locator table = form(snv.page).locator("table");
            PlaywrightAssertions.assertThat(table).containsText("Sở Tư pháp");
            // each item by its code and name
            PlaywrightAssertions.assertThat(table).containsText(stpLost.get(0).code() + ". " + stpLost.get(0).name());
            PlaywrightAssertions.assertThat(table).containsText("Quyết định 45/QĐ-STP ngày 10/01/2027");
            PlaywrightAssertions.assertThat(table).containsText("Sở Nội vụ đã hoàn thành nhiệm vụ.");
            claim(snv.page);
            readable(snv.page);
            fill(snv.page, "textarea[id$='field_explanationSummary']", summary);
            fill(snv.page, "textarea[id$='field_explanationRequests']", "Đề nghị Bộ Nội vụ xem xét lại điểm các tiêu chí "
                    + String.join(", ", stpItems.subList(0, 2)) + ", " + snvItem + ".");
            snv.screenshot("06-consolidation");
            completeAndWait(snv);
        }
        try (ChromiumSession chairman = ChromiumSession.tasklist(port, "chutich", SCENARIO)) {
            openTask(chairman, driver.task(pi, CycleProcess.APPROVE_EXPLANATION, null));
            PlaywrightAssertions.assertThat(form(chairman.page)).containsText(summary);
            docxFromTheForm(chairman); // the draft: blanks for the number and date
            claim(chairman.page);
            choose(chairman.page, "Trả lại Sở Nội vụ");
            fill(chairman.page, "textarea[id$='field_comment']", "Bổ sung số liệu cụ thể của từng tiêu chí.");
            readable(chairman.page);
            chairman.screenshot("07-chairman-returns");
            completeAndWait(chairman);
        }
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", SCENARIO)) {
            openTask(snv, driver.task(pi, CycleProcess.CONSOLIDATE_EXPLANATION, null));
            PlaywrightAssertions.assertThat(form(snv.page)).containsText("Bổ sung số liệu cụ thể của từng tiêu chí.");
            // what was written before the return is there to revise
            PlaywrightAssertions.assertThat(snv.page.locator("textarea[id$='field_explanationSummary']")).hasValue(summary);
            claim(snv.page);
            fill(snv.page, "textarea[id$='field_explanationSummary']", summary + " Số liệu cụ thể tại Phụ lục kèm theo.");
            readable(snv.page);
            snv.screenshot("08-consolidation-after-return");
            completeAndWait(snv);
        }
        try (ChromiumSession chairman = ChromiumSession.tasklist(port, "chutich", SCENARIO)) {
            openTask(chairman, driver.task(pi, CycleProcess.APPROVE_EXPLANATION, null));
            claim(chairman.page);
            choose(chairman.page, "Phê duyệt báo cáo giải trình");
            chairman.screenshot("09-chairman-approves");
            completeAndWait(chairman);
        }

        // --- Sở Nội vụ records the sending, then finds the report as sent where it works next
        try (ChromiumSession snv = ChromiumSession.tasklist(port, "snvdieuphoi", SCENARIO)) {
            openTask(snv, driver.task(pi, CycleProcess.SUBMIT_EXPLANATION, null));
            claim(snv.page);
            fill(snv.page, "input[id$='field_explanationNumber']", "31/BC-UBND");
            FormJsInput.fillDate(snv.page, "input[id$='field_explanationDate-date']", today, FORM_JS_DEBOUNCE_MS);
            snv.page.locator("input[id$='field_explanationEntered']").check();
            snv.page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
            readable(snv.page);
            snv.screenshot("10-submit-explanation");
            completeAndWait(snv);

            openTask(snv, driver.task(pi, CycleProcess.RECORD_PUBLISHED_RESULTS, null));
            PlaywrightAssertions.assertThat(form(snv.page)).containsText("Báo cáo giải trình đã gửi Bộ Nội vụ: số 31/BC-UBND ngày "
                    + String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
            readable(snv.page);
            snv.screenshot("11-published-results-form-with-the-report");
            byte[] docx = docxFromTheForm(snv);
            OfficialLayoutAssertions.assertOfficialLayout(docx, new OfficialLayoutAssertions.Expected(
                    List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "BC-UBND", "Lâm Đồng", "BÁO CÁO",
                    "Giải trình kết quả thẩm định Chỉ số cải cách hành chính năm 2026 của tỉnh Lâm Đồng", "31/BC-UBND",
                    officialDate(today), List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Võ Quang Trí"));
            try (var document = OfficialLayoutAssertions.open(docx)) {
                String text = new XWPFWordExtractor(document).getText();
                assertThat(text).contains("Kính gửi: Bộ Nội vụ.", "Thông báo số 123/BNV-CCHC", "Sở Tư pháp", "Sở Nội vụ",
                                "Quyết định 45/QĐ-STP ngày 10/01/2027", "Số liệu cụ thể tại Phụ lục kèm theo.",
                                stpLost.get(0).name(), "Lưu: VT, SNV")
                        .doesNotContain("null", "chutich", "snvdieuphoi", "stpchuyenvien", "Bình Thuận");
                // the units by name in the table, never their codes
                var rows = document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("TT"))
                        .findFirst().orElseThrow().getRows();
                assertThat(rows.subList(1, rows.size())).extracting(row -> row.getCell(2).getText())
                        .containsOnly("Sở Tư pháp", "Sở Nội vụ");
            }
        }
        assertThat(jdbc.sql("select decision || ':' || decided_by from decision_log where work_kind = 'CYCLE' and work_id = ? "
                + "and step = 'EXPLANATION_APPROVAL' order by decided_at").param(cycleId).query(String.class).list())
                .containsExactly("RETURN:chutich", "APPROVE:chutich");
    }

    // ------------------------------------------------------------------ the stages before, through the engine

    private void submitTheSelfAssessment(String pi, long cycleId) {
        for (String unit : cycles.planUnits(cycleId)) {
            driver.submitAsEngine(pi, CycleProcess.PREPARE_PLAN, unit, CycleDriver.planForm(unit));
            driver.submitAsEngine(pi, CycleProcess.SIGN_OFF_PLAN, unit, CycleDriver.approve());
            driver.submitAsEngine(pi, CycleProcess.REVIEW_PLAN, unit, CycleDriver.approve());
        }
        processes.guidanceReceived(YEAR);
        for (String unit : cycles.scoringUnits(cycleId)) {
            driver.submitAsEngine(pi, CycleProcess.SELF_SCORE, unit, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            driver.submitAsEngine(pi, CycleProcess.SIGN_OFF_SCORES, unit, CycleDriver.approve());
            driver.submitAsEngine(pi, CycleProcess.REVIEW_SCORES, unit, CycleDriver.approve());
        }
        driver.submitAsEngine(pi, CycleProcess.PREPARE_REPORT, null, CycleDriver.reportForm());
        driver.submitAsEngine(pi, CycleProcess.APPROVE_DRAFT, null, CycleDriver.approve());
        driver.submit("chutich", driver.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null), CycleDriver.approve());
        driver.submitAsEngine(pi, CycleProcess.RECORD_SUBMISSION, null, CycleDriver.submissionForm());
        assertThat(driver.openTasks(pi, CycleProcess.RECORD_APPRAISAL)).hasSize(1);
    }

    // ------------------------------------------------------------------ Tasklist as a user works it

    private static void openTask(ChromiumSession session, Task task) {
        session.page.navigate(session.url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        form(session.page).locator(".fjs-form").waitFor();
    }

    private static Locator form(Page page) {
        return page.locator("[cam-tasklist-form-camunda]");
    }

    private static void claim(Page page) {
        page.locator("button.claim").click();
        page.locator(".disabled-form").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Types into a form-js field and lets its debounce apply the value before the next field changes. */
    private static void fill(Page page, String selector, String value) {
        page.locator(selector).fill(value);
        page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
    }

    private static void choose(Page page, String label) {
        form(page).locator("label").filter(new Locator.FilterOptions().setHasText(label)).click();
        page.waitForTimeout(FORM_JS_DEBOUNCE_MS);
    }

    private static void completeAndWait(ChromiumSession session) {
        Locator complete = session.page.locator("button[ng-click='complete()']");
        PlaywrightAssertions.assertThat(complete).isEnabled();
        Response response = session.page.waitForResponse(r -> r.url().endsWith("/submit-form"), complete::click);
        assertThat(response.status()).as(session.user + " completes the task: " + response.text()).isLessThan(300);
        form(session.page).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** No code, login id, English word or "null" in the form, and no label cut off as Tasklist lays it out. */
    private static void readable(Page page) {
        String text = form(page).innerText();
        for (String word : NOT_FOR_READERS) {
            // a code inside a document's symbol ("45/QĐ-STP") is the document's number, not a unit shown by its code
            assertThat(text).as("the form shows " + word)
                    .doesNotContainPattern("(?<![-/])\\b" + java.util.regex.Pattern.quote(word) + "\\b");
        }
        Object cut = page.evaluate("() => [...document.querySelectorAll('[cam-tasklist-form-camunda] .fjs-form-field-label')]"
                + ".filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1).map(l => l.innerText)");
        assertThat((List<?>) cut).as("labels cut off").isEmpty();
    }

    /** The report as the form's link downloads it, with the user's login; a Word file. */
    private byte[] docxFromTheForm(ChromiumSession session) {
        Locator link = form(session.page).locator("a[href$='explanation-report.docx']").last();
        PlaywrightAssertions.assertThat(link).isVisible();
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        var download = session.context.request().get(session.url(link.getAttribute("href")));
        assertThat(download.status()).as("the report downloads").isEqualTo(200);
        assertThat(download.headers().get("content-disposition")).contains("bao-cao-giai-trinh-chi-so-cchc-2026.docx");
        return download.body();
    }

    private static String vnDate(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** "ngày 06 tháng 12 năm 2026": Nghị định 30/2020 writes days below 10 and the months 1 and 2 with a zero. */
    private static String officialDate(LocalDate day) {
        return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
                + (day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue()))
                + " năm " + day.getYear();
    }
}
