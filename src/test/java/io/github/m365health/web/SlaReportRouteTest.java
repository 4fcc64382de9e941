package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import io.github.m365health.report.MonthlySla;
import io.github.m365health.report.ReportException;
import io.github.m365health.report.ScriptedHistory;
import io.github.m365health.report.SlaReportSource;
import io.github.m365health.store.HistoryReader;
import io.github.m365health.store.StoreException;
import io.github.m365health.testing.MutableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /reports/sla} over real HTTP, reading a real store file: every format, and 4xx for bad parameters. */
class SlaReportRouteTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock("2026-04-20T00:00:00Z");
    private final List<TenantState> states = StoryStates.twoTenants();
    private WebServer server;
    private Path store;

    /** Written once through the store's write path; each test serves its own copy. */
    private static Path template;

    @BeforeAll
    static void writeTheHistory(@TempDir Path templateDir) throws Exception {
        template = templateDir.resolve("history.db");
        ScriptedHistory.write(template);
    }

    @BeforeEach
    void serve() throws Exception {
        store = Files.copy(template, dir.resolve("history.db"));
        SlaReportSource reports = (month, tenant) -> {
            try (HistoryReader reader = HistoryReader.open(store)) {
                if (tenant.isPresent() && !reader.tenants().contains(tenant.get())) {
                    throw new ReportException("unknown tenant \"" + tenant.get() + "\"", true, null);
                }
                return MonthlySla.report(month, List.of(reader.tenant(ScriptedHistory.TENANT)), clock.instant(),
                        Optional.of("https://exporter.example.com"));
            } catch (StoreException e) {
                throw new ReportException(e.getMessage(), false, e);
            }
        };
        server = WebServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                        new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17")), () -> states)
                .route(SlaReportRoute.PATH, new SlaReportRoute(reports, clock))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpFetch.get(server.address(), pathAndQuery);
    }

    @Test
    void servesThePageAndEveryFormatAsTheGoldenFiles() throws Exception {
        HttpResponse<String> page = get("/reports/sla?month=2026-04");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertEquals(golden("sla-2026-04.html"), page.body());

        assertEquals(golden("sla-2026-03.md"), get("/reports/sla?month=2026-03&format=markdown").body());
        assertEquals(golden("sla-2026-03.json"), get("/reports/sla?month=2026-03&format=json&tenant=contoso").body());
        HttpResponse<String> csv = get("/reports/sla?month=2026-03&format=csv");
        assertEquals(golden("sla-2026-03.csv"), csv.body());
        assertEquals("attachment; filename=\"sla-2026-03.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void pageForOneTenantKeepsThatTenantInItsLinksToOtherFormatsAndMonths() throws Exception {
        String page = get("/reports/sla?month=2026-04&tenant=contoso").body();

        List<String> links = Pattern.compile("href=\"(\\?[^\"]*)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
        assertTrue(links.containsAll(List.of("?month=2026-04&amp;tenant=contoso&amp;format=markdown",
                "?month=2026-04&amp;tenant=contoso&amp;format=csv", "?month=2026-04&amp;tenant=contoso&amp;format=json",
                "?month=2026-03&amp;tenant=contoso")), links.toString());
        assertTrue(links.stream().allMatch(link -> link.contains("&amp;tenant=contoso")), links.toString());
    }

    @Test
    void pageForEveryTenantLinksWithoutATenantFilter() throws Exception {
        String page = get("/reports/sla?month=2026-04").body();

        assertTrue(page.contains("href=\"?month=2026-04&amp;format=csv\""), page);
        assertFalse(page.contains("tenant="), page);
    }

    @Test
    void withoutAMonthShowsTheCurrentOne() throws Exception {
        assertEquals(golden("sla-2026-04.html"), get("/reports/sla").body());
    }

    @Test
    void monthOutsideTheHistoryIsAnEmptyReportThatSaysSo() throws Exception {
        HttpResponse<String> response = get("/reports/sla?month=2025-12&format=json");

        assertEquals(200, response.statusCode());
        assertEquals(golden("sla-2025-12.json"), response.body());
    }

    @Test
    void badParametersGetAClearFourHundredAndNoStackTrace() throws Exception {
        assertOneLine(get("/reports/sla?month=March"), 400, "\"March\" is not a month; give it as YYYY-MM, e.g. 2026-03");
        assertOneLine(get("/reports/sla?month=2026-00"), 400, "\"2026-00\" is not a month; give it as YYYY-MM, e.g. 2026-03");
        assertOneLine(get("/reports/sla?month=2026-03&format=pdf"), 400,
                "\"pdf\" is not a report format; use one of markdown, csv, json, html");
        assertOneLine(get("/reports/sla?month=2026-03&tenant=%3Cscript%3E"), 404, "unknown tenant \"<script>\"");
        assertEquals(404, get("/reports/sla/extra").statusCode());
    }

    @Test
    void storeThatCannotBeReadIsAServiceUnavailableInOneLine() throws Exception {
        Files.delete(store);

        HttpResponse<String> response = get("/reports/sla?month=2026-03");

        assertEquals(503, response.statusCode());
        assertEquals(1, response.body().lines().count(), response.body());
        assertTrue(response.body().startsWith("state store "), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static void assertOneLine(HttpResponse<String> response, int status, String line) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(line + "\n", response.body());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    }

    private static String golden(String name) throws Exception {
        return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    }
}
