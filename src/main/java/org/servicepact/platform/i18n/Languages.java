package org.servicepact.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks: English (its bundle's base) and German. A person may choose one; otherwise the
 * first of their browser's languages that the portal speaks, else English.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {
    }

    /** Whether a language tag ("en", "de") is one the portal speaks. */
    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(tag));
    }

    /** The person's chosen language, else the first supported one the browser asks for, else English. */
    public static Locale resolve(String chosen, List<Locale> browserPreferences) {
        if (isSupported(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        return firstSupported(browserPreferences).orElse(Texts.DEFAULT);
    }

    /**
     * The language of an HTTP client's {@code Accept-Language} header ("de-DE,de;q=0.9,en;q=0.8"): the most preferred
     * one the portal speaks; English when the header is absent, names none of them or cannot be read.
     */
    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Texts.DEFAULT;
        }
        try {
            List<Locale> preferred = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
            return firstSupported(preferred).orElse(Texts.DEFAULT);
        } catch (IllegalArgumentException unreadable) {
            return Texts.DEFAULT;
        }
    }

    private static Optional<Locale> firstSupported(List<Locale> preferences) {
        for (Locale preference : preferences) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(preference.getLanguage())) {
                    return Optional.of(supported);
                }
            }
        }
        return Optional.empty();
    }
}
