package io.github.m365health.bench;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.TextExposition;
import io.github.m365health.health.TenantState;
import io.github.m365health.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render /metrics for 100 tenants of 300 issues, 40 services and 500 active posts each:
 * straight into a buffer ({@code renderText}), and as a full scrape over loopback HTTP the way
 * Prometheus asks for it, OpenMetrics and gzip ({@code scrapeLikePrometheus}). Run with {@code bench/run-metrics-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MetricsRenderBenchmark {

    private ExporterMetrics metrics;
    private ByteArrayOutputStream buffer;
    private WebServer server;
    private HttpClient client;
    private HttpRequest scrape;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<TenantState> states = LargeTenantStates.build(100, 4);
        metrics = new ExporterMetrics(() -> states, new BuildInfo("bench", "bench", System.getProperty("java.version")));
        buffer = new ByteArrayOutputStream(64 << 20);
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics", metrics,
                () -> states);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // What Prometheus sends: OpenMetrics preferred, gzip accepted.
        scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/metrics"))
                .header("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
                .header("Accept-Encoding", "gzip")
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public int renderText() throws IOException {
        buffer.reset();
        Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);
        TextExposition.write(metrics, writer);
        writer.flush();
        return buffer.size();
    }

    @Benchmark
    public int scrapeLikePrometheus() throws IOException, InterruptedException {
        return client.send(scrape, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }
}
