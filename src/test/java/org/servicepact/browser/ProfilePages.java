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

    /** Creates a token ("30 days", "Read only"); answers the secret the page shows once. */
    public String createToken(String name, String validFor, String may) {
        browser.type("#token\\:tokenName", name);
        portal.selectOneMenu("token\\:tokenDays", validFor);
        WebElement choice = browser.driver().findElements(By.cssSelector("#token\\:tokenScope .ui-button")).stream()
                .filter(button -> button.getText().strip().equals(may)).findFirst().orElseThrow();
        if (!choice.getAttribute("class").contains("ui-state-active")) {
            choice.click();
        }
        browser.click("#token\\:createToken");
        browser.waitForText("Copy it now");
        return browser.find("#token\\:newSecret").getAttribute("value");
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
