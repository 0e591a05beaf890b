package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Page objects for the reports: HR's culture review, a tie's page and a head's dashboard, with their exports. */
public final class InsightPages {

    private static final String DEPARTMENT_PICKER = "#departmentPicker\\:department_input";

    private final PortalPages portal;
    private final Browser browser;

    public InsightPages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** Opens the culture review and waits (while the figures are summed) until its matrix shows the department. */
    public void openCultureReview(String departmentInMatrix) {
        browser.visitUntil("/insight/culture.xhtml", "#matrix", departmentInMatrix);
    }

    public void scrollToPrinciples() {
        browser.scrollTo("#principles");
    }

    public void scrollToHotSpots() {
        browser.scrollTo("#hotSpots");
    }

    /** In the culture review's matrix: opens the tie whose cell is titled "A ⇄ B …". */
    public void openTie(String cellTitleStart) {
        WebElement cell = browser.driver().findElements(By.cssSelector("#matrix td.portal-matrix-cell a")).stream()
                .filter(link -> link.getAttribute("title").startsWith(cellTitleStart))
                .findFirst().orElseThrow(() -> new AssertionError("No matrix cell for " + cellTitleStart));
        cell.click();
        browser.waitForAjax();
    }

    /** The tie page's table of both directions. */
    public String tieDirections() {
        return browser.text("#directions");
    }

    public void scrollToTieTrends() {
        browser.scrollTo("#trendAB");
    }

    /** Downloads the tie page's table as CSV; answers its text. */
    public String tieDirectionsCsv() throws IOException {
        return Files.readString(download("#directionsCsv", "tie-both-directions"), StandardCharsets.UTF_8);
    }

    /** On the dashboard just opened: waits (while the figures are summed) until the ties table shows the department. */
    public void waitForDashboardTies(String department) {
        browser.visitUntil(browser.currentPath(), "#ties", department);
    }

    /** A report's departments whose name or code contains the text, as its picker suggests them. */
    public List<String> departmentsSuggestedFor(String text) {
        return portal.suggestionsFor(DEPARTMENT_PICKER, text);
    }

    /** Picks a report's department by part of its name; the report for it loads, at an address naming it. */
    public void pickDepartment(String text, String label) {
        String before = browser.currentPath();
        portal.pickSuggestion(DEPARTMENT_PICKER, text, label);
        awaitAddress(() -> !browser.currentPath().equals(before));
    }

    /** What the report's department picker shows: the department the report is for, or nothing. */
    public String pickedDepartment() {
        return browser.find(DEPARTMENT_PICKER).getAttribute("value");
    }

    /** Empties the department picker and shows the report again: the whole organisation's. */
    public void showAllDepartments() {
        browser.find(DEPARTMENT_PICKER).clear();
        browser.click("#show");
        awaitAddress(() -> browser.currentPath().contains("department=&"));
    }

    private void awaitAddress(BooleanSupplier reached) {
        if (!browser.eventually(Duration.ofSeconds(10), reached)) {
            throw new AssertionError("the report did not load at the address expected: " + browser.currentPath());
        }
        browser.find(DEPARTMENT_PICKER);
    }

    /** The months the report's period menus show chosen, as they read: from, then to. */
    public List<String> chosenMonths() {
        return List.of(browser.find("#from option:checked").getText(), browser.find("#to option:checked").getText());
    }

    public void scrollToDashboardTies() {
        browser.scrollTo("#ties");
    }

    /**
     * Sorts the ties table by a column, clicking its heading (a link to the page sorted so); answers how the table
     * says it is sorted now ({@code aria-sort}).
     */
    public String sortTiesBy(String heading) {
        WebElement link = browser.driver().findElements(By.cssSelector("#ties thead th a.portal-sort")).stream()
                .filter(a -> a.getText().strip().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("No sortable heading " + heading));
        link.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(link));
        browser.waitForAjax();
        return browser.driver().findElements(By.cssSelector("#ties thead th")).stream()
                .filter(th -> th.getText().strip().equals(heading))
                .findFirst().orElseThrow().getAttribute("aria-sort");
    }

    /**
     * At a phone's size: scrolls to the ties table and answers the sorting links shown above it, as a screen reader reads
     * them (the sorted one says which way).
     */
    public List<String> tiesSortLinksOnAPhone() {
        browser.scrollTo("#ties");
        WebElement above = browser.find(".portal-report-table:has(#ties) .portal-phone-sort");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", above);
        return above.findElements(By.cssSelector("a.portal-sort")).stream()
                .map(a -> a.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
    }

    /** The figures of one column of the ties table, top to bottom, as shown. */
    public List<String> tiesColumn(int column) {
        return browser.driver().findElements(By.cssSelector("#ties tbody tr td:nth-child(" + column + ")")).stream()
                .map(td -> td.getText().strip()).toList();
    }

    /** Downloads the dashboard's ties table as CSV; answers its text. */
    public String dashboardTiesCsv() throws IOException {
        return Files.readString(download("#tiesCsv", "ties"), StandardCharsets.UTF_8);
    }

    /** Downloads the dashboard's ties table as an Excel workbook; answers the file. */
    public Path dashboardTiesXlsx() throws IOException {
        return download("#tiesXlsx", "ties");
    }

    /** Downloads the dashboard's agreements due for review as CSV; answers its text. */
    public String dueAgreementsCsv() throws IOException {
        return Files.readString(download("#dueAgreementsCsv", "agreements-due"), StandardCharsets.UTF_8);
    }

    /** Clicks an export link and answers the file it downloads (named from {@code filePrefix} on). */
    private Path download(String buttonCss, String filePrefix) throws IOException {
        Browser.forgetDownloads(filePrefix);
        browser.click(buttonCss);
        return browser.downloaded(filePrefix);
    }
}
