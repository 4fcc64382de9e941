package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.logging.LogManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line as an operator meets it, through {@link Main#run}: what goes to stdout and
 * stderr, and the exit code. Every failure is one line on stderr, with no stack trace. Only modes
 * that return are run here; serving blocks until the process is stopped.
 */
class MainTest {

    /** Fails a case that would start serving instead of returning. */
    private static final Duration RETURNS_WITHIN = Duration.ofSeconds(30);
    private static final String TENANT_ID = "2c5e8f31-7a4d-4e69-9b0a-d3c1f5e7a902";
    private static final String CLIENT_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @TempDir
    Path dir;

    /** Record of one run: exit code and both streams. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @AfterEach
    void restoreTheJdkLogging() throws IOException {
        // run() points java.util.logging at its stderr, as the real process does.
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Outcome outcome = run("--help");

        assertEquals(0, outcome.code());
        assertTrue(outcome.out().startsWith("usage: m365-health-exporter [<flags>]\n"), outcome.out());
        for (FlagSpec flag : FlagSpec.ALL) {
            assertTrue(outcome.out().contains("--" + flag.name()), "--help lists --" + flag.name());
        }
        assertEquals("", outcome.err());
        assertEquals(outcome, run("-h"));
    }

    @Test
    void versionPrintsTheProjectVersionAndExitsZero() throws IOException {
        Outcome outcome = run("--version");

        assertEquals(0, outcome.code());
        assertEquals("m365-health-exporter " + pomVersion() + " (revision ", outcome.out().substring(0,
                outcome.out().indexOf("(revision ") + "(revision ".length()));
        assertTrue(outcome.out().endsWith(", java " + System.getProperty("java.version") + ")\n"), outcome.out());
        assertEquals(1, outcome.out().lines().count());
        assertEquals("", outcome.err());
    }

    @Test
    void checksTheShippedExampleConfigAndPrintsTheOkLine() {
        Outcome outcome = run("--config.file", "examples/config.yml", "--config.check");

        assertEquals(0, outcome.code(), outcome.err());
        assertEquals("OK: 2 tenants: contoso (global, client secret), fabrikam (usgov, certificate RS256);"
                + " poll 1m0s, messages 5m0s; state m365-health-exporter.db\n", outcome.out());
        assertEquals("", outcome.err());
    }

    /** A configuration mistake and the one line that must name it; {@code $DIR} is the config's folder. */
    record ConfigCase(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ConfigCase> configMistakes() {
        String secret = "    client_secret_file: secret.txt\n";
        return Stream.of(
                new ConfigCase("missing secret file", tenant("    client_secret_file: missing.txt\n"),
                        "tenants[0].client_secret_file: $DIR/missing.txt: no such file"),
                new ConfigCase("unknown tenant key", tenant(secret + "    bogus: x\n"), "tenants[0].bogus: unknown key"),
                new ConfigCase("bad duration", tenant(secret) + "poll:\n  interval: 5 minutes\n",
                        "poll.interval: \"5 minutes\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d"),
                new ConfigCase("yaml syntax", "tenants:\n  - name: contoso\n    tenant_id: a: b\n",
                        "$DIR/config.yml: line 3: mapping values are not allowed here"),
                new ConfigCase("state folder missing", tenant(secret) + "state:\n  path: nope/history.db\n",
                        "state.path: $DIR/nope/history.db: directory $DIR/nope does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configMistakes")
    void aConfigMistakeExitsOneWithOneLineNamingTheKey(ConfigCase mistake) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "s3cret-value\n");
        Path config = write("config.yml", mistake.yaml());

        for (boolean check : List.of(true, false)) {
            String expected = mistake.expected().replace("$DIR", dir.toString());
            if (check) {
                assertFailsWithOneLine(run("--config.file", config.toString(), "--config.check"), expected);
            } else {
                assertFailsWithOneLogLine(run("--config.file", config.toString(), "--web.listen-address=127.0.0.1:0"),
                        "invalid configuration", expected);
            }
        }
    }

    @Test
    void aMissingConfigFileExitsOneWithOneLine() {
        Path absent = dir.resolve("absent.yml");

        assertFailsWithOneLine(run("--config.file", absent.toString(), "--config.check"), absent + ": no such file");
    }

    @Test
    void anUnknownFlagExitsOneWithOneLineSuggestingTheRightOne() {
        assertFailsWithOneLine(run("--config-file", "examples/config.yml"),
                "--config-file: unknown flag; did you mean --config.file? (see --help)");
    }

    @Test
    void aBadFlagValueExitsOneWithOneLine() {
        Outcome outcome = run("--demo", "--log.level=loud");

        assertFailsWithOneLine(outcome, "--log.level: \"loud\" must be one of debug, info, warn, error (see --help)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/3 | --tenants.shard: \"3/3\": INDEX must be below COUNT (replicas are numbered from 0, so the last of 3 is 2/3)",
            "0/0 | --tenants.shard: \"0/0\": COUNT must be at least 1",
            "one/three | --tenants.shard: \"one/three\" must be INDEX/COUNT with whole numbers, such as 0/3"})
    void aBadShardExitsOneWithOneLine(String shard, String line) {
        assertFailsWithOneLine(run("--demo", "--tenants.shard=" + shard), line + " (see --help)");
    }

    @Test
    void demoRefusesAConfiguredTenantNamedDemo() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "s3cret-value\n");
        Path config = write("config.yml", tenant("    client_secret_file: secret.txt\n").replace("name: contoso", "name: demo"));

        assertFailsWithOneLogLine(run("--demo", "--config.file", config.toString(), "--web.listen-address=127.0.0.1:0"),
                "invalid configuration", "tenants[0].name: \"demo\" is reserved for the --demo tenant; rename this tenant");
    }

    @Test
    void aStateFileOfRandomBytesStopsStartupWithOneLineNamingIt() throws IOException {
        Path state = dir.resolve("history.db");
        Files.write(state, randomBytes(8192));

        Outcome outcome = runAgainstState(state);

        assertFailsWithOneLogLine(outcome, "cannot start", "state store " + state + " is not an SQLite database; restore the store from"
                + " a backup, or move it aside to start a new history (or set state.path to the right file)");
    }

    @Test
    void aStartupFailureIsOneJsonLineWhenTheLogFormatIsJson() throws Exception {
        Path state = dir.resolve("history.db");
        Files.write(state, randomBytes(8192));
        Files.writeString(dir.resolve("secret.txt"), "s3cret-value\n");
        Path config = write("config.yml", tenant("    client_secret_file: secret.txt\n    cloud: custom\n"
                + "    authority_url: http://127.0.0.1:9\n    graph_url: http://127.0.0.1:9\n")
                + "state:\n  path: " + state + "\n");

        Outcome outcome = run("--config.file", config.toString(), "--web.listen-address=127.0.0.1:0", "--log.format=json");

        assertEquals(1, outcome.code());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        JsonNode line = new ObjectMapper().readTree(outcome.errLines().get(0));
        assertEquals("error", line.path("level").asText());
        assertEquals("cannot start", line.path("msg").asText());
        assertTrue(line.path("err").asText().startsWith("state store " + state + " is not an SQLite database"), outcome.err());
        assertNoStackTrace(outcome);
    }

    @Test
    void aDamagedSqliteStateFileStopsStartupWithOneLineNamingIt() throws IOException {
        Path state = dir.resolve("history.db");
        byte[] damaged = randomBytes(8192);
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, damaged, 0, header.length);
        Files.write(state, damaged);
        byte[] before = Files.readAllBytes(state);

        Outcome outcome = runAgainstState(state);

        assertEquals(1, outcome.code());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        assertTrue(outcome.err().contains(" msg=\"cannot start\" err=\"state store " + state + " "), outcome.err());
        assertNoStackTrace(outcome);
        assertArrayEquals(before, Files.readAllBytes(state), "the damaged file is left as it was");
    }

    private Outcome runAgainstState(Path state) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "s3cret-value\n");
        // cloud custom on a closed loopback port: nothing is contacted before the store opens.
        Path config = write("config.yml", tenant("    client_secret_file: secret.txt\n    cloud: custom\n"
                + "    authority_url: http://127.0.0.1:9\n    graph_url: http://127.0.0.1:9\n")
                + "poll:\n  interval: 1h\n  messages_interval: 1h\nstate:\n  path: " + state + "\n");
        return run("--config.file", config.toString(), "--web.listen-address=127.0.0.1:0");
    }

    private static void assertFailsWithOneLine(Outcome outcome, String expectedLine) {
        assertEquals(1, outcome.code(), "exit code; stderr: " + outcome.err());
        assertEquals(expectedLine + "\n", outcome.err());
        assertEquals("", outcome.out());
        assertNoStackTrace(outcome);
    }

    /** Once logging is set up, a failure is one logfmt line (the default format) like every other line. */
    private static void assertFailsWithOneLogLine(Outcome outcome, String msg, String expectedError) {
        assertEquals(1, outcome.code(), "exit code; stderr: " + outcome.err());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        String line = outcome.errLines().get(0);
        assertTrue(line.matches("ts=\\S+ level=error .*"), line);
        assertTrue(line.endsWith(" msg=\"" + msg + "\" err=\"" + expectedError.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                line);
        assertEquals("", outcome.out());
        assertNoStackTrace(outcome);
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertFalse(outcome.err().contains("\tat ") || outcome.err().contains("Exception"), outcome.err());
    }

    private static Outcome run(String... args) {
        return assertTimeoutPreemptively(RETURNS_WITHIN, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }, "Main.run returned: it must not have started serving");
    }

    private static String tenant(String credentialAndMore) {
        return "tenants:\n  - name: contoso\n    tenant_id: " + TENANT_ID + "\n    client_id: " + CLIENT_ID + "\n"
                + credentialAndMore;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** The project's own version, read from pom.xml, which --version must report. */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>m365-health-exporter</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find(), "pom.xml names the project's version");
        return version.group(1);
    }
}
