package vn.parindex.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Fills the webapps' login form and checks what it holds before submitting. The form's autofocus directive may move
 * the focus to the user name while Playwright types the password (seen on a loaded machine: "stcchuyenviendemo" in the
 * user name, the password empty), so the fields are filled again until both hold what was typed.
 */
public final class TasklistLoginForm {

    private TasklistLoginForm() {
    }

    public static void logIn(Page page, String user, String password) {
        Locator userName = page.locator("input[ng-model='username']");
        Locator secret = page.locator("input[ng-model='password']");
        for (int attempt = 1; ; attempt++) {
            userName.fill(user);
            secret.fill(password);
            if (user.equals(userName.inputValue()) && password.equals(secret.inputValue())) {
                break;
            }
            if (attempt == 5) {
                throw new IllegalStateException("the login form did not keep what was typed: user name \""
                        + userName.inputValue() + "\"");
            }
            page.waitForTimeout(500);
        }
        page.locator("button[type='submit']").click();
    }
}
