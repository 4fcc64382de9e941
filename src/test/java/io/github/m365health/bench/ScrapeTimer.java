package io.github.m365health.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * Times scrapes of an exporter's /metrics against a static JDK server answering the identical
 * bytes (fetched from the exporter first): p50 of sequential scrapes and of 50 concurrent
 * scrapers, on new connections and on kept ones, for text 0.0.4 and for OpenMetrics with gzip,
 * printed as {@code RESULT} lines.
 *
 * <p>The two servers take turns, scrape by scrape and round by round, so that both meet the same
 * machine: timed one after the other, a collection or a busy neighbour during one server's series
 * moved the ratio by a third between runs.
 */
final class ScrapeTimer {

    static final String TEXT = "text/plain;version=0.0.4";
    static final String PROMETHEUS = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5";
    private static final int SEQUENTIAL = 60;
    private static final int CONCURRENT = 50;
    // Timed 50-client rounds per server: at least this many, and more until both servers' rounds
    // add up to ROUNDS_TIME. A gzip round lasts about 30 ms, so 16 of them were half a second, and
    // one poll or collection in it moved the p50 by a tenth from run to run.
    private static final int CONCURRENT_ROUNDS = 16;
    private static final long ROUNDS_TIME_NANOS = 10_000_000_000L;
    // Untimed sequential scrapes of each server first, so that neither is timed while its JIT compiles.
    private static final int WARM_UP = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> staticJvm;

    /** With the static server in this JVM, as for exporters built in this JVM too. */
    ScrapeTimer() {
        this(null);
    }

    /**
     * @param staticJvm the JVM options of the exporter under test, to run the static server in a
     *                  process of its own with the same: beside a separate exporter process, a
     *                  static server inside the benchmark's JVM shares its heap, collector and
     *                  JIT threads with the 50 scrapers, and the two are not measured alike
     */
    ScrapeTimer(List<String> staticJvm) {
        this.staticJvm = staticJvm == null ? null : List.copyOf(staticJvm);
    }

