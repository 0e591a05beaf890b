package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

/** Page objects for rating the other side of a request and for writing and handling letters. */
public final class FeedbackPages {

    private final PortalPages portal;
    private final Browser browser;

    public FeedbackPages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** On a resolved request's page: gives each principle (by its field id) its stars, with a comment, and sends. */
    public void rate(Map<String, Integer> starsByPrinciple, String comment) {
        starsByPrinciple.forEach((principle, stars) -> {
            List<WebElement> starsOfPrinciple = browser.driver().findElements(By.cssSelector("#request\\:" + principle + " .ui-rating-star"));
            starsOfPrinciple.get(stars - 1).click();
        });
        browser.type("#request\\:ratingComment", comment);
        browser.click("#request\\:rate");
        confirmFinal();
        browser.waitForText("your rating is recorded");
    }

    /**
     * Sends the rating form with a score no star click can give, as a hand-made post would (the stars' input is a
     * range, which a browser keeps to numbers: it is made a text field first).
     */
    public void sendForgedScore(String principle, String score) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const input = document.getElementById(arguments[0]); input.type = 'text'; input.value = arguments[1];",
                "request:" + principle + "_input", score);
        browser.type("#request\\:ratingComment", "Forged");
        browser.click("#request\\:rate");
        confirmFinal();
    }

    /** A rating is final: the page asks first, and the rater says yes. */
    private void confirmFinal() {
        browser.waitForText("once sent it cannot be changed");
        browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
        browser.waitForAjax();
    }

    public String myRating() {
        return browser.text("#myRating");
    }

    public String theirRating() {
        return browser.text("#theirRating");
    }

    /** Writes a letter about a person, found by typing part of their name; lands on the letter's page. */
    public void writeAboutPerson(String kindLabel, String nameQuery, String personName, String subject, String body) {
        browser.visit("/feedback/write.xhtml");
        chooseKind(kindLabel);
        portal.pickSuggestion("#letter\\:aboutEmployee_input", nameQuery, personName);
        browser.type("#letter\\:subject", subject);
        browser.type("#letter\\:body", body);
        browser.click("#letter\\:send");
        browser.waitForText("Sent: the person it went to is told");
    }

    /**
     * Writes a letter about a department, found by typing part of its name or code; leaves the suggestions shown
     * and the letter unsent until {@link #send()}.
     */
    public List<String> writeAboutDepartment(String kindLabel, String query, String subject, String body) {
        browser.visit("/feedback/write.xhtml");
        chooseKind(kindLabel);
        portal.chooseRadio("#letter\\:about", "A department");
        browser.type("#letter\\:subject", subject);
        browser.type("#letter\\:body", body);
        return portal.suggestionsFor("#letter\\:aboutDepartment_input", query);
    }

    /** Picks the suggestion shown for the letter's department that starts with this label. */
    public void pickDepartment(String query, String departmentLabel) {
        portal.pickSuggestion("#letter\\:aboutDepartment_input", query, departmentLabel);
    }

    /** Sends the letter written; lands on its page. */
    public void send() {
        browser.click("#letter\\:send");
        browser.waitForText("Sent: the person it went to is told");
    }

    private void chooseKind(String kindLabel) {
        portal.chooseRadio("#letter\\:kind", kindLabel);
    }

    /** Opens a letter from one tab of the feedback page by its subject. */
    public void openLetter(String tabId, String subject) {
        browser.visit("/feedback/index.xhtml");
        browser.click("#feedback\\:tabs a[href$='" + tabId + "']");
        browser.waitForText(subject);
        browser.driver().findElements(By.linkText(subject)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
        browser.waitForAjax();
    }

    public void acknowledgeLetter(String words) {
        browser.type("#letter\\:acknowledgement", words);
        browser.click("#letter\\:acknowledge");
        browser.waitForText("Acknowledged: the writer is told.");
    }

    public String letterStatus() {
        return browser.text("#letterStatus");
    }
}
