package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.config.TenantShard;
import io.github.m365health.health.TenantState;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The answer joined from per-tenant fragments is the answer simpleclient's writer gives for the
 * same states, byte for byte, in both formats, and a fragment is rendered once per tenant state.
 */
class RenderedExpositionTest {

    private static final List<String> FORMATS = List.of(TextFormat.CONTENT_TYPE_004,
            TextFormat.CONTENT_TYPE_OPENMETRICS_100);

    @Test
    void joinsFragmentsIntoTheBytesTheWriterGivesForTheSameStates() throws Exception {
        for (MessageSeries messages : MessageSeries.values()) {
            ExporterMetrics metrics = withTraffic(new ExporterMetrics(StoryStates::twoTenants, Scrapes.BUILD,
                    TenantShard.ALL, messages));
            for (String contentType : FORMATS) {
                String expected = writerAnswer(metrics, contentType);
                assertEquals(expected, joined(metrics, contentType, Set.of()),
                        contentType + ", metrics.messages: " + messages.configName());
                assertEquals(expected, gunzipped(metrics, contentType), "gzip members of " + contentType);
            }
        }
    }

    @Test
    void keepsEveryFamilyTheRegistryExposesBesideTheFragments() throws Exception {
        ExporterMetrics metrics = withTraffic(new ExporterMetrics(StoryStates::twoTenants, Scrapes.BUILD,
                new TenantShard(1, 3), MessageSeries.ACTIONABLE));
        metrics.translation().requestCompleted("deepl", "200");
        metrics.translation().charactersSent("deepl", 1234);
        metrics.exposeExternalUrl("http://127.0.0.1:10365/");
        for (String contentType : FORMATS) {
            String expected = writerAnswer(metrics, contentType);
            for (String family : List.of("m365_translation_requests_total{", "m365_translation_characters_total{",
                    "m365_issues_vanished_total{", "m365_exporter_shard_info{index=\"1\",count=\"3\"",
                    "m365_exporter_web_info{external_url=\"http://127.0.0.1:10365/\"", "m365_graph_requests_total{")) {
                assertTrue(expected.contains(family), family + " in the writer's answer, " + contentType);
            }
            assertEquals(expected, joined(metrics, contentType, Set.of()), contentType);
            assertEquals(expected, gunzipped(metrics, contentType), "gzip of " + contentType);
        }
        Promtool.assertCleanMetrics(joined(metrics, TextFormat.CONTENT_TYPE_004, Set.of()));
    }

    @Test
    void servesOnlyTheAskedTenantsWithTheirGraphCounters() throws Exception {
        ExporterMetrics both = withTraffic(new ExporterMetrics(StoryStates::twoTenants, Scrapes.BUILD));
        ExporterMetrics fabrikamAlone = new ExporterMetrics(() -> List.of(StoryStates.fabrikam()), Scrapes.BUILD);
        fabrikamAlone.forTenant("fabrikam").requestCompleted("issues", "200");
        for (String contentType : FORMATS) {
            String split = joined(both, contentType, Set.of("fabrikam"));
            assertEquals(writerAnswer(fabrikamAlone, contentType), split, contentType);
            assertTrue(!split.contains("tenant=\"contoso\""), "no contoso series");
        }
        Promtool.assertCleanMetrics(joined(both, TextFormat.CONTENT_TYPE_004, Set.of("contoso")));
    }

    @Test
    void rendersATenantOncePerPublishedState() throws Exception {
        AtomicReference<List<TenantState>> published = new AtomicReference<>(List.of(StoryStates.contoso()));
        ExporterMetrics metrics = new ExporterMetrics(published::get, Scrapes.BUILD);
        RenderedExposition rendered = new RenderedExposition(new ExporterCollector(published::get, Scrapes.BUILD,
                TenantShard.ALL, new GraphCounters(), new PollSection(),
                List.of(new IssueSection(), new HistorySection(), new MessageSection(MessageSeries.ACTIONABLE))));

        TenantFragment first = rendered.fragmentOf(published.get().get(0));
        assertSame(first, rendered.fragmentOf(published.get().get(0)), "same state, same bytes");

        published.set(List.of(StoryStates.fabrikam(), StoryStates.contoso()));
        assertNotSame(first, rendered.fragmentOf(published.get().get(1)), "a newly published state renders anew");
        assertEquals(writerAnswer(metrics, TextFormat.CONTENT_TYPE_004),
                joined(metrics, TextFormat.CONTENT_TYPE_004, Set.of()), "the answer follows the new states");
    }

    private static String gunzipped(ExporterMetrics metrics, String contentType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : metrics.exposition(contentType, Set.of(), true)) {
            out.write(part);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ExporterMetrics withTraffic(ExporterMetrics metrics) {
        metrics.forTenant("contoso").requestCompleted("issues", "200");
        metrics.forTenant("contoso").retried("issues", "throttled");
        metrics.forTenant("fabrikam").requestCompleted("issues", "200");
        return metrics;
    }

    private static String writerAnswer(ExporterMetrics metrics, String contentType) throws IOException {
        StringWriter out = new StringWriter();
        TextFormat.writeFormat(contentType, out, Collections.enumeration(
                Collections.list(metrics.registry().metricFamilySamples())));
        return out.toString();
    }

    private static String joined(ExporterMetrics metrics, String contentType, Set<String> tenants)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : metrics.exposition(contentType, tenants, false)) {
            out.write(part);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
