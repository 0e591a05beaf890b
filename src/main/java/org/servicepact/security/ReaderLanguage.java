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
        return Languages.resolve(currentUser.isLoggedIn() ? currentUser.getLanguage() : null, Collections.list(request.getLocales()));
    }
}
