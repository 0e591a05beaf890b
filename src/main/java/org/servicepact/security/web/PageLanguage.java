package org.servicepact.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.servicepact.security.ReaderLanguage;

import java.util.Locale;

/**
 * The language a page is rendered in (the view's locale, so every message, date and number follows it): the one the
 * person chose on their profile, else the first their browser asks for that the portal speaks, else English.
 */
@Named
@RequestScoped
public class PageLanguage {

    @Inject
    ReaderLanguage readerLanguage;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = readerLanguage.of(request);
        }
        return locale;
    }

    /** The language's tag for the page's {@code lang} attribute. */
    public String getTag() {
        return getLocale().getLanguage();
    }
}
