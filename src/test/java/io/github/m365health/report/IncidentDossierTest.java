package io.github.m365health.report;

import io.github.m365health.testing.TrackedWrites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.demo.DemoOptions;
import io.github.m365health.demo.DemoScenario;
import io.github.m365health.demo.DemoWorld;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossiers of the demo's two seed stories, recorded the way the exporter records them: the demo
 * script played slowly (one script second is 48 minutes, so EX1256020 is resolved on the first
 * day and EX1268771 follows the next, as in the seed), polled every script second into a real
 * store file and read back through the read model. Update the golden files with
 * {@code -Dgolden.update=true} and read the diff: they must read like a short incident report.
 */
class IncidentDossierTest {

    private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");
    private static final Instant FIRST_POLL = Instant.parse("2026-04-01T08:00:00Z");
    private static final Duration SCRIPT_SECOND = Duration.ofMinutes(48);
    private static final Instant END = FIRST_POLL.plus(SCRIPT_SECOND.multipliedBy(160));

    @TempDir
    Path dir;
    private SqliteHistory history;

    @BeforeEach
    void recordTheDemoScript() throws Exception {
        MutableClock clock = new MutableClock(FIRST_POLL);
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), clock);
        DemoScenario scenario = new DemoScenario(new DemoOptions(1.0 / SCRIPT_SECOND.toSeconds(), DemoOptions.DEFAULT_SEED));
        for (Instant at = FIRST_POLL; !at.isAfter(END); at = at.plus(SCRIPT_SECOND)) {
            clock.set(at);
            DemoWorld world = scenario.worldAt(FIRST_POLL, at);
            TrackedWrites.health(history, "demo", world.services(), world.issues(), at);
        }
    }

    @AfterEach
    void close() throws Exception {
        history.close();
    }

    @Test
    void ex1215307ReadsAsOneIncidentOfSixAndAHalfDaysWithItsRootCause() throws Exception {
        String dossier = dossier("EX1215307");

        assertMatchesGolden("dossier-EX1215307.md", dossier);
        assertTrue(dossier.contains("- **Duration:** 6 d 11 h 30 min\n"), dossier);
        assertTrue(dossier.contains("### Root cause\n\nA recent IMAP deployment"), dossier);
        assertTrue(dossier.contains("Status changed from serviceRestored to postIncidentReviewPublished"), dossier);
    }

    @Test
    void ex1268771NamesEx1256020ItsResolutionAndTheReopenWithTheWordsThatProveIt() throws Exception {
        String dossier = dossier("EX1268771");

        assertMatchesGolden("dossier-EX1268771.md", dossier);
        assertTrue(dossier.contains("- **Continues EX1256020**"), dossier);
        assertTrue(dossier.contains("was marked resolved on " + Markdown.time(FIRST_POLL.plus(SCRIPT_SECOND.multipliedBy(15)))), dossier);
        assertTrue(dossier.contains("Counted as a reopen (follow_up)"), dossier);
        assertTrue(dossier.contains("the impact described in EX1256020 is still occurring"), dossier);
    }

    @Test
    void hostileTextStaysText() {
        assertEquals("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(2)) a \\| b",
                Markdown.line("<script>alert(1)</script>\n[x](javascript:alert(2)) a | b"));
        assertFalse(Markdown.block("# heading").startsWith("#"));
    }

    private String dossier(String id) throws Exception {
        IssueDetail issue = history.readModel().issue("demo", id).orElseThrow();
        Map<String, IssueDetail> related = new HashMap<>();
        for (ReopenLink link : issue.reopens()) {
            history.readModel().issue("demo", link.issueId()).ifPresent(other -> related.put(other.id(), other));
        }
        return IncidentDossier.render(issue, related, END);
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Path file = GOLDEN_DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing golden file " + file + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
