package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates the shared PDQ test vectors: system property {@code pdq.vectors}, default
 * {@code src/test/resources/pdq-vectors} (a copy of the shared PDQ reference vectors, BSD licence) relative to the project dir.
 */
public final class TestVectors {

    public static final String PROPERTY = "pdq.vectors";
    public static final String DEFAULT = "src/test/resources/pdq-vectors";

    private TestVectors() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty(PROPERTY, DEFAULT)).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(dir.resolve("expected-java-reference.csv")),
                "PDQ test vectors not found at " + dir + " (set -D" + PROPERTY + "=...)");
        return dir;
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    public static List<String> lines(String relative) {
        try {
            return Files.readAllLines(file(relative)).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
