package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page objects for logging and working peer requests. */
public final class RequestPages {

    private final Browser browser;
    private final PortalPages portal;

    public RequestPages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** Logs a request under the agreement shown as {@code agreementLabel}; lands on the request's page. */
    public String log(String agreementLabel, String title, String description) {
        return log(agreementLabel, title, description, "logged");
    }

    /** The same, waiting for the page's confirmation in the reader's language ("logged", "erfasst"). */
    public String log(String agreementLabel, String title, String description, String confirmation) {
        return log(agreementLabel, title, description, null, confirmation);
    }

    /** The same, asking for it by a date, typed as the date picker takes it ("2027-01-15"); null asks for none. */
    public String log(String agreementLabel, String title, String description, LocalDate requestedDue, String confirmation) {
        browser.visit("/requests/new.xhtml");
        portal.selectOneMenu("request\\:agreement", agreementLabel);
        browser.type("#request\\:title", title);
        browser.type("#request\\:description", description);
        if (requestedDue != null) {
            browser.type("#request\\:requestedDue_input", requestedDue.toString());
            browser.find("#request\\:requestedDue_input").sendKeys(Keys.ESCAPE);
        }
        browser.click("#request\\:submit");
        browser.waitForText(confirmation);
        return browser.currentPath();
    }

    /**
     * Does an act from the request page: clicks its button and, for an act that asks for words in its own small form,
     * writes them there (or nothing) and sends it.
     */
    public void act(String buttonId, String words, String confirmation) {
        browser.click("#request\\:" + buttonId);
        if (browser.isShown("#request\\:actSend")) {
            if (words != null) {
                browser.type("#request\\:comment", words);
            }
            browser.click("#request\\:actSend");
        }
        browser.waitForText(confirmation);
    }

    /** On a request's page, for its provider: the colleagues suggested for part of a name typed into "Give it to". */
    public List<String> colleaguesFor(String nameQuery) {
        return portal.suggestionsFor("#request\\:assignee_input", nameQuery);
    }

    /** On a request's page, for its provider: gives the request to the suggested colleague whose label starts so. */
    public void giveTo(String nameQuery, String personName) {
        portal.pickSuggestion("#request\\:assignee_input", nameQuery, personName);
        browser.click("#request\\:assign");
        browser.waitForText("Assigned.");
    }

    /** Opens an act's small form without sending it ("cancelRequest", "handOff" …). */
    public void openAct(String buttonId) {
        browser.click("#request\\:" + buttonId);
        browser.find("#request\\:actSend");
    }

    /** Logs in as someone, does one act on the request at {@code page} and logs out again. */
    public void actAs(String username, String password, String page, String buttonId, String words, String confirmation) {
        portal.logIn(username, password);
        browser.visit(page);
        act(buttonId, words, confirmation);
        portal.logOut();
    }

    /** On the "log a request" page: chooses the agreement; answers the due times it then shows before submitting. */
    public String chooseAgreementAndPreview(String agreementLabel) {
        browser.visit("/requests/new.xhtml");
        portal.selectOneMenu("request\\:agreement", agreementLabel);
        return browser.text("#request\\:preview");
    }

    /** On the "log a request" page: the priorities offered, as their buttons' labels read. */
    public List<String> priorityChoices() {
        return browser.driver().findElements(By.cssSelector("#request\\:priority label")).stream().map(WebElement::getText).toList();
    }

    /** On the requests page: opens a tab ("queueTab", "escalatedTab") as a person does, by its link, and waits until it lists the text. */
    public void openListTab(String tabId, String expectedText) {
        browser.visit("/requests/index.xhtml");
        browser.click("#" + tabId);
        browser.waitForText(expectedText);
    }

    /** Opens the requests page on the tab and tells whether it lists the text (for waiting on the watcher). */
    public boolean listTabShows(String tabId, String text) {
        openListTabDirectly(tabId);
        return browser.pageText().contains(text);
    }

    /** The requests page opened on the tab by its address ({@code ?tab=queue}), as a link or a bookmark does. */
    private void openListTabDirectly(String tabId) {
        browser.visit("/requests/index.xhtml?tab=" + tabId.replace("Tab", ""));
    }

    /** A list as the address opens it ({@code ?tab=mine&scope=closed}): its text. */
    public String listByAddress(String tab, String scope) {
        browser.visit("/requests/index.xhtml?tab=" + tab + "&scope=" + scope);
        return browser.text("#" + tab);
    }

    /** The list under "My requests" as it shows now. */
    public String myRequests() {
        browser.visit("/requests/index.xhtml");
        return browser.text("#mine");
    }

    /** Under "My requests": shows "Open", "Closed" or "All" and narrows the list to the one request titled so. */
    public void findMine(String shown, String title) {
        chooseList(shown);
        browser.waitForText(title);
        search("#mine", title);
    }

    /** The rows of my department's queue in one of its views ("Open", "Breached" …), as text. */
    public List<String> queue(String shown) {
        openListTabDirectly("queueTab");
        chooseList(shown);
        return rows("#queue");
    }

    /** The rows of a list shown ({@code #mine}, {@code #queue}), as text; none when it says it holds none. */
    public List<String> rows(String listCss) {
        return browser.driver().findElements(By.cssSelector(listCss + " tbody tr")).stream()
                .map(WebElement::getText).filter(text -> !text.contains("No requests.")).toList();
    }

