package org.servicepact.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language speaks every text, with the same blanks to fill in; every key a page names exists. */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

    private static Properties bundle(String suffix) throws IOException {
        return bundle("/org/servicepact/i18n/messages", suffix);
    }

    private static Properties bundle(String base, String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(base + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void germanHasEveryEnglishTextAndNoOther() throws IOException {
        assertEquals(bundle("").stringPropertyNames(), bundle("_de").stringPropertyNames());
    }

    @Test
    void germanHasEveryEnglishConstraintMessage() throws IOException {
        Properties english = bundle("/ValidationMessages", "");
        Properties german = bundle("/ValidationMessages", "_de");
        assertEquals(english.stringPropertyNames(), german.stringPropertyNames());
        assertTrue(english.getProperty("jakarta.validation.constraints.NotBlank.message").startsWith("This is required"),
                "the standard constraints speak as the portal does");
    }

    @Test
    void eachTranslationFillsInTheSameArguments() throws IOException {
        Properties english = bundle("");
        Properties german = bundle("_de");
        List<String> different = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!arguments(english.getProperty(key)).equals(arguments(german.getProperty(key, "")))) {
                different.add(key);
            }
        }
        assertTrue(different.isEmpty(), () -> "other arguments in German: " + different);
    }

    @Test
    void everyKeyAPageNamesIsInTheBundle() throws IOException {
        Properties english = bundle("");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    if (!english.containsKey(key.group(1))) {
                        missing.add(page.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "keys missing from the bundle: " + missing);
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }
}
