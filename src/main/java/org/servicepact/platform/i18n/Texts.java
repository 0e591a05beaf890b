package org.servicepact.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts from its resource bundle, formatted for a given language; needs no JSF, so services and the API use it too. */
public final class Texts {

    public static final String BUNDLE = "org.servicepact.i18n.messages";

    /**
     * The language of texts written where no reader is at hand (notices as they are stored today, API answers):
     * the bundle's base language.
     */
    public static final Locale DEFAULT = Locale.ENGLISH;

    private Texts() {
    }

    /** The bundle's text for {@code key} in {@code locale} with the arguments filled in; the key itself when the bundle lacks it. */
    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