    /** Follows one of the list's choices ("Open", "Closed", "Breached" …): a link to that list's address. */
    public void chooseList(String shown) {
        WebElement choice = browser.driver().findElements(By.cssSelector("#scopes a")).stream()
                .filter(link -> link.getText().strip().equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice " + shown + " above the list"));
        followAndWait(choice::click);
        assertEquals(shown, browser.text("#scopes a[aria-current='true']"), "the choice followed is marked as the one shown");
    }

    /** Searches the list shown for the text (typed, then Enter) and waits for the new page to list exactly one row, holding it. */
    public void search(String listCss, String text) {
        browser.type("#search", text);
        followAndWait(() -> browser.find("#search").sendKeys(Keys.ENTER));
        List<String> found = rows(listCss);
        assertEquals(1, found.size(), () -> "the search for " + text + " found " + found);
        assertTrue(found.get(0).contains(text), found.get(0));
    }

    /** Sorts the list shown by the column headed so, by its heading's link; answers the column's text, row by row. */
    public List<String> sortListBy(String listCss, String heading) {
        List<WebElement> headings = browser.driver().findElements(By.cssSelector(listCss + " th"));
        int column = 0;
        while (column < headings.size() && !headings.get(column).getText().strip().equals(heading)) {
            column++;
        }
        if (column == headings.size()) {
            throw new AssertionError("No column headed " + heading + " in " + listCss);
        }
        WebElement link = headings.get(column).findElement(By.cssSelector("a.portal-sort"));
        followAndWait(link::click);
        int nth = column + 1;
        return browser.driver().findElements(By.cssSelector(listCss + " tbody td:nth-child(" + nth + ")")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * On a phone, where the headings are hidden, sorts the list shown by the link above it named so; answers that
     * column's text, row by row (each cell carries its column's name as its label).
     */
    public List<String> sortOnPhoneBy(String listCss, String column) {
        WebElement link = browser.driver().findElements(By.cssSelector(listCss + " #phoneSort a")).stream()
                .filter(a -> a.getText().strip().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("No sorting link " + column + " above " + listCss));
        followAndWait(link::click);
        WebElement sorted = browser.find(listCss + " #phoneSort a[aria-current='true']");
        assertTrue(sorted.getText().startsWith(column), "the column sorted by is marked: " + sorted.getText());
        return browser.driver().findElements(By.cssSelector(listCss + " tbody td[data-label='" + column + "']")).stream()
                .map(WebElement::getText).toList();
    }

    /** How the list's column headed so is sorted, as its {@code aria-sort} says. */
    public String sortState(String listCss, String heading) {
        return browser.driver().findElements(By.cssSelector(listCss + " th")).stream()
                .filter(th -> th.getText().strip().equals(heading)).findFirst()
                .map(th -> th.getAttribute("aria-sort")).orElseThrow();
    }

    /** Does what loads another page and waits until it has replaced this one. */
    private void followAndWait(Runnable act) {
        WebElement before = browser.driver().findElement(By.tagName("main"));
        act.run();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage("the list's page never came")
                .until(ExpectedConditions.stalenessOf(before));
        browser.waitForAjax();
        browser.failOnErrorPage("a list's link");
    }

    /** The "Escalated to me" list as text. */
    public String escalatedToMe() {
        openListTabDirectly("escalatedTab");
        return browser.text("#escalated");
    }

    /** The "Escalated to me" tab's label, with how many are waiting ("Escalated to me (2 waiting)"). */
    public String escalatedTabLabel() {
        return browser.text("#escalatedTab");
    }

    /** The escalations card of the request page. */
    public String escalations() {
        return browser.text("#request\\:escalations");
    }

    /** As the person an escalation went to: acknowledges it with a comment. */
    public void acknowledgeEscalation(String comment) {
        sendEscalationAcknowledgement(comment);
        browser.waitForText("Escalation acknowledged.");
    }

    /** The same, for a comment the page may refuse: sent, and the page's answer waited for. */
    public void sendEscalationAcknowledgement(String comment) {
        browser.type("[id$=':acknowledgement']", comment);
        browser.click("[id$=':acknowledgeEscalation']");
        browser.waitForAjax();
    }

    /** What the acknowledgement's field holds now. */
    public String escalationAcknowledgementTyped() {
        return browser.find("[id$=':acknowledgement']").getAttribute("value");
    }

    public String status() {
        return browser.text("#requestStatus");
    }

    /** The request page's priority as it reads ("P3 · normal"). */
    public String priority() {
        return browser.text("#requestPriority");
    }

    /** The request page's "Requested due date" as it reads ("Fri 15 Jan 2027", "none asked for"). */
    public String requestedDue() {
        return browser.text("#requestedDue");
    }

    /** The request page's timeline as shown, newest first, one text per event. */
    public List<String> timeline() {
        return rows("#request\\:timeline");
    }

    /** Asks for the earlier events below the request's timeline. */
    public void showEarlierEvents() {
        browser.click("[id$=':showEarlier']");
    }

    public String clocks(String side) {
        return browser.text("#clocks-" + side);
    }
}
