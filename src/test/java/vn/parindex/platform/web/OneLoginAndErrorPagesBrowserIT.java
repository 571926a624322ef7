package vn.parindex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.Chromium;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 15, items 3 and 6, in Debian's Chromium: one login for our pages and the webapps (a browser without a session
 * is sent to the Vietnamese login page and back, never a Basic-auth pop-up; scripts keep HTTP Basic on /api), every
 * error a Vietnamese page in the application's layout with a way back, and no dead link on any page for any demo user.
 * Screenshots: {@code target/surefire-reports/screenshots/OneLoginAndErrorPagesBrowserIT/}.
 */
class OneLoginAndErrorPagesBrowserIT extends PostgresSpringTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    /** Words for developers, not for the officers and leaders who read our pages. */
    private static final Pattern NOT_FOR_READERS = Pattern.compile("\\b(Tasklist|Cockpit|JSON|remind\\d+|escalate[A-Z]\\w*)\\b");
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private Pattern loginIds;

    @RegisterExtension
    static final Chromium chromium = Chromium.perTestClass();

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Test
    void aBrowserWithoutSessionLogsInOnTheVietnameseLoginPageAndComesBackToThePageItAskedFor() {
        cycles.start(2026, DeadlineDates.none());
        String asked = "/pages/dashboard/unit?year=2026&unit=SCT";
        try (BrowserContext browser = chromium.newContext()) {
            Page page = browser.newPage();
            List<String> challenges = new ArrayList<>();
            page.onResponse(response -> {
                String challenge = response.headers().get("www-authenticate");
                if (challenge != null) {
                    challenges.add(response.url() + " " + challenge);
                }
            });
            Response first = page.navigate(url(asked));
            assertThat(first.status()).isEqualTo(200);
            assertThat(page.url()).startsWith(url("/pages/login?next="));
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Đăng nhập");
            PlaywrightAssertions.assertThat(page.locator("label[for=username]")).hasText("Tên đăng nhập");
            chromium.screenshot(page, "login-page");

            page.locator("#username").fill("snvdieuphoi");
            page.locator("#password").fill("sai-mat-khau");
            page.locator("#login button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
            chromium.screenshot(page, "login-wrong-password");

            page.locator("#password").fill("demo");
            page.locator("#login button[type=submit]").click();
            // a predicate, not a glob: the address holds '?' and '&'
            page.waitForURL(address -> address.endsWith(asked));
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Sở Công Thương");
            chromium.screenshot(page, "back-on-the-asked-page");
            assertThat(challenges).as("no Basic-auth challenge (the browser's pop-up) on the way").isEmpty();

            // the same login holds in Tasklist: no second login form
            page.navigate(url("/camunda/app/tasklist/default/"));
            page.locator(".start-process-action").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(240_000));
            assertThat(page.locator("input[ng-model='password']").count()).isZero();
            chromium.screenshot(page, "tasklist-with-the-same-login");

            // logging out in Tasklist logs out of our pages: back to the login page, not a pop-up
            page.locator(".account .dropdown-toggle, [cam-widget-header] .account a").first().click();
            page.locator("a[ng-click='logout()']").click();
            page.locator("input[ng-model='password']").waitFor();
            page.navigate(url("/pages/dashboard?year=2026"));
            assertThat(page.url()).startsWith(url("/pages/login?next="));
            assertThat(challenges).isEmpty();
        }
    }

    @Test
    void scriptsKeepHttpBasicOnTheApi() {
        cycles.start(2026, DeadlineDates.none());
        try (BrowserContext script = chromium.newContext()) {
            APIResponse refused = script.request().get(url("/api/cycles/2026/dashboard"),
                    RequestOptions.create().setHeader("Accept", "application/json").setMaxRedirects(0));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers().get("www-authenticate")).startsWith("Basic ");
            APIResponse answered = script.request().get(url("/api/cycles/2026/dashboard"),
                    RequestOptions.create().setHeader("Authorization", basic("snvdieuphoi", "demo")));
            assertThat(answered.status()).isEqualTo(200);
            APIResponse wrong = script.request().get(url("/pages/dashboard?year=2026"), RequestOptions.create()
                    .setHeader("Accept", "text/html").setHeader("Authorization", basic("snvdieuphoi", "sai"))
                    .setMaxRedirects(0));
            assertThat(wrong.status()).as("wrong credentials stay a failure the login throttle counts").isEqualTo(401);
        }
    }

    @Test
    void everyErrorIsAVietnamesePageInTheLayoutWithAWayBack() {
        cycles.start(2026, DeadlineDates.none());
        try (BrowserContext officer = chromium.loggedIn(port, "stpchuyenvien")) {
            Page page = officer.newPage();
            // as if the user followed a broken link on the internal index page (a typed address sends no Referer)
            Response notFound = page.navigate(url("/pages/khong-co-trang-nay"),
                    new Page.NavigateOptions().setReferer(url("/pages/internal-index?year=2026")));
            assertThat(notFound.status()).isEqualTo(404);
            assertVietnameseErrorPage(page, "Không tìm thấy trang");
            PlaywrightAssertions.assertThat(page.locator("#back")).hasAttribute("href", "/pages/internal-index?year=2026");
            chromium.screenshot(page, "error-404");

            Response forbidden = page.navigate(url("/pages/dashboard?year=2026"));
            assertThat(forbidden.status()).isEqualTo(403);
            assertVietnameseErrorPage(page, "Bạn không có quyền xem trang này");
            PlaywrightAssertions.assertThat(page.locator("#reason")).hasText("Bảng theo dõi tiến độ dành cho Sở Nội vụ và lãnh đạo UBND tỉnh.");
            chromium.screenshot(page, "error-403");

            // Spring renders every server error through /error: without a status it is a 500
            Response serverError = page.navigate(url("/error"));
            assertThat(serverError.status()).isEqualTo(500);
            assertVietnameseErrorPage(page, "Hệ thống gặp lỗi");
            chromium.screenshot(page, "error-500");

            Response webappNotFound = page.navigate(url("/khong-co"));
            assertThat(webappNotFound.status()).isEqualTo(404);
            assertVietnameseErrorPage(page, "Không tìm thấy trang");
        }
    }

    /** The link of the menu and the dashboard to the internal index, for a year without a period: a page, not a 404. */
    @Test
    void theInternalIndexLinkOfTheMenuAndTheDashboardOpensAPage() {
        cycles.start(2026, DeadlineDates.none());
        try (BrowserContext leader = chromium.loggedIn(port, "chutich")) {
            Page page = leader.newPage();
            page.navigate(url("/pages/dashboard?year=2026"));
            Response index = page.waitForNavigation(() -> page.locator("nav a", new Page.LocatorOptions()
                    .setHasText("Chỉ số CCHC các cơ quan, đơn vị")).click());
            assertThat(index.status()).isEqualTo(200);
            PlaywrightAssertions.assertThat(page.locator("#no-period")).containsText(
                    "Chưa mở kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026");
            chromium.screenshot(page, "internal-index-without-period");
            page.goBack();
            Response fromDashboard = page.waitForNavigation(() -> page.locator("#internal-index a").click());
            assertThat(fromDashboard.status()).isEqualTo(200);
            assertThat(page.content()).doesNotContain("Whitelabel");
        }
    }

    /**
     * Every demo user, logged in through the browser's session, follows every link of every page reachable from the
     * menu of the 2026 pages (and, for a unit's officers, from the evidence page of their self-scoring task): none
     * answers 404 or 500. Refusals (403) are expected for pages of other roles.
     */
    @Test
    void everyLinkOfEveryPageWorksForEveryDemoUser() {
        var cycle = cycles.start(2026, DeadlineDates.none());
        cycles.guidanceReceived(2026);
        Map<String, String> dead = new LinkedHashMap<>();
        unreadable.clear();
        int followed = 0;
        // the demo users (demo password); users other test classes created in the same database are not demo users
        List<User> users = identity.createUserQuery().list().stream()
                .filter(user -> !"admin".equals(user.getId()) && identity.checkPassword(user.getId(), "demo")).toList();
        loginIds = Pattern.compile("\\b(" + String.join("|", users.stream().map(User::getId).toList()) + ")\\b");
        assertThat(users).hasSizeGreaterThanOrEqualTo(26);
        for (User user : users) {
            try (BrowserContext browser = chromium.loggedIn(port, user.getId())) {
                Set<String> start = new LinkedHashSet<>(List.of("/pages/dashboard?year=2026",
                        "/pages/notifications?year=2026"));
                Set<String> groups = new java.util.HashSet<>(identity.createGroupQuery().groupMember(user.getId()).list()
                        .stream().map(group -> group.getId()).toList());
                // an officer reaches the evidence page from the self-scoring form in Tasklist
                driver.openTasks(cycle.getId(), CycleProcess.SELF_SCORE).stream()
                        .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                                .anyMatch(link -> groups.contains(link.getGroupId())))
                        .forEach(task -> start.add("/pages/evidence?task=" + task.getId()));
                followed += crawl(browser, user.getId(), start, dead);
            }
        }
        assertThat(followed).as("links followed").isGreaterThan(200);
        assertThat(dead).as("links answering 404 or 500 (user | page -> status)").isEmpty();
        assertThat(unreadable).as("pages showing a webapp's English name, a JSON link, a step code or a login id"
                + " (user | page -> what)").isEmpty();
    }

    private int crawl(BrowserContext browser, String user, Set<String> start, Map<String, String> dead) {
        Deque<String[]> queue = new ArrayDeque<>();
        start.forEach(path -> queue.add(new String[] {path, "(start)"}));
        Set<String> seen = new LinkedHashSet<>(start);
        int followed = 0;
        while (!queue.isEmpty() && followed < 600) {
            String[] next = queue.poll();
            String path = next[0];
            APIResponse response = browser.request().get(url(path), RequestOptions.create().setHeader("Accept", "text/html")
                    .setMaxRedirects(0));
            followed++;
            int status = response.status();
            if (status == 404 || status >= 500) {
                dead.put(user + " | " + next[1] + " -> " + path, String.valueOf(status));
                continue;
            }
            String type = response.headers().getOrDefault("content-type", "");
            if (!path.startsWith("/pages/") || !type.startsWith("text/html")) {
                continue;
            }
            String html = new String(response.body(), StandardCharsets.UTF_8);
            String words = readText(html);
            Matcher code = NOT_FOR_READERS.matcher(words);
            Matcher login = loginIds.matcher(words);
            if (code.find()) {
                unreadable.put(user + " | " + path, code.group());
            } else if (login.find()) {
                unreadable.put(user + " | " + path, login.group());
            }
            Matcher links = HREF.matcher(html);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                if (link.startsWith("http://localhost:" + port)) {
                    link = link.substring(("http://localhost:" + port).length());
                }
                int hash = link.indexOf('#');
                if (hash >= 0) {
                    link = link.substring(0, hash);
                }
                if (link.startsWith("/") && !link.startsWith("//") && seen.add(link)) {
                    queue.add(new String[] {link, path});
                }
            }
        }
        return followed;
    }

    /** What a person reads on a page: the text without tags, scripts, styles and e-mail addresses (which hold login ids). */
    private static String readText(String html) {
        String text = html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("[\\w.+-]+@[\\w.-]+", " ");
    }

    private static void assertVietnameseErrorPage(Page page, String title) {
        PlaywrightAssertions.assertThat(page.locator("#error-page h1")).hasText(title);
        PlaywrightAssertions.assertThat(page.locator("nav a").first()).hasText("Bảng theo dõi tiến độ");
        PlaywrightAssertions.assertThat(page.locator("#way-back a", new Page.LocatorOptions()
                .setHasText("Danh sách công việc"))).hasCount(1);
        assertThat(page.content()).doesNotContain("Whitelabel", "There was an unexpected error", "Exception");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
