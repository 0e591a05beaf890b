package org.servicepact.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects for my profile (personal access tokens) and the administrators' list of everyone's tokens. */
public final class ProfilePages {

    private final PortalPages portal;
    private final Browser browser;

    public ProfilePages(PortalPages portal) {
        this.portal = portal;
        this.browser = portal.browser();
    }

    /** Opens my profile the way a person does: by their name in the header. */
    public void open() {
        browser.click("#current-user");
        browser.waitForText("Personal access tokens");
    }

    /** Chooses the language the portal speaks to me ("Deutsch", "English", or the browser's) and saves it. */
    public void chooseLanguage(String label) {
        browser.visit("/profile.xhtml");
        portal.selectOneMenu("languageForm\\:language", label);
        browser.click("#languageForm\\:saveLanguage");
    }

    /** Creates a token ("30 days", "Read only"); answers the secret the page shows once. */
    public String createToken(String name, String validFor, String may) {
        browser.type("#token\\:tokenName", name);
        portal.selectOneMenu("token\\:tokenDays", validFor);
        portal.chooseRadio("#token\\:tokenScope", may);
        browser.click("#token\\:createToken");
        browser.waitForText("Copy it now");
        return browser.find("#token\\:newSecret").getAttribute("value");
    }

    /** Under "Notices by e-mail": chooses how one kind of notice comes ("At once", "Daily digest", "Not by mail"). */
    public void chooseMail(String kindLabel, String delivery) {
        WebElement row = browser.driver().findElements(By.cssSelector("#mail\\:kinds tbody tr")).stream()
                .filter(candidate -> candidate.getText().startsWith(kindLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("No kind of notice " + kindLabel + ":\n" + browser.pageText()));
        portal.chooseRadio(row.findElement(By.cssSelector(".ui-selectoneradio")), delivery);
    }

    /** How one kind of notice comes, as the form shows it. */
    public String mailChoice(String kindLabel) {
        WebElement row = browser.driver().findElements(By.cssSelector("#mail\\:kinds tbody tr")).stream()
                .filter(candidate -> candidate.getText().startsWith(kindLabel)).findFirst().orElseThrow();
        return portal.chosenRadio(row.findElement(By.cssSelector(".ui-selectoneradio")));
    }

    /** Saves the mail choices with this digest time; answers what the page then says. */
    public void saveMailChoices(String digestAt, String expected) {
        browser.type("#mail\\:digestAt", digestAt);
        browser.click("#mail\\:saveMail");
        browser.waitForText(expected);
    }

    public String digestTime() {
        return browser.find("#mail\\:digestAt").getAttribute("value");
    }

    public boolean showsASecret() {
        return browser.isShown("#token\\:newSecret");
    }

    /** On my profile: revokes my token of that name. */
    public void revoke(String name) {
        revokeIn("#token\\:tokens", name);
        browser.waitForText("Token " + name + " revoked");
    }

    /** The administrators' list of tokens, searched. */
    public void openAllTokens(String search) {
        browser.visit("/admin/api-tokens.xhtml");
        browser.searchUntilOnly("#list\\:search", "#list\\:tokens", search);
    }

    /** On the administrators' list: revokes the token of that name. */
    public void revokeAsAdministrator(String name, String ownerName) {
        revokeIn("#list\\:tokens", name);
        browser.waitForText("Token " + name + " of " + ownerName + " revoked.");
    }

    private void revokeIn(String tableCss, String name) {
        WebElement row = browser.driver().findElements(By.cssSelector(tableCss + " tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No token " + name + ":\n" + browser.pageText()));
        row.findElement(By.cssSelector("[id$=':revoke']")).click();
    }
}
