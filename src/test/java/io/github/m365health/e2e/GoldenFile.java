package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text compared with a file under {@code src/test/resources/golden/} (read from the source tree,
 * where Maven runs the tests). After an intended change, rewrite the files with
 * {@code -Dgolden.update=true}, as the other golden tests do, and review the diff before committing.
 */
final class GoldenFile {

    private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFile() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = GOLDEN_DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing golden file " + file + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
