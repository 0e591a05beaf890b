package org.servicepact.platform.i18n;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A text already written in each language the portal speaks (a Bean Validation message, made by its own interpolator),
 * said in the reader's language where it stands as an argument of a message ({@link Texts#format}).
 *
 * @param byLanguage the text by language tag ("en", "de")
 */
public record Translated(Map<String, String> byLanguage) implements Serializable {

    public Translated {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text written in every supported language by {@code writer}. */
    public static Translated inEach(Function<Locale, String> writer) {
        Map<String, String> texts = new HashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            texts.put(language.getLanguage(), writer.apply(language));
        }
        return new Translated(texts);
    }

    /** The text in this language, or in English where it has none. */
    public String in(Locale locale) {
        return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get(Texts.DEFAULT.getLanguage()));
    }

    @Override
    public String toString() {
        return in(Texts.DEFAULT);
    }
}
