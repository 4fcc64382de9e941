package io.github.m365health.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.m365health.poll.PollScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The least any exporter must do before its first import is complete, timed from a fresh JVM's
 * start: take a token for every tenant, fetch its three listings from the stand-in, and read every
 * JSON token of them (each string made a Java string), with the exporter's JVM options, HTTP
 * client and as many threads as its poll pool. Nothing is tracked, stored or rendered. The
 * exporter's start to ready on an empty store can only be slower, so this shows how far a
 * readiness target is from what the machine can do at all.
 */
final class FirstImportFloor {

    private FirstImportFloor() {
    }

    /** Seconds from starting a JVM with {@code jvm} options that reads every listing of {@code tenants} to its exit. */
    static double seconds(URI graph, int tenants, List<String> jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstImportFloor.class.getName(),
                graph.toString(), String.valueOf(tenants)));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || !output.startsWith("read ")) {
            throw new IOException("the first-import floor failed: " + output);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** {@code GRAPH_ORIGIN TENANTS}: reads every tenant's listings, prints what it read, exits. */
    public static void main(String[] args) throws Exception {
        String origin = args[0];
        int tenants = Integer.parseInt(args[1]);
        OkHttpClient http = new OkHttpClient();
        JsonFactory json = new JsonFactory();
        ExecutorService pool = Executors.newFixedThreadPool(PollScheduler.poolSize(tenants));
        List<Future<Long>> reads = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            String tenantId = MspGraphStandIn.tenantId(t);
            reads.add(pool.submit(() -> readTenant(http, json, origin, tenantId)));
        }
        long strings = 0;
        for (Future<Long> read : reads) {
            strings += read.get();
        }
        System.out.println("read " + strings + " strings");
        // OkHttp's pool would keep idle connections, and this JVM, for minutes: the time ends here.
        System.exit(0);
    }

    private static long readTenant(OkHttpClient http, JsonFactory json, String origin, String tenantId)
            throws IOException {
        Request tokenRequest = new Request.Builder().url(origin + "/" + tenantId + "/oauth2/v2.0/token")
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build()).build();
        String token = null;
        try (Response response = http.newCall(tokenRequest).execute();
             JsonParser parser = json.createParser(response.body().byteStream())) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING && "access_token".equals(parser.currentName())) {
                    token = parser.getText();
                }
            }
        }
        long strings = 0;
        for (String listing : List.of("healthOverviews", "issues", "messages")) {
            Request page = new Request.Builder().url(origin + "/v1.0/admin/serviceAnnouncement/" + listing)
                    .header("Authorization", "Bearer " + token).build();
            try (Response response = http.newCall(page).execute()) {
                strings += readEveryString(json, response.body().byteStream());
            }
        }
        return strings;
    }

    private static long readEveryString(JsonFactory json, InputStream body) throws IOException {
        long strings = 0;
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    strings += parser.getText().isEmpty() ? 0 : 1;
                }
            }
        }
        return strings;
    }
}
