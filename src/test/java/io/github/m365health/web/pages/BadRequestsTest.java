package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad request gets a 4xx with one line saying what is wrong and what is accepted; never a stack trace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestsTest {

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

    @ParameterizedTest(name = "{0}?{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "/issues                    | tenant=nowhere              | 404 | unknown tenant \"nowhere\"; configured tenants: contoso, fabrikam",
            "/issues/nowhere/EX1215307  |                             | 404 | unknown tenant \"nowhere\"",
            "/issues/contoso/EX<b>      |                             | 400 | malformed id \"EX<b>\"",
            "/issues/contoso/EX0000001  |                             | 404 | tenant contoso has no issue EX0000001 in the history",
            "/issues                    | page=9                      | 404 | page 9 does not exist: the list has 1 page of 50",
            "/issues                    | page=0                      | 400 | page must be 1 or more, got 0",
            "/issues                    | page=two                    | 400 | page must be a whole number, got \"two\"",
            "/issues                    | per_page=100000             | 400 | per_page must be between 1 and 500",
            "/issues                    | state=closed                | 400 | state must be open, ended or all, got \"closed\"",
            "/issues                    | classification=outage       | 400 | classification must be one of incident, advisory, unknown; got \"outage\"",
            "/issues                    | month=2026-13               | 400 | unknown parameter \"month\"; this path takes classification, page, per_page, q, service_name, state, tenant",
            "/issues                    | q=a&q=b                     | 400 | parameter \"q\" given more than once",
            "/issues                    | q=%E0%A4%A                  | 400 | the query is not correctly percent-encoded",
            "/messages                  | category=outage             | 400 | category must be one of preventOrFixIssue, planForChange, stayInformed, unknown",
            "/messages                  | state=open                  | 400 | state must be active, ended or all, got \"open\"",
            "/messages/contoso/MC0      |                             | 404 | tenant contoso has no Message Center post MC0 in the history",
            "/issues/contoso/EX1215307  | tenant=contoso              | 400 | unknown parameter \"tenant\"",
            "/issues/contoso            |                             | 404 | no such page",
            "/static/other.js           |                             | 404 | no such page"})
    void answersWithOneLineInHtmlAndInJson(String path, String query, int status, String message) {
        Reply page = site.answer(path, query).orElseThrow();
        Reply api = site.answer(path.startsWith("/static") ? "/api/v1/nothing" : "/api/v1" + path, query).orElseThrow();

        assertEquals(status, page.status(), page.text());
        assertEquals(Reply.HTML, page.contentType());
        assertTrue(page.text().contains(Escape.html(message)), page.text());
        assertEquals(path.startsWith("/static") ? 404 : status, api.status(), api.text());
        assertEquals(Reply.JSON, api.contentType());
        for (Reply reply : new Reply[] {page, api}) {
            assertFalse(reply.text().contains("Exception") || reply.text().contains("\tat "), reply.text());
            assertEquals(Reply.CONTENT_SECURITY_POLICY, reply.headers().get("Content-Security-Policy"));
        }
    }

    @Test
    void leavesPathsItDoesNotKnowToOtherRoutes() {
        assertTrue(site.answer("/issues/contoso/EX1215307.md", null).isEmpty());
        assertTrue(site.answer("/issues/contoso/EX1215307/report", null).isEmpty());
        assertTrue(site.answer("/metrics", null).isEmpty());
    }

    @Test
    void answersAnEmptyListOnItsFirstPage() {
        Reply empty = site.answer("/api/v1/issues", "tenant=fabrikam").orElseThrow();

        assertEquals(200, empty.status());
        assertTrue(empty.text().contains("\"matching\" : 0"), empty.text());
    }
}
