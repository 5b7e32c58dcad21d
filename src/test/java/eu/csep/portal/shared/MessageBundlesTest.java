package eu.csep.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every key once, and every message is a valid MessageFormat pattern. */
class MessageBundlesTest {

    private static final String BUNDLE = "/eu/csep/portal/shared/messages";

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_de"})
    void everyLanguageHasTheSameKeys(String language) throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Set<String> other = load(language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "keys missing in messages" + language);
        assertEquals(Set.of(), extra, "keys only in messages" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_de"})
    void noKeyIsDefinedTwice(String language) throws IOException {
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE + language + ".properties");
                LineNumberReader lines = new LineNumberReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && equals > 0
                        && !seen.add(line.substring(0, equals).strip())) {
                    duplicates.add(lines.getLineNumber() + ": " + line.substring(0, equals));
                }
            }
        }
        assertTrue(duplicates.isEmpty(), "defined twice in messages" + language + ": " + duplicates);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_de"})
    void messagesWithArgumentsAreValidPatterns(String language) throws IOException {
        Properties messages = load(language);
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            if (value.contains("{0")) {
                new MessageFormat(value); // throws on a broken pattern
                assertTrue(!value.replace("''", "").contains("'"),
                        key + " has a single apostrophe, which MessageFormat swallows: " + value);
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
