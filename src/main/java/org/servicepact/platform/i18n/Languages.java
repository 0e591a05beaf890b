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
