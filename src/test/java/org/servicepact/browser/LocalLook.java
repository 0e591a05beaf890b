package org.servicepact.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URL;

/** Not part of the suite: screenshots of a portal already running at -Dlook.url, for a look by hand. */
@EnabledIfSystemProperty(named = "look.url", matches = ".+")
class LocalLook {

    @Test
    void look() throws Exception {
        try (Browser browser = Browser.open(new URL(System.getProperty("look.url")))) {
            PortalPages pages = new PortalPages(browser);
            browser.visit("/");
            browser.screenshot("look-login");
            pages.logIn("admin", "servicepact");
            if (System.getProperty("look.save") != null) {
                browser.visit(System.getProperty("look.save"));
                browser.click("[id$=':save']");
                browser.screenshot("look-after-save");
            }
            for (String page : System.getProperty("look.pages", "/").split(",")) {
                browser.visit(page);
                browser.screenshot("look" + page.replaceAll("[^a-z]+", "-"));
            }
        }
    }
}
