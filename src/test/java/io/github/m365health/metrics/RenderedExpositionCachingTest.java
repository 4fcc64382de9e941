package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.config.TenantShard;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A gzip scrape is one member per family, compressed again exactly when one of the lines it joins
 * changed: served as it is while nothing changed, rebuilt for the family that did, and always the
 * text answer when decompressed.
 */
class RenderedExpositionCachingTest {

    private static final List<Set<String>> SELECTIONS = List.of(Set.of(), Set.of("contoso"), Set.of("fabrikam"),
            Set.of("contoso", "fabrikam"), Set.of("nobody"));

    private final AtomicReference<List<TenantState>> published = new AtomicReference<>(StoryStates.twoTenants());
    private GraphCounters graphCounters;
    private ExporterCollector collector;
    private RenderedExposition rendered;

    @BeforeEach
    void render() {
        graphCounters = new GraphCounters();
        graphCounters.forTenant("contoso").requestCompleted("issues", "200");
        graphCounters.forTenant("fabrikam").retried("issues", "throttled");
        collector = new ExporterCollector(published::get, Scrapes.BUILD, TenantShard.ALL, graphCounters,
                new PollSection(), List.of(new IssueSection(), new HistorySection(), new MessageSection(MessageSeries.ALL)))
                .withTranslationCounters(new TranslationCounters());
        // One member per family, so a count of compressions says which families were compressed again.
        rendered = new RenderedExposition(collector, 1);
    }

    @Test
    void decompressesToExactlyTheTextAnswerForEveryTenantSelection() throws Exception {
        for (ExpositionFormat format : ExpositionFormat.values()) {
            for (Set<String> tenants : SELECTIONS) {
                String text = text(format, tenants);
                assertEquals(text, gunzip(format, tenants), format + " " + tenants);
                assertEquals(text, gunzip(format, tenants), "served again from its members, " + format + " " + tenants);
            }
            assertEquals(format.write(collector.collect()), gunzip(format, Set.of()), format.name());
        }
    }

    @Test
    void servesAnUnchangedAnswerWithoutCompressingAnything() throws Exception {
        byte[] first = gzip(ExpositionFormat.OPEN_METRICS, Set.of());
        long compressed = rendered.compressions();

        byte[] second = gzip(ExpositionFormat.OPEN_METRICS, Set.of());

        assertEquals(compressed, rendered.compressions(), "no member compressed again");
        assertEquals(new String(first, StandardCharsets.ISO_8859_1), new String(second, StandardCharsets.ISO_8859_1));
    }

    @Test
    void compressesOnlyTheFamilyWhoseLinesOneTenantChanged() throws Exception {
        gzip(ExpositionFormat.OPEN_METRICS, Set.of());
        long compressed = rendered.compressions();

        published.set(List.of(withIssuesPollDuration(StoryStates.contoso(), 800), StoryStates.fabrikam()));
        String answer = gunzip(ExpositionFormat.OPEN_METRICS, Set.of());

        assertEquals(compressed + 1, rendered.compressions(), "m365_poll_duration_seconds alone");
        assertTrue(answer.contains("m365_poll_duration_seconds{tenant=\"contoso\",endpoint=\"issues\"} 0.8\n"), answer);
        assertEquals(ExpositionFormat.OPEN_METRICS.write(collector.collect()), answer);
    }

    @Test
    void keepsTheLinesOfANewStateThatRendersTheSameBytes() throws Exception {
        TenantFragment before = rendered.fragmentOf(StoryStates.contoso());
        TenantFragment equal = rendered.fragmentOf(StoryStates.contoso());
        TenantFragment changed = rendered.fragmentOf(withIssuesPollDuration(StoryStates.contoso(), 800));

        assertNotSame(before, equal, "another state, another fragment");
        for (ExpositionFormat format : ExpositionFormat.values()) {
            for (FamilySpec spec : MetricFamilies.ALL) {
                assertSame(before.lines(format, spec), equal.lines(format, spec), spec.name());
                if (spec != MetricFamilies.POLL_DURATION) {
                    assertSame(before.lines(format, spec), changed.lines(format, spec), spec.name());
                }
            }
            assertNotSame(equal.lines(format, MetricFamilies.POLL_DURATION),
                    changed.lines(format, MetricFamilies.POLL_DURATION));
        }
    }

    @Test
    void aStatePublishedAgainWithEqualContentCompressesNothing() throws Exception {
        gzip(ExpositionFormat.TEXT, Set.of());
        long compressed = rendered.compressions();

        published.set(StoryStates.twoTenants());
        gzip(ExpositionFormat.TEXT, Set.of());

        assertEquals(compressed, rendered.compressions());
    }

