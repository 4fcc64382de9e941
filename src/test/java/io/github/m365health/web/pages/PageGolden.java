package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text compared with a file under {@code src/test/resources/golden/api/}. After an intended change,
 * rewrite the files with {@code -Dgolden.update=true} and review the diff before committing.
 */
final class PageGolden {

    private static final Path DIR = Path.of("src", "test", "resources", "golden", "api");

    private PageGolden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing golden file " + file + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
