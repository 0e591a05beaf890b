package org.servicepact.browser;

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
        browser.visit("/requests/new.xhtml");
        portal.selectOneMenu("request\\:agreement", agreementLabel);
        browser.type("#request\\:title", title);
        browser.type("#request\\:description", description);
        browser.click("#request\\:submit");
        browser.waitForText("logged");
        return browser.currentPath();
    }

    /** Does an act from the request page, with the words it needs (or none). */
    public void act(String buttonId, String words, String confirmation) {
        if (words != null) {
            browser.type("#request\\:comment", words);
        }
        browser.click("#request\\:" + buttonId);
        browser.waitForText(confirmation);
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

    /** On the requests page: opens a tab ("queueTab", "escalatedTab") and waits until it lists the text. */
    public void openListTab(String tabId, String expectedText) {
        openListTab(tabId);
        browser.waitForText(expectedText);
    }

    /** Opens the requests page's tab and tells whether it lists the text now (for waiting on the watcher). */
    public boolean listTabShows(String tabId, String text) {
        openListTab(tabId);
        return browser.pageText().contains(text);
    }

    private void openListTab(String tabId) {
        browser.visit("/requests/index.xhtml");
        browser.click("#lists\\:tabs a[href$='" + tabId + "']");
    }

    /** The escalations card of the request page. */
    public String escalations() {
        return browser.text("#request\\:escalations");
    }

    /** As the person an escalation went to: acknowledges it with a comment. */
    public void acknowledgeEscalation(String comment) {
        browser.type("[id$=':acknowledgement']", comment);
        browser.click("[id$=':acknowledgeEscalation']");
        browser.waitForText("Escalation acknowledged.");
    }

    public String status() {
        return browser.text("#requestStatus");
    }

    public String clocks(String side) {
        return browser.text("#clocks-" + side);
    }
}
