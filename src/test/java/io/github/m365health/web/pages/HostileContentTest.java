package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's text is untrusted: a post full of script, an id and a title made to break out of
 * attributes. The pages as a browser would parse them hold no script but ours, no handler, no
 * javascript: URL, no style or frame, and the words stay readable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {

    private PagesFixture fixture;
    private ReadingSite site;

    @BeforeAll
    void fillTheStore(@TempDir Path dir) throws Exception {
        fixture = new PagesFixture(dir).withHostileIssue();
        site = fixture.site();
    }

    @AfterAll
    void closeTheStore() throws Exception {
        fixture.close();
    }

    @Test
    void issuePageKeepsThePostsWordsAndNothingThatRuns() {
        Document page = page("/issues/contoso/EX1266666");

        assertOnlyOurScriptAndNoActiveContent(page);
        String post = page.select("#latest-post .post").text();
        assertTrue(post.contains("Current status: still readable text."), post);
        assertTrue(post.contains("a javascript: link"), post);
        assertTrue(post.contains("Next update by: Friday, April 3, 2026, at 6:00 PM UTC"), post);
        assertTrue(page.select("h1").text().contains("Title with <script>window.pwned = 'title'</script> & \"quotes\" 'single'"));
        assertEquals("<b>impact</b> & more", page.select("dt:contains(User impact) + dd").text());
    }

    @Test
    void linksInPostsOpenWithoutReferrerOrOpener() {
        Document page = page("/issues/contoso/EX1266666");

        Element plain = page.select("#latest-post a[href=https://status.example.com/]").first();
        assertEquals("noopener noreferrer", plain.attr("rel"));
        Element evil = page.select("#latest-post a:contains(a javascript: link)").first();
        assertFalse(evil.hasAttr("href"), evil.outerHtml());
    }

    @Test
    void listPageEscapesATitleAndAnIdMadeToBreakOutOfAttributes() {
        Document page = page("/issues");

        assertOnlyOurScriptAndNoActiveContent(page);
        Element odd = page.select("table.issues td a").stream()
                .filter(a -> a.text().equals(PagesFixture.HOSTILE_ID)).findFirst().orElseThrow();
        assertEquals("/m365/issues/contoso/EX9%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E", odd.attr("href"));
        assertTrue(page.select("table.issues td").eachText().contains(PagesFixture.HOSTILE_TITLE));
    }

    @Test
    void jsonCarriesThePostSanitizedAndAsPlainTextAndTitlesAsData() throws Exception {
        JsonNode issue = new ObjectMapper().readTree(site.answer("/api/v1/issues/contoso/EX1266666", null).orElseThrow().text());

        String html = issue.at("/posts/0/content_html").asText();
        assertTrue(Jsoup.parseBodyFragment(html).select("script, style, iframe, img").isEmpty(), html);
        assertFalse(html.contains("onerror") || html.contains("javascript:window"), html);
        assertTrue(html.contains("still <b>readable</b> text."), html);
        assertTrue(issue.at("/posts/0/content_text").asText().startsWith("Current status: still readable text."));
        // JSON holds a title as the data it is; whoever renders it escapes it, as the pages do.
        assertEquals(PagesFixture.HOSTILE_TITLE, issue.get("title").asText());
    }

    private Document page(String path) {
        Reply reply = site.answer(path, null).orElseThrow();
        assertEquals(200, reply.status(), reply.text());
        return Jsoup.parse(reply.text());
    }

    private static void assertOnlyOurScriptAndNoActiveContent(Document page) {
        assertEquals(1, page.select("script").size(), page.select("script").outerHtml());
        assertEquals("/m365/static/local-time.js", page.select("script").attr("src"));
        assertTrue(page.select("iframe, style, img, object, embed").isEmpty(), page.select("iframe, style, img").outerHtml());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
                assertFalse(attribute.getValue().trim().toLowerCase().startsWith("javascript:"), element.outerHtml());
            }
        }
    }
}
