package io.github.m365health.readmodel;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReopenEvidenceTest {

    @Test
    void quotesTheSentenceOfTheFirstPostThatNamesTheEarlierIssue() {
        Issue later = issue("EX1268771").start("2026-04-02T19:14:14Z")
                .post("2026-04-02T19:30:00Z", "Title: Mailbox access\nCurrent status: Affected tenants report that the "
                        + "impact described in EX1256020 is still occurring. We're restarting a service.")
                .post("2026-04-03T10:00:00Z", "Current status: EX1256020 is referenced again.")
                .build();

        assertEquals(new Evidence(Evidence.Source.POST, Instant.parse("2026-04-02T19:30:00Z"),
                        "Affected tenants report that the impact described in EX1256020 is still occurring."),
                ReopenEvidence.find(later, "EX1256020"));
    }

    @Test
    void readsHtmlPostsAsTextSoNoMarkupReachesTheExcerpt() {
        Issue later = issue("EX2").start("2026-04-02T19:14:14Z")
                .post("2026-04-02T19:30:00Z", "<p>Earlier <b>EX1</b> returned.</p><script>alert(1)</script>")
                .build();

        assertEquals("Earlier EX1 returned.", ReopenEvidence.find(later, "EX1").excerpt());
    }

    @Test
    void prefersTheTitleAndImpactOverPostsAndMatchesWholeIdsOnly() {
        Issue later = issue("EX2").title("Continuation of EX1").impact("As in EX12").start("2026-04-02T19:14:14Z").build();

        assertEquals(new Evidence(Evidence.Source.TITLE, null, "Continuation of EX1"), ReopenEvidence.find(later, "EX1"));
        assertEquals(new Evidence(Evidence.Source.USER_IMPACT, null, "As in EX12"), ReopenEvidence.find(later, "EX12"));
        assertNull(ReopenEvidence.find(later, "EX3"));
    }

    @Test
    void cutsALongSentenceAroundTheIdAndSaysSo() {
        String filler = "word ".repeat(100);
        Issue later = issue("EX2").impact(filler + "EX1 " + filler).start("2026-04-02T19:14:14Z").build();

        String excerpt = ReopenEvidence.find(later, "EX1").excerpt();

        assertEquals('…', excerpt.charAt(0));
        assertEquals('…', excerpt.charAt(excerpt.length() - 1));
        assertTrue(excerpt.contains("EX1") && excerpt.length() < 420, excerpt);
    }
}
