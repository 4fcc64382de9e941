package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.translate.TranslationLookup;
import io.github.m365health.translate.TranslationView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translations beside the originals on the pages and in the JSON, and a note where there is none yet. */
class TranslatedPagesTest {

    @TempDir
    Path dir;

    private PagesFixture fixture;

    /** What the store would hold; anything else answers as {@code otherwise}. */
    private record Shelf(Map<String, TranslationView> known, TranslationView otherwise) implements TranslationLookup {
        @Override
        public String language() {
            return "ja";
        }

        @Override
        public String provider() {
            return "azure";
        }

        @Override
        public TranslationView title(String title) {
            return known.getOrDefault(title, otherwise);
        }

        @Override
        public TranslationView body(String content) {
            return known.entrySet().stream().filter(e -> content.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(otherwise);
        }
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new PagesFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private ReadingSite site(TranslationLookup lookup) {
        return new ReadingSite(fixture.history.readModel(), List.of(PagesFixture.TENANT), PagesFixture.EXTERNAL_URL,
                fixture.clock, Optional.of(lookup));
    }

    private static TranslationView ja(String text) {
        return new TranslationView.Translated(text, "ja", "azure");
    }

    @Test
    void putsTheSanitizedTranslationBesideEachPost() {
        ReadingSite site = site(new Shelf(Map.of("Title: Some users may have been unable",
                ja("タイトル:<b>一部</b><script>window.pwned=1</script><a href=\"javascript:x()\">リンク</a>")),
                new TranslationView.Pending()));

        String page = site.answer("/issues/contoso/EX1215307", null).orElseThrow().text();

        assertTrue(page.contains("<div class=\"bilingual\">"), page);
        assertTrue(page.contains("<div class=\"post translation\" lang=\"ja\"><p class=\"translation-note\">Machine"
                + " translation (ja, azure)</p>タイトル:<b>一部</b>"), page);
        assertFalse(page.contains("<script>window.pwned"), "a translation is sanitized like the original");
        assertFalse(page.contains("javascript:"));
        assertTrue(page.contains("<em class=\"translation-pending\">translation pending</em>"), "earlier posts wait");
    }

    @Test
    void saysWhenThisMonthsBudgetIsSpent() {
        ReadingSite site = site(new Shelf(Map.of(), new TranslationView.BudgetReached()));

        String page = site.answer("/issues/contoso/EX1215307", null).orElseThrow().text();

        assertTrue(page.contains("not translated: this month&#39;s translation budget is reached")
                || page.contains("not translated: this month's translation budget is reached"), page);
    }

    @Test
    void givesTheJsonApiATranslationObjectWithLanguageAndProvider() throws Exception {
        ReadingSite site = site(new Shelf(Map.of("Title: Some users may have been unable", ja("<p>最終状況</p>")),
                new TranslationView.Unavailable("azure translation failed: HTTP 400 400036")));

        JsonNode issue = new ObjectMapper().readTree(site.answer("/api/v1/issues/contoso/EX1215307", null).orElseThrow().text());

        JsonNode latest = issue.path("posts").get(0).path("translation");
        assertEquals("ja", latest.path("language").asText());
        assertEquals("azure", latest.path("provider").asText());
        assertEquals("translated", latest.path("status").asText());
        assertEquals("<p>最終状況</p>", latest.path("content_html").asText());
        JsonNode title = issue.path("translation").path("title");
        assertEquals("unavailable", title.path("status").asText());
        assertEquals("azure translation failed: HTTP 400 400036", title.path("reason").asText());
    }

    @Test
    void translatesAMessagesTitleAndBody() throws Exception {
        ReadingSite site = site(new Shelf(Map.of(), ja("訳")));
        String id = new ObjectMapper().readTree(site.answer("/api/v1/messages", null).orElseThrow().text())
                .path("messages").get(0).path("id").asText();

        JsonNode message = new ObjectMapper().readTree(site.answer("/api/v1/messages/contoso/" + id, null)
                .orElseThrow().text());
        String page = site.answer("/messages/contoso/" + id, null).orElseThrow().text();

        assertEquals("訳", message.path("translation").path("title").path("text").asText());
        assertEquals("translated", message.path("translation").path("body").path("status").asText());
        assertTrue(page.contains("<dt>Title (ja)</dt><dd><span class=\"translation\" lang=\"ja\">訳</span></dd>"), page);
    }

    @Test
    void listsShowEachTitlesTranslationUnderTheOriginalEscaped() {
        ReadingSite site = site(new Shelf(Map.of(), ja("<script>window.pwned=1</script>訳")));

        for (String list : List.of("/issues", "/messages")) {
            String page = site.answer(list, null).orElseThrow().text();
            assertTrue(page.contains("<br><span class=\"translation\" lang=\"ja\">&lt;script&gt;window.pwned=1"
                    + "&lt;/script&gt;訳</span></td>"), page);
            assertFalse(page.contains("<script>window.pwned"), list);
        }
    }

    @Test
    void listsSayNothingOfTranslationsNotThereYet() {
        for (TranslationView none : List.of(new TranslationView.Pending(), new TranslationView.BudgetReached())) {
            ReadingSite site = site(new Shelf(Map.of(), none));

            for (String list : List.of("/issues", "/messages")) {
                String page = site.answer(list, null).orElseThrow().text();
                assertFalse(page.contains("translation"), list + " " + none);
            }
        }
    }
}