    @Test
    void showsLiveCountersThatChangedInTheNextGzipScrape() throws Exception {
        gzip(ExpositionFormat.OPEN_METRICS, Set.of("contoso"));
        long compressed = rendered.compressions();

        graphCounters.forTenant("contoso").requestCompleted("issues", "200");
        String answer = gunzip(ExpositionFormat.OPEN_METRICS, Set.of("contoso"));

        assertTrue(answer.contains("m365_graph_requests_total{tenant=\"contoso\",endpoint=\"issues\",code=\"200\"} 2.0\n"),
                answer);
        assertEquals(compressed + 1, rendered.compressions(), "the live member alone");
        collector.translationCounters().charactersSent("deepl", 1234);
        assertTrue(gunzip(ExpositionFormat.OPEN_METRICS, Set.of("contoso"))
                .contains("m365_translation_characters_total{provider=\"deepl\"} 1234.0\n"));
    }

    @Test
    void keepsTheMembersOfEachSplitScrapersTenantSelection() throws Exception {
        for (Set<String> tenants : SELECTIONS) {
            gzip(ExpositionFormat.OPEN_METRICS, tenants);
        }
        long compressed = rendered.compressions();

        for (Set<String> tenants : SELECTIONS) {
            gzip(ExpositionFormat.OPEN_METRICS, tenants);
        }

        assertEquals(compressed, rendered.compressions());
    }

    @Test
    void forgetsTheLeastRecentSelectionBeyondTheBound() throws Exception {
        List<Set<String>> selections = new ArrayList<>();
        for (int i = 0; i <= MemberCache.SELECTIONS; i++) {
            selections.add(Set.of("contoso", "absent-" + i));
        }
        for (Set<String> tenants : selections) {
            gzip(ExpositionFormat.TEXT, tenants);
        }
        long compressed = rendered.compressions();

        gzip(ExpositionFormat.TEXT, selections.get(selections.size() - 1));
        assertEquals(compressed, rendered.compressions(), "the most recent selection is kept");
        gzip(ExpositionFormat.TEXT, selections.get(0));
        assertTrue(rendered.compressions() > compressed, "the first one was dropped and compressed again");
    }

    @Test
    void compressesSmallFamiliesTogetherAsOneMember() throws Exception {
        RenderedExposition defaults = new RenderedExposition(collector);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        defaults.write(ExpositionFormat.OPEN_METRICS, Set.of(), true, out);

        assertEquals(2, defaults.compressions(), "the tenant families in one member, the live families in another");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(ExpositionFormat.OPEN_METRICS.write(collector.collect()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void concurrentScrapesWhileATenantPublishesEachGetOneWholeStatesAnswer() throws Exception {
        List<TenantState> before = StoryStates.twoTenants();
        // Two families differ (m365_up, m365_poll_duration_seconds), so a torn answer would match neither.
        List<TenantState> after = List.of(failedIssuesPoll(StoryStates.contoso()), StoryStates.fabrikam());
        Set<String> answers = Set.of(writerAnswer(before), writerAnswer(after));
        ExecutorService scrapers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> scrapes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                scrapes.add(scrapers.submit(() -> gunzip(ExpositionFormat.OPEN_METRICS, Set.of())));
                // Each state published anew, as a poll does: equal content, another instance.
                published.set(i % 2 == 0 ? List.of(failedIssuesPoll(StoryStates.contoso()), StoryStates.fabrikam())
                        : StoryStates.twoTenants());
            }
            for (Future<String> scrape : scrapes) {
                String answer = scrape.get();
                assertTrue(answers.contains(answer), answer);
            }
        } finally {
            scrapers.shutdownNow();
        }
    }

    private String writerAnswer(List<TenantState> states) {
        List<TenantState> kept = published.getAndSet(states);
        try {
            return ExpositionFormat.OPEN_METRICS.write(collector.collect());
        } finally {
            published.set(kept);
        }
    }

    private static TenantState failedIssuesPoll(TenantState state) {
        Map<Listing, EndpointStatus> endpoints = new HashMap<>(state.endpoints());
        EndpointStatus issues = endpoints.get(Listing.ISSUES);
        endpoints.put(Listing.ISSUES, new EndpointStatus(false, issues.lastSuccess(), Duration.ofMillis(30_000)));
        return new TenantState(state.tenant(), state.snapshot(), endpoints, "issues: HTTP 503");
    }

    private static TenantState withIssuesPollDuration(TenantState state, long millis) {
        Map<Listing, EndpointStatus> endpoints = new HashMap<>(state.endpoints());
        EndpointStatus issues = endpoints.get(Listing.ISSUES);
        endpoints.put(Listing.ISSUES, new EndpointStatus(issues.lastSucceeded(), issues.lastSuccess(),
                Duration.ofMillis(millis)));
        return new TenantState(state.tenant(), state.snapshot(), endpoints, state.lastError());
    }

    private String text(ExpositionFormat format, Set<String> tenants) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered.write(format, tenants, false, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] gzip(ExpositionFormat format, Set<String> tenants) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered.write(format, tenants, true, out);
        return out.toByteArray();
    }

    private String gunzip(ExpositionFormat format, Set<String> tenants) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip(format, tenants)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
