package org.servicepact.organisation.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import's texts, from the portal's resource bundle, without needing JSF (the import is plain Java). */
final class ImportText {

    private static final String BUNDLE = "org.servicepact.i18n.messages";

    private ImportText() {
    }

    static String of(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
