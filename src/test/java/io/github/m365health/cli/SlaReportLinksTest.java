package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.report.ScriptedHistory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running exporter's {@code /reports/sla} links each incident to its page absolute under the
 * external URL, as the JSON API does, so a report pasted elsewhere or served behind a proxy at
 * a path still leads to the page. The store holds a scripted history for tenant contoso.
 */
class SlaReportLinksTest {

    private static final Pattern INCIDENT_LINK = Pattern.compile("<td><a href=\"([^\"]*)\">");
    private static final Pattern WEB_INFO = Pattern.compile("m365_exporter_web_info\\{external_url=\"(http[^\"]+)\",?}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void incidentLinksAreAbsoluteUnderTheExternalUrlGivenByFlag() throws Exception {
        try (RunningExporter exporter = start("--web.external-url=https://mon.example.com/m365/")) {
            List<String> links = incidentLinks(page(exporter, "/reports/sla?month=2026-03&tenant=contoso"));

            assertTrue(links.contains("https://mon.example.com/m365/issues/contoso/EX1256020"), links.toString());
            assertTrue(links.stream().allMatch(link -> link.startsWith("https://mon.example.com/m365/issues/contoso/")),
                    links.toString());
        }
    }

    @Test
    void withoutTheFlagIncidentLinksAreAbsoluteUnderTheExternalUrlTheExporterAnnounces() throws Exception {
        try (RunningExporter exporter = start()) {
            Matcher announced = WEB_INFO.matcher(page(exporter, "/metrics"));
            assertTrue(announced.find(), "m365_exporter_web_info on /metrics");

            String json = page(exporter, "/reports/sla?month=2026-03&tenant=contoso&format=json");

            assertTrue(json.contains("\"link\" : \"" + announced.group(1) + "/issues/contoso/EX1256020\""),
                    announced.group(1) + "\n" + json);
        }
    }

    private RunningExporter start(String... flags) throws Exception {
        Path store = dir.resolve("history.db");
        ScriptedHistory.write(store);
        // No tenant of its own: the demo tenant runs beside the scripted history in the same store.
        Path config = Files.writeString(dir.resolve("config.yml"), "tenants: []\nstate:\n  path: " + store + "\n");
        List<String> args = new ArrayList<>(List.of("--demo", "--config.file=" + config,
                "--web.listen-address=127.0.0.1:0"));
        args.addAll(List.of(flags));
        return InProcessExporter.start(args.toArray(String[]::new));
    }

    private static String page(RunningExporter exporter, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + exporter.address().getPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static List<String> incidentLinks(String html) {
        Matcher m = INCIDENT_LINK.matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
