package org.servicepact.browser;

/** The way in through the organisation's identity provider: the login page's single sign-on button and the provider's own login page. */
public final class SignInPages {

    private final Browser browser;

    public SignInPages(Browser browser) {
        this.browser = browser;
    }

    /**
     * From the login page (where asking for any page leads): "Sign in with …", then on the provider's page the subject
     * and the claims (JSON) it puts into the ID token; waits until the browser is back at the portal.
     */
    public void signInThroughProvider(String subject, String claimsJson) {
        browser.click("#singleSignOn");
        browser.type("input[name=username]", subject);
        browser.type("textarea[name=claims]", claimsJson);
        browser.screenshot("oidc-provider-login");
        browser.click("input[type=submit]");
        browser.waitForAjax();
        browser.screenshot("oidc-returned");
    }

    /** The reason the refusal page gives; fails when the browser is not on it. */
    public String refusal() {
        browser.waitForText("Not signed in");
        return browser.text("#refusedReason");
    }
}
