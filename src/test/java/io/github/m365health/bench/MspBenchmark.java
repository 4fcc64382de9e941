package io.github.m365health.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 17's table for one run, against the packaged exporter as a separate process with the JVM
 * options it ships with, polling {@link MspGraphStandIn} on loopback: time from the process start
 * to {@code /-/ready} on an empty store (every tenant's first import) and again on a restart,
 * beside the {@link FirstImportFloor} of the same listings; series per family, the scrape table
 * against a static server of the identical bytes (in a process of its own, with the same JVM
 * options), the health polls each tenant kept per minute, and the process's resident memory.
 *
 * <p>Usage: {@code MspBenchmark JAR TENANTS HEALTH_INTERVAL MESSAGES_INTERVAL POLL_WINDOW_SECONDS
 * [JVM options...]}; {@code bench/run-msp-benchmark.sh} runs it three times and prints the spread.
 */
public final class MspBenchmark {

    private static final Pattern LISTENING = Pattern.compile("listening address=127\\.0\\.0\\.1:(\\d+)");

    private MspBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Before this JVM's first JDK server: without it the stand-in held every answer's last
        // segment for OkHttp's delayed ACK, 40 ms a response, which a poll then waited for.
        System.setProperty(StaticMetricsServer.NO_DELAY, "true");
        Path jar = Path.of(args[0]);
        int tenants = Integer.parseInt(args[1]);
        String healthInterval = args[2];
        String messagesInterval = args[3];
        int pollWindow = Integer.parseInt(args[4]);
        List<String> jvm = Arrays.asList(args).subList(5, args.length);
        Path dir = Files.createTempDirectory("m365-msp-bench");
        try (MspGraphStandIn graph = new MspGraphStandIn(tenants, 4)) {
            Path config = writeConfig(dir, graph.origin(), tenants, healthInterval, messagesInterval);
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvm);
            command.addAll(List.of("-jar", jar.toString(), "--config.file=" + config,
                    "--web.listen-address=127.0.0.1:0"));
            if (pollWindow == 0) {
                System.out.printf(Locale.ROOT, "RESULT floor seconds=%.2f%n", FirstImportFloor.seconds(graph.origin(),
                        tenants, jvm));
            }
            // The floor fetched every listing too: the exporter's polls are counted from here.
            Map<String, Long> beforeExporter = graph.issueListings();
            Path log = dir.resolve("exporter.log");
            Started exporter = start(command, log, "ready");
            try {
                measure(new ScrapeTimer(jvm), exporter.base().resolve("/metrics"), graph, beforeExporter, tenants,
                        pollWindow, log, exporter.process().pid());
            } finally {
                exporter.process().destroy();
                exporter.process().waitFor();
            }
            // A restart finds every tenant's history in the store: its first polls change nothing.
            Process restarted = start(command, dir.resolve("restart.log"), "restart").process();
            restarted.destroy();
            restarted.waitFor();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.flush();
    }

    private record Started(Process process, URI base) {
    }

    /** Starts the exporter and prints the seconds from its start to {@code /-/ready}. */
    private static Started start(List<String> command, Path log, String name) throws Exception {
        long started = System.nanoTime();
        Process exporter = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base;
        try {
            base = URI.create("http://127.0.0.1:" + awaitPort(log, exporter));
            awaitReady(base, exporter);
        } catch (Exception e) {
            exporter.destroy();
            throw e;
        }
        System.out.printf(Locale.ROOT, "RESULT %s seconds=%.2f%n", name, (System.nanoTime() - started) / 1e9);
        return new Started(exporter, base);
    }

    private static void measure(ScrapeTimer scrapes, URI metrics, MspGraphStandIn graph, Map<String, Long> beforeExporter,
                                int tenants, int pollWindow, Path log, long pid) throws Exception {
        if (pollWindow > 0) {
            // Past the first polls and their imports, into the steady schedule.
            Thread.sleep(10_000);
            long skippedBefore = countLines(log, "poll skipped");
            Map<String, Long> before = graph.issueListings();
            long windowStart = System.nanoTime();
            Thread.sleep(pollWindow * 1000L);
            Map<String, Long> after = graph.issueListings();
            double minutes = (System.nanoTime() - windowStart) / 60e9;
            List<Double> perTenant = new ArrayList<>();
            before.forEach((tenant, count) -> perTenant.add((after.get(tenant) - count) / minutes));
            Collections.sort(perTenant);
            System.out.printf(Locale.ROOT, "RESULT polls health_per_tenant_per_minute_min=%.1f median=%.1f max=%.1f"
                            + " skipped_warning_lines=%d%n", perTenant.get(0), perTenant.get(perTenant.size() / 2),
                    perTenant.get(perTenant.size() - 1), countLines(log, "poll skipped") - skippedBefore);
        } else {
            String text = new String(scrapes.fetch(metrics, ScrapeTimer.TEXT, false).body(), StandardCharsets.UTF_8);
            SeriesBreakdown series = SeriesBreakdown.of(text);
            series.print(System.out, tenants);
            System.out.printf(Locale.ROOT, "RESULT series total=%d per_tenant=%.1f%n", series.total(),
                    series.total() / (double) tenants);
            // Timed in the steady state: the second health polls are spread over the second half of
            // the first interval, all of them running code no earlier poll ran (a listing that has not
            // changed). Scraped during that wave, single 50-client gzip rounds of 30 ms took 110-170 ms.
            long waited = awaitSecondPolls(graph, beforeExporter);
            System.out.printf(Locale.ROOT, "scrapes timed after waiting %.0f s for every tenant's second health poll%n",
                    waited / 1e9);
            scrapes.compare(metrics);
        }
        System.out.printf(Locale.ROOT, "RESULT memory rss_mib=%.0f peak_mib=%.0f live_heap_mib=%.0f%n",
                status(pid, "VmRSS"), status(pid, "VmHWM"), liveHeap(pid));
    }

    /** Waits until the stand-in has served every tenant's issues twice since {@code before}; returns the nanoseconds it waited. */
    private static long awaitSecondPolls(MspGraphStandIn graph, Map<String, Long> before) throws InterruptedException {
        long start = System.nanoTime();
        while (graph.issueListings().entrySet().stream().anyMatch(e -> e.getValue() - before.get(e.getKey()) < 2)) {
            Thread.sleep(200);
        }
        return System.nanoTime() - start;
    }

    /** The heap still in use after a full collection: what the shipped -Xmx must hold with headroom. */
    private static double liveHeap(long pid) throws Exception {
        jcmd(pid, "GC.run");
        // G1 prints one line for its heap, the serial collector one per generation: add them up.
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        long kib = 0;
        while (used.find()) {
            kib += Long.parseLong(used.group(1));
        }
        return kib / 1024.0;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    private static Path writeConfig(Path dir, URI graph, int tenants, String healthInterval, String messagesInterval)
            throws IOException {
        Path secret = dir.resolve("client-secret");
        Files.writeString(secret, "bench-secret");
        StringBuilder yaml = new StringBuilder("tenants:\n");
        for (int t = 0; t < tenants; t++) {
            yaml.append("  - name: tenant-").append(t).append('\n')
                    .append("    tenant_id: ").append(MspGraphStandIn.tenantId(t)).append('\n')
                    .append("    client_id: 11111111-1111-4111-8111-111111111111\n")
                    .append("    client_secret_file: ").append(secret).append('\n')
                    .append("    cloud: custom\n")
                    .append("    authority_url: ").append(graph).append('\n')
                    .append("    graph_url: ").append(graph).append('\n');
        }
        yaml.append("poll:\n  interval: ").append(healthInterval).append("\n  messages_interval: ")
                .append(messagesInterval).append("\nstate:\n  path: ").append(dir.resolve("state.db")).append('\n');
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }

    private static int awaitPort(Path log, Process exporter) throws Exception {
        while (exporter.isAlive()) {
            Matcher port = LISTENING.matcher(Files.readString(log));
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(10);
        }
        throw new IOException("the exporter exited " + exporter.exitValue() + ": " + Files.readString(log));
    }

    private static void awaitReady(URI base, Process exporter) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/-/ready")).build();
        while (exporter.isAlive()) {
            if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IOException("the exporter exited before it was ready");
    }

    private static long countLines(Path log, String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    private static double status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
