package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Page objects for the reports: HR's culture review, a tie's page and a head's dashboard, with their exports. */
public final class InsightPages {

    private final Browser browser;

    public InsightPages(PortalPages portal) {
        this.browser = portal.browser();
    }

    /** Opens the culture review and waits (while the figures are summed) until its matrix shows the department. */
    public void openCultureReview(String departmentInMatrix) {
        browser.visitUntil("/insight/culture.xhtml", "#matrix", departmentInMatrix);
    }

    public void scrollToPrinciples() {
        browser.scrollTo("#culture\\:principles");
    }

    public void scrollToHotSpots() {
        browser.scrollTo("#culture\\:hotSpots");
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
        return browser.text("#tie\\:directions");
    }

    public void scrollToTieTrends() {
        browser.scrollTo("#tie\\:trendAB");
    }

    /** Downloads the tie page's table as CSV; answers its text. */
    public String tieDirectionsCsv() throws IOException {
        return Files.readString(download("#tie\\:directionsCsv", "tie-both-directions"), StandardCharsets.UTF_8);
    }

    /** On the dashboard just opened: waits (while the figures are summed) until the ties table shows the department. */
    public void waitForDashboardTies(String department) {
        browser.visitUntil(browser.currentPath(), "#dashboard\\:ties", department);
    }

    public void scrollToDashboardTies() {
        browser.scrollTo("#dashboard\\:ties");
    }

    /** Downloads the dashboard's ties table as CSV; answers its text. */
    public String dashboardTiesCsv() throws IOException {
        return Files.readString(download("#dashboard\\:tiesCsv", "ties"), StandardCharsets.UTF_8);
    }

    /** Downloads the dashboard's ties table as an Excel workbook; answers the file. */
    public Path dashboardTiesXlsx() throws IOException {
        return download("#dashboard\\:tiesXlsx", "ties");
    }

    /** Downloads the dashboard's agreements due for review as CSV; answers its text. */
    public String dueAgreementsCsv() throws IOException {
        return Files.readString(download("#dashboard\\:dueAgreementsCsv", "agreements-due"), StandardCharsets.UTF_8);
    }

    /** Clicks an export button and answers the file it downloads (named from {@code filePrefix} on). */
    private Path download(String buttonCss, String filePrefix) throws IOException {
        Browser.forgetDownloads(filePrefix);
        browser.click(buttonCss);
        return browser.downloaded(filePrefix);
    }
}
