package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to a {@link DemoTenant} over real HTTP, as the exporter would. */
final class DemoClient {

    static final String HEALTH_OVERVIEWS = "/v1.0/admin/serviceAnnouncement/healthOverviews";
    static final String ISSUES = "/v1.0/admin/serviceAnnouncement/issues";
    static final String MESSAGES = "/v1.0/admin/serviceAnnouncement/messages";

    /** A response with its JSON body. */
    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    }

    /** Every page of a listing: the items in order and each nextLink followed. */
    record Listing(List<JsonNode> items, List<URI> nextLinks) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final DemoTenant tenant;

    DemoClient(DemoTenant tenant) {
        this.tenant = tenant;
    }

    Reply requestToken(Map<String, String> form) throws IOException, InterruptedException {
        return requestToken(form, null);
    }

    Reply requestToken(Map<String, String> form, String authorization) throws IOException, InterruptedException {
        return requestToken(tenant.tenantId(), form, authorization);
    }

    /**
     * @param pathTenant    the {tenant} segment of the token endpoint's path
     * @param authorization an HTTP {@code Authorization} header value, or null
     */
    Reply requestToken(String pathTenant, Map<String, String> form, String authorization)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        tenant.origin().resolve("/" + pathTenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    Map<String, String> goodTokenForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", tenant.clientId());
        form.put("client_secret", tenant.clientSecret().reveal());
        form.put("scope", tenant.origin() + "/.default");
        return form;
    }

    String token() throws IOException, InterruptedException {
        Reply reply = requestToken(goodTokenForm());
        if (reply.status() != 200) {
            throw new IllegalStateException("token request failed: " + reply.raw().body());
        }
        return reply.json().get("access_token").asText();
    }

    Reply get(URI uri, String token, String prefer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return send(request.build());
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return get(tenant.origin().resolve(path), token, null);
    }

    Listing listAll(String path, String token, String prefer) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        List<URI> links = new ArrayList<>();
        Reply page = get(tenant.origin().resolve(path), token, prefer);
        while (true) {
            if (page.status() != 200) {
                throw new IllegalStateException("listing failed with " + page.status() + ": " + page.raw().body());
            }
            page.json().get("value").forEach(items::add);
            JsonNode next = page.json().get("@odata.nextLink");
            if (next == null) {
                return new Listing(items, links);
            }
            URI link = URI.create(next.asText());
            links.add(link);
            page = get(link, token, prefer);
        }
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? null : mapper.readTree(response.body());
        return new Reply(response.statusCode(), json, response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
