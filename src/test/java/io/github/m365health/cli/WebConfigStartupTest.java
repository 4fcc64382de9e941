package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A web configuration the exporter cannot use stops the start with one line and exit code 1. */
class WebConfigStartupTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheJdkLogging() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "basic_auth_users:\\n  alice: hunter2                    | basic_auth_users.alice: is not a bcrypt hash",
        "tls_server_config:\\n  certfile: x.pem                  | tls_server_config.certfile: unknown key",
        "tls_server_config:\\n  cert_file: missing.crt\\n  key_file: missing.key | tls_server_config.cert_file: no such file",
        "tls_server_config:\\n  key_file: x.key                  | tls_server_config: missing one of cert or cert_file",
        "http_server_config:\\n  headers:\\n    Server: nginx     | http_server_config.headers.Server: cannot be configured",
        "http_server_config:\\n  headers:\\n    X-Frame-Options: allow | http_server_config.headers.X-Frame-Options: must be one of [deny, sameorigin]",
        "tls_server_config:\\n  cert_file: a\\n  key_file: b\\n  min_version: TLS111 | tls_server_config.min_version: \"TLS111\" must be one of TLS10, TLS11, TLS12, TLS13",
        "tls_server_config:\\n  cert_file: a\\n  key_file: b\\n  client_auth_type: Maybe | tls_server_config.client_auth_type: \"Maybe\" must be one of",
        "nonsense: [                                           | not valid YAML",
    })
    void aWrongWebConfigFileIsOneLineAndExitOne(String yaml, String expected) throws IOException {
        Path web = dir.resolve("web.yml");
        Files.writeString(web, yaml.replace("\\n", "\n"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(new String[] {"--demo",
                "--web.listen-address=127.0.0.1:0", "--web.config.file", web.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));

        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, code);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains(" level=error ") && lines.get(0).contains(" msg=\"cannot start\" err=\"--web.config.file "
                + web + ": "), lines.get(0));
        String error = lines.get(0).replace("\\\"", "\"");  // logfmt escapes the quotes inside err="…"
        assertTrue(error.contains(expected), lines.get(0) + " should contain " + expected);
        assertFalse(lines.get(0).contains("hunter2"), "the plain password is not repeated");
    }
}
