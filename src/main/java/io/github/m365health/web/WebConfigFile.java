package io.github.m365health.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code --web.config.file} as the Prometheus exporter-toolkit does: unknown keys are
 * errors, relative file names are relative to the file's folder, TLS defaults to 1.2–1.3, and
 * only the toolkit's allow-listed response headers may be set.
 *
 * @param config the validated configuration
 * @param files  every file it was read from, to notice when one changes
 */
record WebConfigFile(WebConfig config, List<Path> files) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP = Set.of("tls_server_config", "http_server_config", "basic_auth_users", "rate_limit");
    private static final Set<String> TLS_KEYS = Set.of("cert", "key", "client_ca", "cert_file", "key_file",
            "client_auth_type", "client_ca_file", "cipher_suites", "curve_preferences", "min_version", "max_version",
            "prefer_server_cipher_suites", "client_allowed_sans");
    private static final Set<String> HTTP_KEYS = Set.of("http2", "headers");
    private static final List<String> VERSIONS = List.of("TLS10", "TLS11", "TLS12", "TLS13");
    private static final Set<String> CURVES = Set.of("CurveP256", "CurveP384", "CurveP521", "X25519");

    /** The toolkit's header allow-list: a header with values listed may only take one of them. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            "Strict-Transport-Security", List.of(),
            "X-Content-Type-Options", List.of("nosniff"),
            "X-Frame-Options", List.of("deny", "sameorigin"),
            "X-XSS-Protection", List.of(),
            "Content-Security-Policy", List.of());

    WebConfigFile {
        files = List.copyOf(files);
    }

    /** @throws WebConfigException one line: {@code --web.config.file FILE: key.path: what is wrong} */
    static WebConfigFile load(Path file) throws WebConfigException {
        String prefix = "--web.config.file " + file + ": ";
        List<Path> files = new ArrayList<>(List.of(file));
        try {
            JsonNode root = YAML.readTree(read(file, "the file"));
            if (root == null || root.isMissingNode() || root.isNull()) {
                return new WebConfigFile(WebConfig.NONE, files);
            }
            Path dir = file.toAbsolutePath().getParent();
            keys(root, "", TOP);
            Optional<WebConfig.Tls> tls = tls(root.path("tls_server_config"), dir, files);
            Map<String, String> users = users(root.path("basic_auth_users"));
            Map<String, String> headers = headers(root.path("http_server_config"));
            return new WebConfigFile(new WebConfig(tls, users, headers, rateLimit(root.path("rate_limit"))), files);
        } catch (Problem e) {
            throw new WebConfigException(prefix + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new WebConfigException(prefix + "not valid YAML: " + e.getOriginalMessage().replace('\n', ' ')
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    private static Optional<WebConfig.Tls> tls(JsonNode node, Path dir, List<Path> files) throws Problem {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String at = "tls_server_config";
        keys(node, at + ".", TLS_KEYS);
        if (!node.fields().hasNext()) {
            return Optional.empty();
        }
        if (text(node, at, "cert", "").isEmpty() && text(node, at, "cert_file", "").isEmpty()) {
            throw new Problem(at, "missing one of cert or cert_file");
        }
        if (text(node, at, "key", "").isEmpty() && text(node, at, "key_file", "").isEmpty()) {
            throw new Problem(at, "missing one of key or key_file");
        }
        // Values first, files last: a typo is reported as such, not as the file it would have named.
        WebConfig.ClientAuth clientAuth = clientAuth(text(node, at, "client_auth_type", "NoClientCert"));
        int min = version(node, at, "min_version", "TLS12");
        int max = version(node, at, "max_version", "TLS13");
        if (min > max) {
            throw new Problem(at + ".min_version", "is above max_version");
        }
        List<String> protocols = new ArrayList<>();
        for (int v = min; v <= max; v++) {
            protocols.add("TLSv1." + v);
        }
        boolean caGiven = !text(node, at, "client_ca", "").isEmpty() || !text(node, at, "client_ca_file", "").isEmpty();
        if (caGiven && clientAuth == WebConfig.ClientAuth.NO_CLIENT_CERT) {
            throw new Problem(at + ".client_auth_type", "client CAs are configured without a client auth policy;"
                    + " set one such as RequireAndVerifyClientCert");
        }
        if (clientAuth.verifies() && !caGiven) {
            throw new Problem(at + ".client_ca_file", "needed for client_auth_type " + clientAuth.toolkitName);
        }
        List<String> ciphers = list(node, at, "cipher_suites");
        TlsMaterial.checkCipherSuites(ciphers, at + ".cipher_suites");
        for (String curve : list(node, at, "curve_preferences")) {
            if (!CURVES.contains(curve)) {
                throw new Problem(at + ".curve_preferences", "unknown curve: " + curve);
            }
        }
        JsonNode prefer = node.path("prefer_server_cipher_suites");
        if (!prefer.isMissingNode() && !prefer.isBoolean()) {
            throw new Problem(at + ".prefer_server_cipher_suites", "must be true or false");
        }
        String certificate = material(node, at, "cert", "cert_file", dir, files);
        String key = material(node, at, "key", "key_file", dir, files);
        String clientCa = material(node, at, "client_ca", "client_ca_file", dir, files);
        WebConfig.Tls tls = new WebConfig.Tls(certificate, key, clientCa, clientAuth, protocols, ciphers,
                prefer.asBoolean(true), list(node, at, "client_allowed_sans"));
        try {
            TlsMaterial.check(tls);
        } catch (IllegalArgumentException e) {
            throw new Problem(at, e.getMessage());
        }
        return Optional.of(tls);
    }

    private static Optional<WebConfig.RateLimit> rateLimit(JsonNode node) throws Problem {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        keys(node, "rate_limit.", Set.of("burst", "interval"));
        JsonNode burst = node.path("burst");
        if (!burst.isMissingNode() && !burst.canConvertToInt()) {
            throw new Problem("rate_limit.burst", "must be a whole number");
        }
        java.time.Duration interval;
        try {
            String text = text(node, "rate_limit", "interval", "0s");
            interval = text.matches("0+(ms|[smh])?") ? java.time.Duration.ZERO : io.github.m365health.config.Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Problem("rate_limit.interval", e.getMessage());
        }
        // As in the toolkit: an interval of 0 turns the limiter off.
        return interval.isZero() ? Optional.empty() : Optional.of(new WebConfig.RateLimit(burst.asInt(0), interval));
    }

    private static Map<String, String> users(JsonNode node) throws Problem {
        Map<String, String> users = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return users;
        }
        if (!node.isObject()) {
            throw new Problem("basic_auth_users", "must map user names to bcrypt hashes");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> user = it.next();
            String hash = user.getValue().asText("");
            if (!user.getValue().isTextual() || !BasicAuth.isBcryptHash(hash)) {
                // The value is a hash, but say nothing of it: a pasted plain password must not reach a log.
                throw new Problem("basic_auth_users." + user.getKey(), "is not a bcrypt hash"
                        + " (make one with htpasswd -nBC 10 \"\" | tr -d ':\\n')");
            }
            users.put(user.getKey(), hash);
        }
        return users;
    }

    private static Map<String, String> headers(JsonNode http) throws Problem {
        Map<String, String> headers = new LinkedHashMap<>();
        if (http.isMissingNode() || http.isNull()) {
            return headers;
        }
        keys(http, "http_server_config.", HTTP_KEYS);
        JsonNode http2 = http.path("http2");
        if (!http2.isMissingNode() && !http2.isBoolean()) {
            throw new Problem("http_server_config.http2", "must be true or false");
        }
        JsonNode node = http.path("headers");
        if (node.isMissingNode() || node.isNull()) {
            return headers;
        }
        if (!node.isObject()) {
            throw new Problem("http_server_config.headers", "must map header names to values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            List<String> allowed = HEADERS.get(header.getKey());
            String at = "http_server_config.headers." + header.getKey();
            if (allowed == null) {
                throw new Problem(at, "cannot be configured; allowed: " + String.join(", ", HEADERS.keySet().stream().sorted().toList()));
            }
            String value = header.getValue().asText();
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                throw new Problem(at, "must be one of " + allowed + ", got \"" + value + "\"");
            }
            headers.put(header.getKey(), value);
        }
        return headers;
    }

    private static String material(JsonNode node, String at, String inline, String fileKey, Path dir, List<Path> files)
            throws Problem {
        String text = text(node, at, inline, "");
        String name = text(node, at, fileKey, "");
        if (!text.isEmpty() && !name.isEmpty()) {
            throw new Problem(at, "give " + inline + " or " + fileKey + ", not both");
        }
        if (name.isEmpty()) {
            return text;
        }
        Path path = dir.resolve(name);
        files.add(path);
        return read(path, at + "." + fileKey);
    }

    private static String read(Path path, String what) throws Problem {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Problem(what, "no such file: " + path);
        } catch (IOException e) {
            throw new Problem(what, "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static WebConfig.ClientAuth clientAuth(String name) throws Problem {
        if (name.isEmpty() || name.equals("NoClientCert")) {
            return WebConfig.ClientAuth.NO_CLIENT_CERT;
        }
        if (name.equals("RequireClientCert")) {
            // The toolkit's older name, kept by it for compatibility.
            return WebConfig.ClientAuth.REQUIRE_ANY_CLIENT_CERT;
        }
        for (WebConfig.ClientAuth auth : WebConfig.ClientAuth.values()) {
            if (auth.toolkitName.equals(name)) {
                return auth;
            }
        }
        throw new Problem("tls_server_config.client_auth_type", "\"" + name + "\" must be one of NoClientCert,"
                + " RequestClientCert, RequireAnyClientCert, VerifyClientCertIfGiven, RequireAndVerifyClientCert");
    }

    /** @return the minor version: 2 for TLS12 */
    private static int version(JsonNode node, String at, String key, String otherwise) throws Problem {
        String name = text(node, at, key, otherwise);
        int index = VERSIONS.indexOf(name);
        if (index < 0) {
            throw new Problem(at + "." + key, "\"" + name + "\" must be one of " + String.join(", ", VERSIONS));
        }
        return index;
    }

    private static String text(JsonNode node, String at, String key, String otherwise) throws Problem {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.isValueNode()) {
            throw new Problem(at + "." + key, "must be a single value");
        }
        return value.asText();
    }

    private static List<String> list(JsonNode node, String at, String key) throws Problem {
        JsonNode value = node.path(key);
        List<String> items = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new Problem(at + "." + key, "must be a list");
        }
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    private static void keys(JsonNode node, String at, Set<String> known) throws Problem {
        if (!node.isObject()) {
            throw new Problem(at.isEmpty() ? "the file" : at.substring(0, at.length() - 1), "must be a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new Problem(at + name, "unknown key; known here: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** A problem at a key path, turned into the one-line message by {@link #load}. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String at, String what) {
            super(at + ": " + what);
        }
    }
}
