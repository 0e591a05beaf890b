package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page objects for the portal's login and organisation pages, shared by the browser journeys. */
public final class PortalPages {

    private final Browser browser;

    public PortalPages(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    public void logIn(String username, String password) {
        browser.visit("/login.xhtml");
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", password);
        browser.click("#login\\:submit");
        browser.waitForAjax();
    }

    public void logOut() {
        browser.click("#logoutForm\\:logout");
        browser.waitForText("You have logged out.");
    }

    public String loggedInName() {
        return browser.text("#current-user");
    }

    public void openMenu(String submenuLabel) {
        browser.driver().findElements(By.cssSelector(".portal-menu .ui-menuitem-text")).stream()
                .filter(e -> e.getText().equals(submenuLabel)).findFirst().orElseThrow().click();
    }

    /** Fills the department form (on /admin/department.xhtml) and saves it. */
    public void createDepartment(String code, String name) {
        browser.visit("/admin/department.xhtml");
        browser.type("#department\\:code", code);
        browser.type("#department\\:name", name);
        browser.click("#department\\:save");
    }

    public void fillEmployee(String username, String fullName, String email, String departmentLabel) {
        browser.visit("/admin/employee.xhtml");
        browser.type("#employee\\:username", username);
        browser.type("#employee\\:fullName", fullName);
        browser.type("#employee\\:jobTitle", "Analyst");
        browser.type("#employee\\:email", email);
        selectOneMenu("employee\\:department", departmentLabel);
    }

    /** Opens the editor of the employee with this username from the administrators' list. */
    public void openEmployee(String username) {
        browser.visit("/admin/employees.xhtml");
        browser.type("#list\\:search", username);
        browser.waitForAjax();
        browser.waitForText(username);
        browser.click("#list\\:employees a");
        browser.find("#employee\\:jobTitle");
    }

    /** On an open employee editor: sets a password, as an administrator does for a new employee. */
    public void setPassword(String fullName, String password) {
        browser.type("#password\\:newPassword", password);
        browser.click("#password\\:setPassword");
        browser.waitForText("Password set for " + fullName + ".");
    }

    /** On an open employee editor: ticks or unticks a granted role ("HR", "Administrator") and the active box, then saves. */
    public void saveEmployee(String fullName, String toggledRole, boolean toggleActive) {
        if (toggledRole != null) {
            browser.driver().findElements(By.cssSelector("#employee\\:grantedRoles label")).stream()
                    .filter(label -> label.getText().equals(toggledRole)).findFirst().orElseThrow().click();
        }
        if (toggleActive) {
            browser.click("#employee\\:active .ui-chkbox-box");
        }
        browser.click("#employee\\:save");
        browser.waitForText("Employee " + fullName + " saved.");
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its visible label. */
    public void selectOneMenu(String escapedId, String label) {
        selectOneMenu(browser.find("#" + escapedId), label);
    }

    /**
     * Picks an option of the PrimeFaces selectOneMenu rendered by {@code menu}: opens it as a user would,
     * then selects through the widget, which fires the same change (and ajax) as a click on the item.
     * A click on an item of a panel that is still sliding open is sometimes lost in headless Chromium.
     */
    public void selectOneMenu(WebElement menu, String label) {
        String id = menu.getAttribute("id");
        String value = menu.findElements(By.cssSelector("select option")).stream()
                .filter(option -> option.getAttribute("textContent").strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + id))
                .getAttribute("value");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                id, value);
        browser.waitForAjax();
    }

    public void upload(String escapedInputId, Path file) {
        browser.driver().findElement(By.cssSelector("#" + escapedInputId)).sendKeys(file.toAbsolutePath().toString());
    }

    public void assertPageShows(String text) {
        assertTrue(browser.pageText().contains(text), () -> "Expected the page to show \"" + text + "\" but it shows:\n"
                + browser.pageText());
    }
}
