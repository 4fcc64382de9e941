package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON API over a real store holding the seed stories, against golden files: what scripts and
 * Grafana's JSON data sources rely on. Times are fixed by the fixture's clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonApiTest {

    private PagesFixture fixture;
    private ReadingSite site;

    @BeforeAll
    void fillTheStore(@TempDir Path dir) throws Exception {
        fixture = new PagesFixture(dir);
        site = fixture.site();
    }

    @AfterAll
    void closeTheStore() throws Exception {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/issues                                  |                                              | issues.json",
            "/api/v1/issues                                  | service_name=Exchange%20Online&state=ended     | issues-exchange-ended.json",
            "/api/v1/issues                                  | q=MAILBOXES&per_page=1&page=2                 | issues-search-page2.json",
            "/api/v1/issues/contoso/EX1215307                |                                              | issue-EX1215307.json",
            "/api/v1/issues/contoso/EX1256020                |                                              | issue-EX1256020.json",
            "/api/v1/issues/contoso/EX1268771                |                                              | issue-EX1268771.json",
            "/api/v1/messages                                |                                              | messages.json",
            "/api/v1/messages                                | state=active&severity=high                     | messages-active-high.json",
            "/api/v1/messages/contoso/MC1204518              |                                              | message-MC1204518.json"})
    void answersAsTheGoldenFileSays(String path, String query, String golden) throws Exception {
        Reply reply = site.answer(path, query).orElseThrow();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("application/json; charset=utf-8", reply.contentType());
        PageGolden.assertMatches(golden, reply.text());
    }
}
