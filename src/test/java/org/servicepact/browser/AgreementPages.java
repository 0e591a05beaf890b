package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Page objects for drafting, deciding on and reading agreements. */
public final class AgreementPages {

    private final Browser browser;
    private final PortalPages portal;

    public AgreementPages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** Starts an agreement in which my (only) department provides to {@code counterpart}; lands in the draft editor. */
    public void startAgreementProvidingTo(String counterpart, String title) {
        browser.visit("/agreements/new.xhtml");
        portal.pickSuggestion("#agreement\\:counterpart_input", counterpart, counterpart);
        browser.type("#agreement\\:title", title);
        browser.click("#agreement\\:create");
        browser.waitForText("started as a draft");
    }

    public void addService(String name, String description) {
        browser.click("#draft\\:addService");
        List<WebElement> names = browser.driver().findElements(By.cssSelector("[id$=':serviceName']"));
        names.get(names.size() - 1).sendKeys(name);
        List<WebElement> descriptions = browser.driver().findElements(By.cssSelector("[id$=':serviceDescription']"));
        descriptions.get(descriptions.size() - 1).sendKeys(description);
    }

    /** Adds a commitment on one side (0: provider, 1: consumer), with a measure label or none. */
    public void addCommitment(int side, String title, String rationale, String measureLabel, String... targets) {
        sideSection(side).findElement(By.cssSelector("[id$=':addCommitment']")).click();
        browser.waitForAjax();
        WebElement commitment = last(sideSection(side).findElements(By.cssSelector(".portal-commitment")));
        commitment.findElement(By.cssSelector("[id$=':commitmentTitle']")).sendKeys(title);
        commitment.findElement(By.cssSelector("[id$=':commitmentRationale']")).sendKeys(rationale);
        if (measureLabel != null) {
            portal.selectOneMenu(commitment.findElement(By.cssSelector("[id$=':commitmentMeasure']")), measureLabel);
            List<WebElement> targetFields = commitment.findElements(By.cssSelector("[id$=':target']"));
            for (int priority = 0; priority < targets.length; priority++) {
                WebElement target = targetFields.get(priority);
                target.clear();
                target.sendKeys(targets[priority]);
            }
        }
    }

    /** In the draft editor: types a new target for priority P1–P4 ({@code priority} 1–4) of the last commitment. */
    public void changeTargetOfLastCommitment(int priority, String value) {
        WebElement commitment = last(browser.driver().findElements(By.cssSelector(".portal-commitment")));
        WebElement target = commitment.findElements(By.cssSelector("[id$=':target']")).get(priority - 1);
        target.clear();
        target.sendKeys(value);
    }

    public void propose() {
        browser.click("#draft\\:propose");
        browser.waitForText("proposed");
    }

    public void acceptFor(String party) {
        browser.driver().findElements(By.cssSelector("[id$=':accept']")).stream()
                .filter(button -> button.getText().equals("Accept for " + party)).findFirst()
                .orElseThrow(() -> new AssertionError("No accept button for " + party + ":\\n" + browser.pageText()))
                .click();
        browser.waitForAjax();
        browser.failOnErrorPage("Accept for " + party);
        browser.waitForText("Accepted.");
    }

    public void sendBack(String comment) {
        browser.type("#agreement\\:comment", comment);
        browser.click("#agreement\\:sendBack");
        browser.waitForText("Sent back to draft");
    }

    /** Opens an agreement from the agreement list by searching for its title. */
    public void open(String title) {
        browser.visit("/agreements/index.xhtml");
        browser.type("#list\\:search", title);
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.cssSelector("#list\\:agreements a")).stream()
                        .filter(link -> link.getText().equals(title)).findFirst().orElse(null)).click();
        browser.waitForAjax();
        browser.failOnErrorPage("the agreement " + title);
    }

    /** On an agreement under negotiation: opens its draft in the editor. */
    public void editDraft() {
        browser.click("#agreement\\:editDraft");
    }

    /** Whether the agreement page offers to renegotiate (only to a head of either party, or an administrator). */
    public boolean mayRenegotiate() {
        return browser.isShown("#agreement\\:renegotiate");
    }

    public String status() {
        return browser.text("#versionStatus");
    }

    private WebElement sideSection(int side) {
        return browser.driver().findElements(By.cssSelector(".portal-two-sides .portal-side")).get(side);
    }

    private static WebElement last(List<WebElement> elements) {
        return elements.get(elements.size() - 1);
    }
}
