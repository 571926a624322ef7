package vn.parindex.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;

/** Typing into form-js 1.8.7 fields in Tasklist the way a user does, for the browser tests. */
public final class FormJsInput {

    private FormJsInput() {
    }

    /**
     * A date field (its input's id ends in {@code -date}): typed in the order its placeholder shows (the browser's
     * locale decides), confirmed with Enter, then form-js's debounce is let apply the value.
     */
    public static void fillDate(Page page, String selector, LocalDate date, int debounceMillis) {
        Locator input = page.locator(selector);
        String placeholder = String.valueOf(input.getAttribute("placeholder")).toLowerCase();
        String text = placeholder.startsWith("dd")
                ? String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        input.click();
        input.fill(text);
        input.press("Enter");
        page.waitForTimeout(debounceMillis);
    }
}
