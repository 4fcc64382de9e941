package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.metrics.Promtool;
import io.github.m365health.testing.Eventually;
import io.github.m365health.testing.EndToEnd;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exporter started as {@code --demo} in this JVM and scraped over real HTTP while the demo's
 * script plays at {@value #SPEED} times real speed, until the last seed event (EX1268771 restored,
 * script second 85) shows in {@code /metrics}. The seed stories of shared/seeds must come out with
 * their real figures, through the whole pipeline: demo Graph server, token flow, HTTP client,
 * SQLite history, metrics and HTTP surface.
 *
 * <p>The golden files hold only what does not depend on the wall clock: the outline of every
 * family (name, type, label names) and, from the scrape at which the stories have played, the
 * series of the scripted issues that carry no timestamp, the reopen counters and the Exchange
 * Online incident histogram. At speed 5 the durations in that histogram are whole seconds fixed by
 * the script (10 s, 6 d 11 h 30 m, 15 d 6 h 3 s). The seeded random stream that follows the script
 * ends its first issue at script second 150 at the earliest, 30 s after the first poll, and is kept
 * out of the comparison by taking the scrape well before that.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEndToEndTest {

    /** Script second 85 comes 17 s after the first poll; polls run every second. */
    private static final int SPEED = 5;
    private static final Duration SCRIPT_DEADLINE = Duration.ofSeconds(60);
    /** The random stream's first possible end, in script seconds. */
    private static final double STREAM_STARTS_ENDING = 150;
    /** The script second at which EX1268771 is restored, its end stamped at that instant. */
    private static final double EX1268771_RESTORED = 85;
    private static final String TENANT = "demo";
    private static final Set<String> STORY_IDS = Set.of("EX1215307", "EX1256020", "EX1268771", "TM1271130");
    private static final Set<String> STORY_FAMILIES = Set.of(
            "m365_issue_open", "m365_issue_info", "m365_issue_status", "m365_issue_reopens");

    private RunningExporter exporter;
    private ExporterHttp http;
    private final List<Scrape> scrapes = new ArrayList<>();
    private Scrape played;

    @BeforeAll
    void playTheSeedStories() throws Exception {
        exporter = InProcessExporter.start("--demo", "--demo.speed=" + SPEED, "--web.listen-address=127.0.0.1:0");
        http = new ExporterHttp(exporter.address());
        played = Eventually.await("EX1268771, the last seed issue, ended", SCRIPT_DEADLINE, () -> {
            Scrape scrape = http.scrape();
            scrapes.add(scrape);
            return scrape;
        }, scrape -> ended(scrape, "EX1268771"));
    }

    @AfterAll
    void stopTheExporter() {
        if (exporter != null) {
            exporter.close();
        }
    }

    @Test
    void endsEx1215307AsOneIncidentOf559800Seconds() {
        Map<String, String> imap = issue("EX1215307");

        assertEquals(0, played.value("m365_issue_open", imap), "ended");
        assertEquals("incident", played.samples("m365_issue_open", imap).get(0).label("classification"));
        assertEquals(559_800, resolutionSecondsAddedWhenEnded("EX1215307"), "end minus the start revised backwards");
        assertEquals(0, played.sum("m365_issues_reopened_total", Map.of("tenant", TENANT, "kind", "same_id",
                "service_name", "Exchange Online")), "a revised start is not a reopen");
    }

    private static boolean ended(Scrape scrape, String id) {
        return scrape.find("m365_issue_open", issue(id)).orElse(1.0) == 0;
    }

    /**
     * What the Exchange incident histogram gained in the first scrape that shows {@code id} ended,
     * over the scrape before: exactly one issue of exactly that duration. An ended issue's start
     * and end are read on /issues, not as series.
     */
    private double resolutionSecondsAddedWhenEnded(String id) {
        Map<String, String> exchangeIncidents = Map.of(
                "tenant", TENANT, "service_name", "Exchange Online", "classification", "incident");
        for (int i = 1; i < scrapes.size(); i++) {
            if (ended(scrapes.get(i), id) && !ended(scrapes.get(i - 1), id)) {
                Scrape before = scrapes.get(i - 1);
                Scrape after = scrapes.get(i);
                assertEquals(1, after.sum("m365_issue_resolution_duration_seconds_count", exchangeIncidents)
                        - before.sum("m365_issue_resolution_duration_seconds_count", exchangeIncidents), id + " alone ended");
                return after.sum("m365_issue_resolution_duration_seconds_sum", exchangeIncidents)
                        - before.sum("m365_issue_resolution_duration_seconds_sum", exchangeIncidents);
            }
        }
        throw new AssertionError("no scrape saw " + id + " end");
    }

    @Test
    void countsEx1215307InTheResolutionHistogramOnce() {
        Map<String, String> exchangeIncidents = Map.of(
                "tenant", TENANT, "service_name", "Exchange Online", "classification", "incident");
        List<String> ended = played.samples("m365_issue_open", exchangeIncidents).stream()
                .filter(s -> s.value() == 0).map(s -> s.label("id")).sorted().toList();
        double endedSeconds = ended.stream().mapToDouble(this::resolutionSecondsAddedWhenEnded).sum();

        assertEquals(List.of("EX1215307", "EX1256020", "EX1268771"), ended);
        assertEquals(3, played.value("m365_issue_resolution_duration_seconds_count", exchangeIncidents));
        assertEquals(endedSeconds, played.value("m365_issue_resolution_duration_seconds_sum", exchangeIncidents),
                "the histogram sums exactly the durations of the ended issues");
        assertEquals(1, bucket(exchangeIncidents, "604800.0") - bucket(exchangeIncidents, "86400.0"),
                "EX1215307 alone lies between 1 and 7 days");
        assertEquals(played.samples("m365_issue_open", exchangeIncidents).size(),
                played.value("m365_issues_seen_total", exchangeIncidents), "each issue counted once");
    }

    @Test
    void attributesExactlyOneFollowUpReopenToEx1256020() {
        assertTrue(scrapes.stream().allMatch(s -> s.find("m365_issue_reopens", issue("EX1268771")).orElse(0.0) == 0),
                "the new issue is not itself reopened");
        assertEquals(1, played.value("m365_issues_reopened_total",
                Map.of("tenant", TENANT, "kind", "follow_up", "service_name", "Exchange Online", "classification", "incident")));
        assertEquals(1, played.sum("m365_issues_reopened_total", Map.of("tenant", TENANT, "kind", "follow_up")),
                "no other follow_up reopen");
    }

    @Test
    void countsTm1271130ComingBackUnderItsOwnIdAsASameIdReopen() {
        assertTrue(scrapes.stream().anyMatch(s -> s.find("m365_issue_reopens", issue("TM1271130")).orElse(0.0) == 1),
                "its reopen gauge shows while it is open again");
        assertEquals(1, played.value("m365_issues_reopened_total", Map.of("tenant", TENANT, "kind", "same_id",
                "service_name", "Microsoft Teams", "classification", "advisory")));
    }

    @Test
    void showsAnOpenAndAnEndedIncidentAndADeadlineWhileTheScriptRuns() {
        // Script seconds 45 to 85: EX1215307 has ended and EX1268771 is open.
        List<Scrape> between = scrapes.stream()
                .filter(s -> s.find("m365_issue_open", issue("EX1215307")).orElse(-1.0) == 0
                        && s.find("m365_issue_open", issue("EX1268771")).orElse(-1.0) == 1)
                .toList();

        assertFalse(between.isEmpty(), "a scrape saw EX1215307 ended and EX1268771 open");
        for (Scrape scrape : between) {
            Map<String, String> incidents = Map.of("tenant", TENANT, "classification", "incident");
            assertTrue(scrape.sum("m365_issues_open", incidents) >= 1, "open incidents counted");
            assertTrue(scrape.samples("m365_message_action_required_by_timestamp_seconds", Map.of("tenant", TENANT))
                            .stream().anyMatch(deadline -> deadline.value() > scrape.at().getEpochSecond()),
                    "a Message Center deadline ahead");
        }
    }

    @Test
    void reportsTheDemoTenantUp() throws Exception {
        assertEquals(1, played.value("m365_up", Map.of("tenant", TENANT)));
        assertEquals(1, http.scrape().value("m365_up", Map.of("tenant", TENANT)));
    }

    @Test
    void landingPageNamesTheTenantAndItsSuccessfulPolls() throws Exception {
        HttpResponse<String> page = http.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h3>demo</h3>"), page.body());
        assertTrue(page.body().contains("<tr><td>issues</td><td>ok</td>"), page.body());
    }

    @Test
    void fetchesAndServesTheReviewMicrosoftPublishesForEx1215307AndItsDossier() throws Exception {
        HttpResponse<String> review = Eventually.await("EX1215307's post-incident review served", SCRIPT_DEADLINE,
                () -> http.get("/issues/demo/EX1215307/report"), reply -> reply.statusCode() == 200);

        assertEquals("text/plain; charset=utf-8", review.headers().firstValue("Content-Type").orElse(""));
        assertTrue(review.body().startsWith("Post-incident review: EX1215307"), review.body());
        assertTrue(http.get("/issues/demo/EX1215307").body().contains("/issues/demo/EX1215307/report"),
                "the issue page links to the review");
        HttpResponse<String> dossier = http.get("/issues/demo/EX1215307.md");
        assertEquals(200, dossier.statusCode());
        assertTrue(dossier.body().contains("- **Duration:** 6 d 11 h 30 min"), dossier.body());
    }

    @Test
    void isHealthyAndReady() throws Exception {
        assertEquals(200, http.get("/-/healthy").statusCode());
        assertEquals(200, http.get("/-/ready").statusCode());
    }

    @Test
    void everyExpositionPassesPromtool() throws Exception {
        Promtool.assertCleanMetrics(scrapes.get(0).text());
        Promtool.assertCleanMetrics(played.text());
        Promtool.assertCleanMetrics(http.scrape().text());
    }

    @Test
    void keepsTheGoldenOutlineOfEveryFamily() throws Exception {
        GoldenFile.assertMatches("demo-families.txt", FamilyOutline.of(played.exposition()));
    }

    @Test
    void tellsTheStoriesAsTheGoldenSeriesSay() throws Exception {
        // The script's own clock, read from the exporter: EX1268771's end is script second 85, so a slow
        // machine that scraped late shows up as a late script second, not as a wall-clock budget. An
        // ended issue has no end series (the series budget), so its end is read on the JSON API.
        String detail = http.get("/api/v1/issues/" + TENANT + "/EX1268771").body();
        double scriptOrigin = Instant.parse(new ObjectMapper().readTree(detail).get("end").asText()).toEpochMilli()
                / 1000.0 - EX1268771_RESTORED / SPEED;
        double playedAtScriptSecond = (played.at().toEpochMilli() / 1000.0 - scriptOrigin) * SPEED;
        assertTrue(playedAtScriptSecond < STREAM_STARTS_ENDING, "the stories were scraped at script second "
                + playedAtScriptSecond + ", before the random stream could end an issue");
        String stories = played.text().lines()
                .filter(line -> isStorySeries(line) || line.startsWith("m365_issues_reopened_total{")
                        || (line.startsWith("m365_issue_resolution_duration_seconds")
                        && line.contains("service_name=\"Exchange Online\",classification=\"incident\"")))
                .collect(Collectors.joining("\n", "", "\n"));

        GoldenFile.assertMatches("demo-stories.txt", stories);
    }

    private static boolean isStorySeries(String line) {
        int brace = line.indexOf('{');
        return brace > 0 && STORY_FAMILIES.contains(line.substring(0, brace))
                && STORY_IDS.stream().anyMatch(id -> line.contains("id=\"" + id + "\""));
    }

    private double bucket(Map<String, String> labels, String le) {
        Map<String, String> withLe = new HashMap<>(labels);
        withLe.put("le", le);
        return played.value("m365_issue_resolution_duration_seconds_bucket", withLe);
    }

    private static Map<String, String> issue(String id) {
        return Map.of("tenant", TENANT, "id", id);
    }
}
