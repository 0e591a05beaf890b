package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Page objects for the administrators' pages: departments, employees and their passwords, the CSV import, sign-in locks and the audit trail. */
public final class AdministrationPages {

    private final PortalPages portal;
    private final Browser browser;

    public AdministrationPages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** Fills the department form (on /admin/department.xhtml) and saves it. */
    public void createDepartment(String code, String name) {
        browser.visit("/admin/department.xhtml");
        browser.type("#department\\:code", code);
        browser.type("#department\\:name", name);
        saveDepartment();
    }

    /** What the department form's code field holds now. */
    public String departmentCode() {
        return browser.find("#department\\:code").getAttribute("value");
    }

    /** On the department form: another code and the parent department (by its label), then saves. */
    public void correctDepartment(String code, String parentLabel) {
        browser.type("#department\\:code", code);
        portal.pickSuggestion("#department\\:parent_input", nameOf(parentLabel), parentLabel);
        saveDepartment();
    }

    private void saveDepartment() {
        browser.click("#department\\:save");
    }

    /** Opens a department's editor from the list, once the search has narrowed it to that one department. */
    public void openDepartment(String code) {
        browser.visit("/admin/departments.xhtml");
        browser.type("#list\\:search", code);
        browser.waitForAjax();
        WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#list\\:departments tbody tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(code) ? rows.get(0).findElement(By.tagName("a")) : null;
                });
        link.click();
        browser.find("#department\\:code");
    }

    /** On the department form: finds the new head by typing part of their name, picks them and saves. */
    public void appointHead(String nameQuery, String personName) {
        portal.pickSuggestion("#department\\:head_input", nameQuery, personName);
        saveDepartment();
    }

    /** On the department form, with part of a name typed into the head's field: the people suggested. */
    public List<String> headSuggestions(String nameQuery) {
        return portal.suggestionsFor("#department\\:head_input", nameQuery);
    }

    /** On a list of the administration (departments, employees): types into its search, waits for the text. */
    public void searchListFor(String query, String expectedText) {
        // The box searches 300 ms after the last key, and the unsearched list may already show the text expected: wait
        // until the table was drawn again and no search is still to come, or a later click races the search's answer.
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("document.querySelector('#list .ui-datatable').dataset.beforeSearch = 'yes'");
        browser.type("#list\\:search", query);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(400)).until(d -> Boolean.TRUE.equals(
                script.executeScript("return !document.querySelector('#list .ui-datatable[data-before-search]')"
                        + " && PrimeFaces.ajax.Queue.isEmpty()")));
        browser.waitForAjax();
        browser.waitForText(expectedText);
    }

    public void fillEmployee(String username, String fullName, String email, String departmentLabel) {
        browser.visit("/admin/employee.xhtml");
        browser.type("#employee\\:username", username);
        browser.type("#employee\\:fullName", fullName);
        browser.type("#employee\\:jobTitle", "Analyst");
        browser.type("#employee\\:email", email);
        portal.pickSuggestion("#employee\\:department_input", nameOf(departmentLabel), departmentLabel);
    }

    /** Creates an employee (e-mail from the username) and opens their editor, as for setting a password next. */
    public void createEmployeeAndOpen(String username, String fullName, String departmentLabel) {
        fillEmployee(username, fullName, username + "@servicepact.example", departmentLabel);
        saveEmployeeExpecting("Employee " + fullName + " saved.");
        openEmployee(username);
    }

    /** Opens an employee's editor from the list, once the search has narrowed it to that one person. */
    public void openEmployee(String username) {
        browser.visit("/admin/employees.xhtml");
        browser.type("#list\\:search", username);
        browser.waitForAjax();
        WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#list\\:employees tbody tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(username)
                            ? rows.get(0).findElement(By.tagName("a")) : null;
                });
        link.click();
        browser.find("#employee\\:jobTitle");
    }

    public void typeEmployeeEmail(String email) {
        browser.type("#employee\\:email", email);
    }

    public void typeEmployeeJobTitle(String jobTitle) {
        browser.type("#employee\\:jobTitle", jobTitle);
    }

    public void typeEmployeePhone(String phone) {
        browser.type("#employee\\:phone", phone);
    }

    /** Saves the open employee editor; waits for the message the save is expected to show. */
    public void saveEmployeeExpecting(String message) {
        browser.click("#employee\\:save");
        browser.waitForText(message);
    }

    /** On an open employee editor: sets a password, as an administrator does for a new employee. */
    public void setPassword(String fullName, String password) {
        browser.type("#password\\:newPassword", password);
        browser.click("#password\\:setPassword");
        browser.waitForText("Password set for " + fullName + ".");
    }

    /** On an open employee editor: a password the policy refuses, and the reason shown beside the field. */
    public void setPasswordExpectingRefusal(String password, String reason) {
        browser.type("#password\\:newPassword", password);
        browser.click("#password\\:setPassword");
        browser.waitForText(reason);
    }

    /** The sign-in locks, searched for an account or address until the list shows only that one. */
    public void openSignInLocks(String search) {
        browser.visit("/admin/sign-in-locks.xhtml");
        browser.searchUntilOnly("#list\\:search", "#list\\:locks", search);
    }

    /** On the sign-in locks: unlocks the first row shown and waits for the confirmation. */
    public void unlockFirst(String expectedMessage) {
        browser.click("[id$=':unlock']");
        browser.waitForText(expectedMessage);
    }

    /** The audit trail, searched; waits for {@code expectedText} in the list. */
    public void openAuditTrail(String search, String expectedText) {
        browser.visit("/admin/audit.xhtml");
        searchListFor(search, expectedText);
    }

    /** On the audit trail: downloads what the search found as CSV; answers its text. */
    public String auditTrailCsv() throws IOException {
        Browser.forgetDownloads("audit-trail");
        browser.click("#list\\:exportCsv");
        return Files.readString(browser.downloaded("audit-trail"), StandardCharsets.UTF_8);
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
        saveEmployeeExpecting("Employee " + fullName + " saved.");
    }

    /** On /admin/import.xhtml: chooses both files and asks for the preview; waits until it shows the text. */
    public void previewImport(Path departments, Path employees, String expectedText) {
        upload("upload:departmentsFile", departments);
        upload("upload:employeesFile", employees);
        browser.click("#upload\\:preview");
        browser.waitForText(expectedText);
    }

    /** On /admin/import.xhtml: reads the organisation's directory for a sync; waits until the preview shows the text. */
    public void readDirectory(String expectedText) {
        browser.visit("/admin/import.xhtml");
        browser.click("#directory\\:read");
        browser.waitForText(expectedText);
        browser.scrollTo("#plan");
    }

    public boolean isImportConfirmable() {
        return browser.find("#plan\\:confirm").isEnabled();
    }

    /** Confirms the previewed import and waits for the progress bar to reach the end. */
    public void confirmImport(String expectedText) {
        browser.click("#plan\\:confirm");
        browser.waitForText(expectedText);
    }

    /** Chooses a file in the file field whose id starts with {@code id} (PrimeFaces may add a suffix). */
    private void upload(String id, Path file) {
        browser.driver().findElement(By.cssSelector("input[type=file][id^='" + id + "']")).sendKeys(file.toAbsolutePath().toString());
    }

    /** A department's name from its label in the pickers ("Finance" of "Finance (FIN)"): what one types to find it. */
    private static String nameOf(String departmentLabel) {
        return departmentLabel.substring(0, departmentLabel.lastIndexOf(" ("));
    }
}
