package io.github.m365health.bench;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.health.TenantState;
import io.github.m365health.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Prints the size of the /metrics answer for the benchmark state and the heap that state
 * retains. JOL is not on the classpath, so retained heap is measured as the difference in used
 * heap after full collections before and after building the state, with the state still
 * reachable; run it with {@code -XX:+UseSerialGC} so a collection is complete and compacting.
 */
public final class MetricsFootprint {

    private static final int TENANTS = 100;

    private MetricsFootprint() {
    }

    public static void main(String[] args) throws Exception {
        long withPosts = retainedBytes(4);
        long withoutPosts = retainedBytes(0);
        List<TenantState> states = LargeTenantStates.build(TENANTS, 4);
        ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("bench", "bench", "17"));
        try (WebServer server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                metrics, () -> states)) {
            byte[] text = fetch(server, "text/plain");
            byte[] openMetrics = fetch(server, "application/openmetrics-text; version=1.0.0");
            long series = new String(text, java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).count();
            System.out.printf(Locale.ROOT, "state: %d tenants x (%d services, %d issues of which %d open, %d active posts,"
                    + " 1 in %d requiring action)%n", TENANTS, LargeTenantStates.SERVICES, LargeTenantStates.ISSUES,
                    LargeTenantStates.OPEN_ISSUES, LargeTenantStates.MESSAGES, LargeTenantStates.ACTION_REQUIRED_EVERY);
            System.out.printf(Locale.ROOT, "series per scrape: %d (%d per tenant)%n", series, series / TENANTS);
            SeriesBreakdown.of(new String(text, java.nio.charset.StandardCharsets.UTF_8)).print(System.out, TENANTS);
            System.out.printf(Locale.ROOT, "exposition, text 0.0.4: %,d bytes (gzip %,d bytes)%n", text.length, gzip(text));
            System.out.printf(Locale.ROOT, "exposition, OpenMetrics: %,d bytes (gzip %,d bytes)%n", openMetrics.length,
                    gzip(openMetrics));
        }
        System.out.printf(Locale.ROOT, "heap retained by the state, 4 posts of ~600 chars per issue: %.1f MiB%n",
                withPosts / 1048576.0);
        System.out.printf(Locale.ROOT, "heap retained by the state, issues without posts: %.1f MiB%n",
                withoutPosts / 1048576.0);
        Reference.reachabilityFence(states);
    }

    private static long retainedBytes(int postsPerIssue) {
        long before = usedAfterGc();
        List<TenantState> states = LargeTenantStates.build(TENANTS, postsPerIssue);
        long after = usedAfterGc();
        Reference.reachabilityFence(states);
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static byte[] fetch(WebServer server, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.address().getPort() + "/metrics")).header("Accept", accept).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
