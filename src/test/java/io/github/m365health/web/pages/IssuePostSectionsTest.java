package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue page shows a text post in Microsoft's template as its labelled sections. */
class IssuePostSectionsTest {

    @Test
    void showsEachSectionOfAPlainTextPostUnderItsLabel(@TempDir Path dir) throws Exception {
        try (PagesFixture fixture = new PagesFixture(dir)) {
            Reply reply = fixture.site().answer("/issues/contoso/EX1268771", null).orElseThrow();
            Document page = Jsoup.parse(reply.text());

            assertEquals(List.of("Title:", "User impact:", "More info:", "Current status:", "Next update by:"),
                    page.select("#latest-post .sections p > strong").eachText());
            assertTrue(page.select("#latest-post .sections p:has(strong:contains(Current status))").text()
                    .startsWith("Current status: Affected tenants report that the impact described in EX1256020"));
            assertEquals("Next update by: Friday, April 3, 2026, at 6:00 PM UTC",
                    page.select("#latest-post .sections p:has(strong:contains(Next update by))").text());
            assertTrue(page.select("a[href$=/issues/contoso/EX1268771.md]").size() == 1, "links the dossier");
        }
    }
}
