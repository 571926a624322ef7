package vn.parindex.support;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One demo user in Debian's Chromium (Playwright, never a downloaded browser), logged in through the webapps' login
 * form, with screenshots under {@code target/screenshots/<scenario>/} next to the failsafe/surefire reports. Generous
 * waits and no fixed sleeps: the machine is shared.
 */
public final class ChromiumSession implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    public final String user;
    public final BrowserContext context;
    public final Page page;
    private final int port;
    private final Path screenshots;

    private ChromiumSession(int port, String user, String scenario, int width, int height) {
        this.port = port;
        this.user = user;
        this.screenshots = SCREENSHOTS.resolve(scenario);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.context = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setTimezoneId("Asia/Ho_Chi_Minh").setLocale("vi-VN"));
        context.setDefaultTimeout(30_000);
        this.page = context.newPage();
    }

    /** Logs into Tasklist and waits until its first render is done (slow on a loaded machine). */
    public static ChromiumSession tasklist(int port, String user, String scenario) {
        return tasklist(port, user, scenario, 1400, 1000);
    }

    public static ChromiumSession tasklist(int port, String user, String scenario, int width, int height) {
        ChromiumSession session = new ChromiumSession(port, user, scenario, width, height);
        try {
            session.page.navigate(session.url("/camunda/app/tasklist/default/"));
            // the webapps' first load is slow on a loaded machine (minutes with other builds beside)
            PlaywrightAssertions.assertThat(session.page.locator("button[type='submit']")).containsText("Đăng nhập",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(240_000));
            TasklistLoginForm.logIn(session.page, user, "demo");
            session.page.locator(".start-process-action").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
        } catch (RuntimeException | AssertionError e) {
            // what the user saw instead of Tasklist, for the report
            session.screenshot("login-failed-" + user);
            throw e;
        }
        return session;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Another page in the same context (the same login). */
    public Page open(String path) {
        Page other = context.newPage();
        Response response = other.navigate(url(path));
        assertThat(response.status()).as(user + " opens " + path).isEqualTo(200);
        awaitWebappStarted(other, screenshots.resolve("webapp-stuck-before-reload-" + user + ".png"));
        return other;
    }

    /**
     * A Camunda webapp (Cockpit, Tasklist, Admin) opened in a second tab sometimes never starts in headless Chromium:
     * its page stays the boot spinner over its raw templates ({@code {{ 'COCKPIT_MORE' | translate}}}) with no request
     * pending on the server (seen in CI, about 1 run in 7, in two browser tests; the cause is not known). A user would
     * reload the page, and so does this, once, with a screenshot of what was stuck. Other pages pass untouched; after
     * the reload the test's own assertions decide.
     */
    public static void awaitWebappStarted(Page page, Path stuckScreenshot) {
        if (!page.url().contains("/camunda/app/")) {
            return;
        }
        String started = "() => document.body != null && document.body.innerText.trim().length > 0"
                + " && !document.body.innerText.includes('{{')";
        try {
            page.waitForFunction(started, null, new Page.WaitForFunctionOptions().setTimeout(90_000));
        } catch (com.microsoft.playwright.TimeoutError stuck) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(stuckScreenshot));
            page.reload();
        }
    }

    public Path screenshot(Page of, String name) {
        Path file = screenshots.resolve(name + ".png");
        of.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
        return file;
    }

    public Path screenshot(String name) {
        return screenshot(page, name);
    }

    @Override
    public void close() {
        context.close();
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            if (!Files.isExecutable(CHROMIUM)) {
                fail("The browser test needs Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium); "
                        + "it never downloads a browser.");
            }
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                            "--no-first-run", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    playwright.close();
                } catch (RuntimeException ignored) {
                    // the JVM is going away; the driver process ends with it
                }
            }));
        }
        return browser;
    }
}
