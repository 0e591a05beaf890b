package org.servicepact.browser;

import org.openqa.selenium.By;

import java.nio.file.Path;

/** Page objects for the administrators' pages: departments, employees and their passwords, the CSV import. */
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
        portal.selectOneMenu("department\\:parent", parentLabel);
        saveDepartment();
    }

    private void saveDepartment() {
        browser.click("#department\\:save");
    }

    /** On a list of the administration (departments, employees): types into its search, waits for the text. */
    public void searchListFor(String query, String expectedText) {
        browser.type("#list\\:search", query);
        browser.waitForAjax();
        browser.waitForText(expectedText);
    }

    public void fillEmployee(String username, String fullName, String email, String departmentLabel) {
        browser.visit("/admin/employee.xhtml");
        browser.type("#employee\\:username", username);
        browser.type("#employee\\:fullName", fullName);
        browser.type("#employee\\:jobTitle", "Analyst");
        browser.type("#employee\\:email", email);
        portal.selectOneMenu("employee\\:department", departmentLabel);
    }

    /** Opens the editor of the employee with this username from the administrators' list. */
    public void openEmployee(String username) {
        browser.visit("/admin/employees.xhtml");
        searchListFor(username, username);
        browser.click("#list\\:employees a");
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
        upload("upload\\:departmentsFile_input", departments);
        upload("upload\\:employeesFile_input", employees);
        browser.click("#upload\\:preview");
        browser.waitForText(expectedText);
    }

    public boolean isImportConfirmable() {
        return browser.find("#plan\\:confirm").isEnabled();
    }

    /** Confirms the previewed import and waits for the progress bar to reach the end. */
    public void confirmImport(String expectedText) {
        browser.click("#plan\\:confirm");
        browser.waitForText(expectedText);
    }

    private void upload(String escapedInputId, Path file) {
        browser.driver().findElement(By.cssSelector("#" + escapedInputId)).sendKeys(file.toAbsolutePath().toString());
    }
}
