package org.servicepact.platform.i18n;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's texts from its resource bundle, formatted for a given language; needs no JSF, so services and the API use it too. */
public final class Texts {

    public static final String BUNDLE = "org.servicepact.i18n.messages";

    /**
     * The language of texts written where no reader is at hand (notices as they are stored today, API answers):
     * the bundle's base language.
     */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** The bundle's date and time patterns, made once per key and language. */
    private static final Map<DatePattern, DateTimeFormatter> DATE_PATTERNS = new ConcurrentHashMap<>();

    private record DatePattern(String key, Locale locale) {
    }

    /** How many characters of a given value a message repeats: enough to recognise it, not a whole pasted text. */
    static final int ECHOED = 40;

    private Texts() {
    }

    /**
     * The bundle's text for {@code key} in {@code locale} with the arguments filled in, a {@link Message} among them said
     * in the same language (a status's name), and a weekday and a {@link Translated} text too; the key itself when the bundle lacks it.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            said[i] = said(arguments[i], locale);
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    private static Object said(Object argument, Locale locale) {
        if (argument instanceof Message message) {
            return message.render(locale);
        }
        if (argument instanceof Translated translated) {
            return translated.in(locale);
        }
        return argument instanceof DayOfWeek day ? day.getDisplayName(TextStyle.FULL, locale) : argument;
    }

    /**
     * The bundle's date or time pattern {@code key} in {@code locale} ({@code format.dateTime}, {@code format.day},
     * {@code format.month}): how pages, PDFs, notices and mails write a moment, a date or a month.
     */
    public static DateTimeFormatter dates(Locale locale, String key) {
        return DATE_PATTERNS.computeIfAbsent(new DatePattern(key, locale),
                pattern -> DateTimeFormatter.ofPattern(format(locale, key), locale));
    }

    /**
     * A value someone gave, as a message repeats it ("Unknown priority "…""): cut short with an ellipsis when longer
     * than {@value #ECHOED} characters, so that a refusal does not send back or show a whole pasted text again.
     */
    public static String echo(String given) {
        if (given == null || given.codePointCount(0, given.length()) <= ECHOED) {
            return given;
        }
        return given.substring(0, given.offsetByCodePoints(0, ECHOED)) + "…";
    }
}
