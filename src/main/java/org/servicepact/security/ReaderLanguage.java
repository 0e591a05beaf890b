package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.servicepact.platform.i18n.Languages;

import java.util.Collections;
import java.util.Locale;

/** The language of whoever asks, for what is written outside a page (a PDF): chosen on their profile, else their browser's. */
@ApplicationScoped
public class ReaderLanguage {

    @Inject
    CurrentUser currentUser;

    public Locale of(HttpServletRequest request) {
        return of(currentUser.isLoggedIn() ? currentUser.getLanguage() : null, request);
    }

    /** The language {@code chosen} ("en", "de"; null or blank: none), else the browser's. */
    public Locale of(String chosen, HttpServletRequest request) {
        return Languages.resolve(chosen == null || chosen.isBlank() ? null : chosen, Collections.list(request.getLocales()));
    }
}
