package io.github.m365health.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.TenantHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format of the report on {@link ScriptedHistory}, compared byte for byte with the files
 * under {@code src/test/resources/golden/report/}. After an intended change rewrite them with
 * {@code mvn -o test -Dtest=SlaReportGoldenTest -Dgolden.update=true} and review the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportGoldenTest {

    private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden", "report");

    private TenantHistory history;

    @BeforeAll
    void writeTheHistory(@TempDir Path dir) throws Exception {
        history = ScriptedHistory.write(dir.resolve("history.db")).read();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "2026-01, markdown", "2026-02, markdown", "2026-03, markdown", "2026-04, markdown", "2025-12, markdown",
            "2026-03, csv", "2026-04, csv",
            "2026-03, json", "2026-04, json", "2025-12, json",
            "2026-03, html", "2026-04, html"})
    void rendersTheScriptedMonthAsTheGoldenFile(String month, String format) throws IOException {
        SlaReport report = MonthlySla.report(YearMonth.parse(month), List.of(history), MonthlySlaTest.NOW,
                Optional.of("https://exporter.example.com"));
        String extension = format.equals("markdown") ? "md" : format;

        assertMatches("sla-" + month + "." + extension, ReportFormat.parse(format).render(report));
    }

    private static void assertMatches(String name, String actual) throws IOException {
        Path file = GOLDEN_DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing golden file " + file + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
