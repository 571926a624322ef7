package vn.parindex.support;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for the browser tests of our pages (never a downloaded browser), with the
 * screenshots of a test class beside the test report: {@code target/surefire-reports/screenshots/<TestClass>/}.
 * Generous waits: the machine is shared and often loaded.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;
    private Path screenshots;
    private int shot;

    private Chromium() {
    }

    /**
     * One browser per test class, started before its first test and closed after its last:
     * {@code @RegisterExtension static final Chromium chromium = Chromium.perTestClass();}
     */
    public static Chromium perTestClass() {
        return new Chromium();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        launch(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void launch(Class<?> testClass) {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium); "
                    + "it never downloads a browser.");
        }
        screenshots = Paths.get("target", "surefire-reports", "screenshots", testClass.getSimpleName());
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                        "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile: no cookies, no session. */
    public BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setTimezoneId("Asia/Ho_Chi_Minh").setLocale("vi-VN"));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(120_000);
        return context;
    }

    /**
     * A browser profile logged in through our login page (the webapps' session: Tasklist and Cockpit too), as a user
     * with the demo password.
     */
    public BrowserContext loggedIn(int port, String user) {
        BrowserContext context = newContext();
        Page page = context.newPage();
        // back to a light page of ours afterwards (the default, Tasklist, is the heaviest page to load)
        page.navigate("http://localhost:" + port + "/pages/login?next=%2Fpages%2Fnotifications%3Fyear%3D2026");
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        var answer = page.waitForResponse(response -> response.url().contains("/login/tasklist"),
                () -> page.locator("#login button[type=submit]").click());
        if (answer.status() != 200) {
            fail(user + " could not log in through /pages/login: HTTP " + answer.status());
        }
        page.waitForURL(url -> url.contains("/pages/notifications"));
        page.close();
        return context;
    }

    public Path screenshot(Page page, String step) {
        shot++;
        Path file = screenshots.resolve(String.format("%02d-%s.png", shot, step));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
        return file;
    }

    public Path folder() {
        return screenshots;
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
