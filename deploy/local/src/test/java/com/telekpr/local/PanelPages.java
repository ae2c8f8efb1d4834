package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** What a person does again and again in the panel: sign in, open a page, check it reads well and passes axe. */
final class PanelPages {
    private PanelPages() {
    }

    /** From the panel's start to the page after sign-in, typing the admin's name and password. */
    static void signInAsAdmin(Page page, String path) {
        page.navigate(path);
        page.getByLabel("Username").fill(LocalStack.ADMIN_USERNAME);
        page.getByLabel("Password").fill(SharedSuite.stack().adminPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Types {@code text} into the page's grid search and waits for exactly one row: the grid's rows. */
    static Locator searchedToOneRow(Page page, String text) {
        page.getByLabel("Search").fill(text);
        Locator rows = page.locator(".ag-row[row-id]");
        assertThat(rows).hasCount(1);
        return rows;
    }

    static void awaitHeading(Page page, String name) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
    }

    /** A screenshot for the README and the reviewer, and no serious or critical axe finding. */
    static void looksRight(Page page, String name) {
        PanelBrowser.screenshot(page, name);
        List<String> violations = Accessibility.seriousViolations(page);
        assertEquals(List.of(), violations, name + " at " + page.viewportSize().width + " px");
    }
}
