package io.github.m365health.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a token endpoint error ({@code error}, {@code error_description}, {@code error_codes})
 * into a one-line message that says what to fix. Entra's description is multi-line and carries
 * trace ids, so only its first sentence is used, and only when there is no hint of our own.
 */
final class EntraErrors {

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private static final Map<Long, String> HINTS = Map.of(
            7000215L, "the client secret is invalid: configure the secret's value (not its ID) from the app registration",
            7000222L, "the client secret has expired: create a new one in the app registration and update the secret file",
            700016L, "the application was not found in the tenant: check client_id, tenant_id and the cloud",
            700027L, "the certificate is not registered on the app or the assertion's thumbprint does not match it:"
                    + " upload the certificate to the app registration, or use the RS256 assertion algorithm",
            70011L, "the scope is invalid: check the cloud or graph_url (the scope is <graph origin>/.default)",
            90002L, "the tenant was not found: check tenant_id and the cloud",
            900023L, "tenant_id is not a valid tenant id or domain: check tenant_id",
            700024L, "the client assertion is outside its valid time range: check the system clock and that the"
                    + " federated token file is being refreshed",
            70021L, "no federated identity credential on the app matches the assertion: check its issuer, subject and audience");

    private EntraErrors() {
    }

    static GraphException failure(HttpReply reply, ObjectMapper json) {
        JsonNode body = parse(reply.body(), json);
        String error = body.path("error").asText("").strip();
        String description = body.path("error_description").asText("");
        Long aadsts = aadsts(body.path("error_codes"), description);
        String code = (error + (aadsts == null ? "" : " AADSTS" + aadsts)).strip();
        String message = "token request failed: HTTP " + reply.status() + (code.isEmpty() ? "" : " " + code) + ": "
                + hint(reply.status(), aadsts, description) + reply.retryNote();
        return new GraphException(GraphEndpoint.TOKEN, reply.status(), code, message);
    }

    private static String hint(int status, Long aadsts, String description) {
        if (aadsts != null && HINTS.containsKey(aadsts)) {
            return HINTS.get(aadsts);
        }
        String first = firstLine(description);
        if (!first.isEmpty()) {
            return first;
        }
        if (status >= 500 || status == 429) {
            return "Entra ID did not answer the token request; it is retried at the next poll";
        }
        return "check tenant_id, client_id, the credential and the cloud";
    }

    private static Long aadsts(JsonNode codes, String description) {
        if (codes.isArray() && !codes.isEmpty() && codes.get(0).canConvertToLong()) {
            return codes.get(0).asLong();
        }
        Matcher matcher = AADSTS.matcher(description);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    /** The first line without the {@code AADSTSnnn:} prefix, at most 200 characters. */
    private static String firstLine(String description) {
        String line = description.strip().split("[\\r\\n]", 2)[0];
        line = line.replaceFirst("^AADSTS\\d+:\\s*", "").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static JsonNode parse(byte[] body, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
