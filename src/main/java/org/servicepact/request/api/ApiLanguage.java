package org.servicepact.request.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.servicepact.platform.i18n.Languages;

import java.util.Locale;

/**
 * The language an API call is answered in: the most preferred of its {@code Accept-Language} header's that the portal
 * speaks, English without one (a script that sends none reads the same sentences on every server).
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return Languages.ofHeader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
