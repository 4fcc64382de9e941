package io.github.m365health.e2e;

import io.github.m365health.testing.EndToEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.health.TenantState;
import io.github.m365health.testing.HeadlessChromium;
import io.github.m365health.web.WebServer;
import io.github.m365health.web.pages.PagesFixture;
import io.github.m365health.web.pages.PagesRoute;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A post that carries script, an image with onerror, a javascript: link, a style block and
 * iframes, shown by the exporter's own HTTP server in real headless Chromium: every payload would
 * set {@code window.pwned}; it stays unset, and the post's words stay readable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EndToEnd
class HostilePostBrowserTest {

    private PagesFixture fixture;
    private WebServer server;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void serveAHostileIssue(@TempDir Path dir) throws Exception {
        fixture = new PagesFixture(dir).withHostileIssue();
        List<TenantState> none = List.of();
        WebServer.Builder builder = WebServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                new ExporterMetrics(() -> none, new BuildInfo("1", "r", "17")), () -> none);
        PagesRoute pages = new PagesRoute(fixture.site());
        PagesRoute.PREFIXES.forEach(prefix -> builder.route(prefix, pages));
        server = builder.start();
        // The fixture's links carry the external URL's path, /m365, as behind a proxy that strips it.
        base = "http://127.0.0.1:" + server.address().getPort();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    void closeEverything() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void nothingInThePostRunsAndItsTextStaysReadable() throws Exception {
        browser.get(base + "/issues/contoso/EX1266666");
        browser.findElement(By.linkText("a javascript: link")).click();
        browser.get(base + "/issues/contoso/EX1266666");

        assertNull(pwned());
        assertTrue(browser.findElement(By.tagName("body")).isDisplayed(), "a post's <style> hid the page");
        String post = browser.findElement(By.cssSelector("#latest-post .post")).getText();
        assertTrue(post.contains("Current status: still readable text."), post);
        assertTrue(post.contains("Next update by: Friday, April 3, 2026, at 6:00 PM UTC"), post);
        assertTrue(browser.getTitle().startsWith("EX1266666 | Exchange Online | " + PagesFixture.HOSTILE_TITLE), browser.getTitle());
        assertEquals(0, browser.findElements(By.tagName("iframe")).size());
        chromium.screenshot("hostile-post");
    }

    @Test
    void theListShowsAHostileTitleAndIdAsText() throws Exception {
        browser.get(base + "/issues");

        assertNull(pwned());
        assertTrue(browser.findElement(By.cssSelector("table.issues")).getText().contains(PagesFixture.HOSTILE_TITLE));
        assertEquals(1, browser.findElements(By.linkText(PagesFixture.HOSTILE_ID)).size());
        chromium.screenshot("hostile-list");
    }

    private Object pwned() {
        return ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;");
    }
}
