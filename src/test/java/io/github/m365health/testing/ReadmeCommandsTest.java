package io.github.m365health.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's promise to a newcomer: the quick start is two commands, one that builds and runs
 * the exporter on its demo tenant and one that runs every test; the fast run without the
 * end-to-end tests is documented with the tag those tests carry.
 */
class ReadmeCommandsTest {

    private static final Pattern SH_BLOCK = Pattern.compile("```sh\n(.*?)\n```", Pattern.DOTALL);

    @Test
    void quickStartIsTwoCommandsTheDemoAndTheWholeSuite() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Quick start\n");
        assertTrue(start >= 0, "README has a Quick start section");
        String quickStart = readme.substring(start + 1, readme.indexOf("\n## ", start + 1));

        List<String> commands = SH_BLOCK.matcher(quickStart).results().map(m -> m.group(1)).toList();

        assertEquals(List.of("mvn -q -DskipTests package && java -jar target/m365-health-exporter.jar --demo", "mvn test"),
                commands);
    }

    @Test
    void documentsTheFastRunWithoutTheEndToEndTests() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertTrue(readme.contains("```sh\nmvn test -DexcludedGroups=" + EndToEnd.TAG + "\n```"), "fast command in README");
    }
}