    HttpResponse<byte[]> fetch(URI uri, String accept, boolean gzip) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(uri, accept, gzip), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return response;
    }

    /** Prints the four RESULT lines of text and gzip, sequential and concurrent, exporter against static. */
    void compare(URI exporter) throws Exception {
        byte[] text = fetch(exporter, TEXT, false).body();
        HttpResponse<byte[]> zipped = fetch(exporter, PROMETHEUS, true);
        byte[] openMetrics = fetch(exporter, PROMETHEUS, false).body();
        System.out.printf(Locale.ROOT, "bytes: text %,d, OpenMetrics gzip %,d (the same text compressed whole: %,d)%n",
                text.length, zipped.body().length, gzipWhole(openMetrics));
        String zippedType = zipped.headers().firstValue("Content-Type").orElse("");
        try (StaticMetricsServer.Running statics = staticJvm == null
                ? StaticMetricsServer.inThisJvm(text, zipped.body(), zippedType, CONCURRENT)
                : StaticMetricsServer.inOwnProcess(staticJvm, text, zipped.body(), zippedType, CONCURRENT)) {
            URI staticUri = URI.create("http://127.0.0.1:" + statics.port() + "/metrics");
            for (boolean gzip : new boolean[] {false, true}) {
                String accept = gzip ? PROMETHEUS : TEXT;
                String name = gzip ? "openmetrics+gzip" : "text";
                double[] sequential = sequentialP50(exporter, staticUri, accept, gzip);
                double[] concurrent = concurrentP50(exporter, staticUri, accept, gzip, false);
                double[] kept = concurrentP50(exporter, staticUri, accept, gzip, true);
                System.out.printf(Locale.ROOT, "RESULT %s sequential exporter_ms=%.2f static_ms=%.2f ratio=%.2f%n",
                        name, sequential[0], sequential[1], sequential[0] / sequential[1]);
                printConcurrent(name + " concurrent" + CONCURRENT, concurrent);
                printConcurrent(name + " concurrent" + CONCURRENT + "-kept-alive", kept);
            }
        }
    }

    private static void printConcurrent(String name, double[] times) {
        // The p50 is what the ratio is about; how long a whole round of 50 took shows
        // whether a difference is throughput or only the order in which the 50 were served.
        System.out.printf(Locale.ROOT, "RESULT %s exporter_ms=%.2f static_ms=%.2f ratio=%.2f exporter_round_ms=%.2f"
                        + " static_round_ms=%.2f round_ratio=%.2f rounds=%.0f%n", name, times[0], times[1],
                times[0] / times[1], times[2], times[3], times[2] / times[3], times[4]);
    }

    /** What one gzip stream at the default level makes of the answer: what the exporter's members are measured against. */
    private static int gzipWhole(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16)) {
            zip.write(plain);
        }
        return out.size();
    }

    private static HttpRequest request(URI uri, String accept, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return request.build();
    }

    /** A timed scrape reads the whole body and keeps none of it: 50 clients holding 27 MB each would measure the heap. */
    private void scrape(URI uri, String accept, boolean gzip) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(request(uri, accept, gzip), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
    }

    /** The p50 of the exporter's and of the static server's sequential scrapes, taken in turns. */
    private double[] sequentialP50(URI exporter, URI statics, String accept, boolean gzip) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            scrape(exporter, accept, gzip);
            scrape(statics, accept, gzip);
        }
        List<Double> exporterMillis = new ArrayList<>();
        List<Double> staticMillis = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            exporterMillis.add(timed(() -> scrape(exporter, accept, gzip)));
            staticMillis.add(timed(() -> scrape(statics, accept, gzip)));
        }
        return new double[] {median(exporterMillis), median(staticMillis)};
    }

    /**
     * The p50 of 50 concurrent scrapers and the median round, exporter and static server in
     * alternate rounds. Each of the 50 scrapers connects from its own loopback address (127.0.0.2
     * and up), as 50 Prometheus servers would from theirs: the exporter allows 4 concurrent scrapes
     * per client address (README, "Security"), which one benchmarking address would otherwise run
     * into. With {@code keptAlive} each scraper keeps its connection to each server from round to
     * round, as Prometheus does; otherwise every scrape opens a connection of its own and closes it.
     */
    private double[] concurrentP50(URI exporter, URI statics, String accept, boolean gzip, boolean keptAlive)
            throws Exception {
        ExecutorService scrapers = Executors.newFixedThreadPool(CONCURRENT);
        try (KeptAliveScrapers toExporter = new KeptAliveScrapers(exporter, CONCURRENT);
             KeptAliveScrapers toStatic = new KeptAliveScrapers(statics, CONCURRENT)) {
            IndexedScrape exporterScrape = keptAlive ? i -> toExporter.scrape(i, accept, gzip)
                    : i -> scrapeFrom(KeptAliveScrapers.address(i), exporter, accept, gzip);
            IndexedScrape staticScrape = keptAlive ? i -> toStatic.scrape(i, accept, gzip)
                    : i -> scrapeFrom(KeptAliveScrapers.address(i), statics, accept, gzip);
            List<Double> exporterMillis = Collections.synchronizedList(new ArrayList<>());
            List<Double> staticMillis = Collections.synchronizedList(new ArrayList<>());
            List<Double> exporterRounds = new ArrayList<>();
            List<Double> staticRounds = new ArrayList<>();
            // One untimed round each first: the first 50 connections meet code neither server ran
            // yet, and kept-alive scrapers open their connections in it.
            concurrentRound(scrapers, exporterScrape, Collections.synchronizedList(new ArrayList<>()));
            concurrentRound(scrapers, staticScrape, Collections.synchronizedList(new ArrayList<>()));
            long start = System.nanoTime();
            while (exporterRounds.size() < CONCURRENT_ROUNDS || System.nanoTime() - start < ROUNDS_TIME_NANOS) {
                exporterRounds.add(concurrentRound(scrapers, exporterScrape, exporterMillis));
                staticRounds.add(concurrentRound(scrapers, staticScrape, staticMillis));
            }
            return new double[] {median(new ArrayList<>(exporterMillis)), median(new ArrayList<>(staticMillis)),
                    median(exporterRounds), median(staticRounds), exporterRounds.size()};
        } finally {
            scrapers.shutdown();
        }
    }

    @FunctionalInterface
    private interface IndexedScrape {
        void run(int scraper) throws Exception;
    }

    /** Adds each scrape's milliseconds to {@code millis} and returns the round's: until its last scrape ended. */
    private static double concurrentRound(ExecutorService scrapers, IndexedScrape scrape, List<Double> millis)
            throws Exception {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            int scraper = i;
            done.add(scrapers.submit(() -> {
                millis.add(timed(() -> scrape.run(scraper)));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    @FunctionalInterface
    private interface Scrape {
        void run() throws Exception;
    }

    private static double timed(Scrape scrape) throws Exception {
        long start = System.nanoTime();
        scrape.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** One HTTP/1.1 scrape on a connection of its own from {@code from}, read to its end and dropped. */
    private static void scrapeFrom(InetAddress from, URI uri, String accept, boolean gzip) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName(uri.getHost()), uri.getPort(), from, 0)) {
            socket.getOutputStream().write(KeptAliveScrapers.request(uri, accept, gzip, "Connection: close\r\n"));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1 << 16];
            int first = in.read(buffer);
            if (first < 12 || !new String(buffer, 0, 12, StandardCharsets.US_ASCII).equals("HTTP/1.1 200")) {
                throw new IOException(uri + " from " + from + " did not answer 200");
            }
            while (in.read(buffer) >= 0) {
                // Read to the end, as a scraper must, and keep nothing.
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
