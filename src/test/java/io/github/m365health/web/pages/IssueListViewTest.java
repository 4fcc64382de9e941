package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssueListViewTest {

    private static final Instant NOW = Instant.parse("2026-01-09T00:00:00Z");

    private final IssueListView view = new IssueListView(new Layout(new Links(URI.create("http://127.0.0.1/"))),
            new Links(URI.create("http://127.0.0.1/")), List.of("contoso"), new Translations(Optional.empty()));

    @Test
    void anIssueGraphStoppedListingShowsWhenItVanishedAndIsNotMarkedOpen() {
        IssueRow vanished = row("EX1215307", false, null, Instant.parse("2026-01-08T11:00:00Z"));
        IssueRow listed = row("EX2000001", false, null, null);
        IssueRow resolved = row("EX1256020", true, Instant.parse("2026-01-08T12:00:00Z"), null);

        String html = view.render(new IssuePage(IssueFilter.ALL, PageRequest.first(), List.of(listed, vanished, resolved),
                3, 1, List.of("Exchange Online")), NOW);

        assertTrue(html.contains("<tr><td>serviceDegradation</td><td><a href=\"/issues/contoso/EX1215307\">"), html);
        assertTrue(html.contains("<time class=\"utc\" datetime=\"2026-01-08T11:00:00Z\">2026-01-08 11:00:00 UTC</time>"
                + " (vanished)</td>"), html);
        assertTrue(html.contains("<tr><td class=\"open\">serviceDegradation</td><td><a href=\"/issues/contoso/EX2000001\">"),
                html);
        assertTrue(html.contains("</td><td>open</td>"), "the listed one is still open");
        assertTrue(html.contains("<tr><td>serviceDegradation</td><td><a href=\"/issues/contoso/EX1256020\">"), html);
        assertTrue(html.contains("(vanished)</td><td><time class=\"utc\" datetime=\"2026-01-08T10:00:00Z\">"
                + "2026-01-08 10:00:00 UTC</time></td><td>6 h 24 m</td>"), "its duration stops at its vanishing");
    }

    private static IssueRow row(String id, boolean resolved, Instant end, Instant vanishedAt) {
        return new IssueRow("contoso", id, "Users can't reach mailboxes", "Exchange Online", Classification.INCIDENT,
                ServiceHealthStatus.SERVICE_DEGRADATION, resolved, Instant.parse("2026-01-08T04:35:17Z"), end, vanishedAt,
                Instant.parse("2026-01-08T10:00:00Z"));
    }
}
