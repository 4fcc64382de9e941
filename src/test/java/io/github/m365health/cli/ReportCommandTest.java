package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.report.ScriptedHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report sla} as an operator runs it, through {@link Main#run}: the report on stdout, exit 0;
 * any error one line on stderr, exit 1, nothing on stdout.
 */
class ReportCommandTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");

    @TempDir
    Path dir;
    private Path config;

    record Outcome(int code, String out, String err) {
    }

    /** Written once through the store's write path; each test reads its own copy. */
    private static Path template;

    @BeforeAll
    static void writeTheHistory(@TempDir Path templateDir) throws Exception {
        template = templateDir.resolve("history.db");
        ScriptedHistory.write(template);
    }

    @BeforeEach
    void copyHistoryAndWriteConfig() throws Exception {
        Files.copy(template, dir.resolve("history.db"));
        config = writeConfig(dir.resolve("history.db"));
    }

    @AfterEach
    void restoreTheJdkLogging() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void printsTheMonthsReportAsMarkdownByDefault() throws Exception {
        Outcome outcome = run("report", "sla", "--config.file", config.toString(), "--month=2026-03",
                "--web.external-url=https://exporter.example.com");

        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(Files.readString(GOLDEN.resolve("sla-2026-03.md")), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void printsCsvAndJsonOnRequest() throws Exception {
        Outcome csv = run("report", "sla", "--config.file=" + config, "--month=2026-03", "--format=csv",
                "--web.external-url=https://exporter.example.com");
        Outcome json = run("report", "sla", "--config.file=" + config, "--month=2026-03", "--format=json",
                "--tenant=contoso", "--web.external-url=https://exporter.example.com");

        assertEquals(Files.readString(GOLDEN.resolve("sla-2026-03.csv")), csv.out());
        assertEquals(Files.readString(GOLDEN.resolve("sla-2026-03.json")), json.out());
        assertEquals(0, csv.code() + json.code());
    }

    @Test
    void monthWithoutHistorySaysSoAndSucceedsWithAnEmptyReport() {
        Outcome outcome = run("report", "sla", "--config.file=" + config, "--month=2025-06", "--format=csv");

        assertEquals(0, outcome.code());
        assertEquals(1, outcome.out().lines().count(), "the CSV header alone: " + outcome.out());
        assertEquals("No history for 2025-06: the history covers 2026-01 to 2026-04.\n", outcome.err());
    }

    @Test
    void monthNotWrittenAsYearAndMonthIsOneLineExitOne() {
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config, "--month=2026-3"),
                "--month: \"2026-3\" is not a month; give it as YYYY-MM, e.g. 2026-03 (see report --help)");
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config, "--month=2026-13"),
                "--month: \"2026-13\" is not a month; give it as YYYY-MM, e.g. 2026-03 (see report --help)");
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config),
                "--month: required, as in --month=YYYY-MM (see report --help)");
    }

    @Test
    void unknownTenantIsOneLineNamingTheKnownOnes() {
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config, "--month=2026-03", "--tenant=fabrikam"),
                "unknown tenant \"fabrikam\"; known tenants: contoso");
    }

    @Test
    void missingStoreIsOneLineAndIsNotCreated() throws Exception {
        Path missing = dir.resolve("elsewhere").resolve("none.db");
        Files.createDirectories(missing.getParent());
        Path other = writeConfig(missing);

        assertFailsWithOneLine(run("report", "sla", "--config.file=" + other, "--month=2026-03"),
                "state store " + missing + " does not exist; check state.path in the configuration"
                        + " (the exporter creates it at its first start)");
        assertFalse(Files.exists(missing));
    }

    @Test
    void otherReportsFormatsAndFlagsAreRefusedInOneLine() {
        assertFailsWithOneLine(run("report", "uptime"),
                "report: \"uptime\" is not a report; the one report is sla, as in: report sla --config.file=PATH"
                        + " --month=YYYY-MM (see report --help)");
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config, "--month=2026-03", "--format=html"),
                "--format: \"html\" is not a format of report sla; use markdown, csv or json (see report --help)");
        assertFailsWithOneLine(run("report", "sla", "--config.file=" + config, "--month=2026-03", "--demo"),
                "--demo: not a flag of report sla; it takes --config.file, --month, --tenant, --format and"
                        + " --web.external-url (see report --help)");
    }

    @Test
    void helpDescribesTheSubcommand() {
        Outcome outcome = run("report", "--help");

        assertEquals(0, outcome.code());
        assertTrue(outcome.out().startsWith("usage: m365-health-exporter report sla --config.file=PATH --month=YYYY-MM"));
        assertTrue(run("--help").out().contains("report sla --config.file=PATH --month=YYYY-MM"), "the main help names it");
    }

    private Path writeConfig(Path state) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "s3cret-value\n");
        return Files.writeString(dir.resolve("config-" + state.getFileName() + ".yml"), """
                tenants:
                  - name: contoso
                    tenant_id: 2c5e8f31-7a4d-4e69-9b0a-d3c1f5e7a902
                    client_id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                    client_secret_file: secret.txt
                state:
                  path: %s
                """.formatted(state));
    }

    private static void assertFailsWithOneLine(Outcome outcome, String expectedLine) {
        assertEquals(1, outcome.code(), "exit code; stderr: " + outcome.err());
        assertEquals(expectedLine + "\n", outcome.err());
        assertEquals("", outcome.out());
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
