package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;


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
        WebElement submit = browser.find("#login\\:submit");
        browser.click("#login\\:submit");
        // the sign-in's answer may still be on its way when the click returns; a page visited now would cut it off
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> isGone(submit));
        browser.waitForAjax();
    }

    /**
     * Whether the element left the document: stale, or (while its page is being replaced) a node Chromium says "does
     * not belong to the document", which is a WebDriverException but not a stale element.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Logs out once the page is done with what it was doing: a request still under way could otherwise land after it. */
    public void logOut() {
        browser.waitForAjax();
        browser.click("#logout");
        browser.waitForText("You have logged out.");
    }

    /** On a narrow screen: opens or closes the header's menu with its button; answers whether it is open now. */
    public boolean toggleMenu() {
        browser.click("#portal-menu-toggle");
        return "true".equals(browser.find("#portal-menu-toggle").getAttribute("aria-expanded"));
    }

    /** Whether the main menu's entries and "Log out" can be seen (and so reached). */
    public boolean isMenuShown() {
        return browser.isShown("#menuRequests") && browser.isShown("#logout");
    }

    /** Follows a main menu entry ("menuRequests", "menuFeedback" …). */
    public void followMenu(String itemId) {
        browser.click("#" + itemId);
    }

    public String loggedInName() {
        return browser.text("#current-user");
    }

    /** What the notification bell in the header shows (its count of what is new, empty when nothing is). */
    public String bell() {
        return browser.text("#bellButton");
    }

    /** The rows of my home page's to-do list, as text ("To do", "About", "When"). */
    public List<String> workItems() {
        browser.visit("/index.xhtml");
        return browser.driver().findElements(By.cssSelector("#work tbody tr")).stream().map(WebElement::getText)
                .filter(text -> !text.contains("Nothing waits on you")).toList();
    }

    /** On my home page: follows the to-do item that says {@code what} about {@code title} to its page. */
    public void doWorkItem(String what, String title) {
        browser.visit("/index.xhtml");
        WebElement row = browser.driver().findElements(By.cssSelector("#work tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(title) && candidate.getText().startsWith(what)).findFirst()
                .orElseThrow(() -> new AssertionError("No \"" + what + "\" about " + title + ":\n" + browser.pageText()));
        row.findElement(By.cssSelector("a.portal-work-act")).click();
        browser.waitForAjax();
    }

    /** Opens the bell's list and follows the notice whose text contains {@code text} to its page. */
    public void followNotice(String text) {
        browser.click("#bellButton");
        WebElement notice = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("#bellPanel .portal-notifications a")).stream()
                        .filter(link -> link.isDisplayed() && link.getText().contains(text)).findFirst().orElse(null));
        notice.click();
        browser.waitForAjax();
    }

    /** Opens the bell's list and waits for its notices (or for the sentence that there are none). */
    public void openBell() {
        browser.click("#bellButton");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> !driver.findElements(
                By.cssSelector("#bellPanel .portal-notifications li, #bellPanel .portal-bell-none:not([hidden])")).isEmpty());
    }

    /** Opens the bell's list (its notices load when it opens) and marks every notice read. */
    public void markAllNoticesRead() {
        browser.click("#bellButton");
        WebElement markAll = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("markAllRead")));
        markAll.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("markAllRead")));
    }

    /** On the organisation chart: finds the department with this label ("Finance (FIN)") by its name and shows its reporting lines. */
    public void chooseReportingLinesOf(String departmentLabel) {
        pickSuggestion("#reporting\\:department_input", departmentLabel.substring(0, departmentLabel.lastIndexOf(" (")), departmentLabel);
    }

    /** On the organisation chart: the departments' boxes as drawn, each box's text on one line. */
    public List<String> chartBoxes() {
        return browser.driver().findElements(By.cssSelector("#chart\\:departments .ui-organigram-node")).stream()
                .map(box -> box.getText().replace('\n', ' ').strip()).toList();
    }

    /** On a large organisation's chart: follows the link of the box whose code is this, to the departments under it. */
    public void goDownFrom(String departmentCode) {
        WebElement box = browser.driver().findElements(By.cssSelector("#chart\\:departments .ui-organigram-node")).stream()
                .filter(node -> node.getText().startsWith(departmentCode + "\n")).findFirst()
                .orElseThrow(() -> new AssertionError("No box for " + departmentCode + " on the chart"));
        box.findElement(By.cssSelector(".portal-node-link")).click();
        browser.waitForAjax();
    }

    /** On a large organisation's chart: goes up from the department at its centre. */
    public void goUpTheChart() {
        browser.click("#up");
    }

    /** On the organisation chart: opens the reporting line under the person of this name, as a click on its toggler does. */
    public void openReportingLineOf(String fullName) {
        browser.driver().findElements(By.cssSelector("#reporting\\:people_data tr")).stream()
                .filter(row -> row.getText().startsWith(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + fullName))
                .findElement(By.cssSelector(".ui-treetable-toggler")).click();
        browser.waitForAjax();
    }

    /** On the organisation chart: the names (or other first cells) of the reporting lines' rows as shown. */
    public List<String> reportingLineRows() {
        return browser.driver().findElements(By.cssSelector("#reporting\\:people_data tr td:first-child")).stream()
                .map(cell -> cell.getText().strip()).toList();
    }

    /** Types part of a name into an autocomplete's input ({@code inputCss}); the labels it then suggests. */
    public List<String> suggestionsFor(String inputCss, String query) {
        browser.type(inputCss, query);
        browser.waitForAjax();
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<String> shown = d.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            return shown.isEmpty() ? null : shown;
        });
    }

    /** Closes an autocomplete's open suggestions (Escape), as a person would before turning to something else. */
    public void closeSuggestions(String inputCss) {
        browser.find(inputCss).sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Types part of a name into an autocomplete's input and picks the suggestion whose label starts with {@code label}. */
    public void pickSuggestion(String inputCss, String query, String label) {
        browser.type(inputCss, query);
        WebElement suggestion = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                        .filter(item -> item.isDisplayed() && item.getText().startsWith(label)).findFirst().orElse(null));
        suggestion.click();
        browser.waitForAjax();
    }

    /** Opens the main menu's administration entries beneath their heading. */
    public void openAdministrationMenu() {
        browser.click("#menuAdmin summary");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("menuCalendars")));
    }

    /** Follows the main menu's entry with this label ("Dashboard", …). */
    public void openMenu(String label) {
        browser.driver().findElements(By.cssSelector(".portal-menu a")).stream()
                .filter(e -> e.getText().equals(label)).findFirst().orElseThrow().click();
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

    /** Picks the option labelled {@code label} of a radio group (p:selectOneRadio) by clicking its label, as a user does. */
    public void chooseRadio(WebElement group, String label) {
        group.findElements(By.cssSelector("label")).stream().filter(candidate -> candidate.getText().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("No option " + label + " in " + group.getAttribute("id")))
                .click();
        browser.waitForAjax();
    }

    public void chooseRadio(String groupCss, String label) {
        chooseRadio(browser.find(groupCss), label);
    }

    /** The label of the option chosen in a radio group, or empty when none is. */
    public String chosenRadio(WebElement group) {
        return group.findElements(By.cssSelector("input[type=radio]")).stream().filter(WebElement::isSelected).findFirst()
                .map(input -> group.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText().strip())
                .orElse("");
    }

    public void assertPageShows(String text) {
        assertTrue(browser.pageText().contains(text), () -> "Expected the page to show \"" + text + "\" but it shows:\n"
                + browser.pageText());
    }
}
