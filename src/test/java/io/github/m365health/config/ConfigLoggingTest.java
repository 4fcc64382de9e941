package io.github.m365health.config;

import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.log.Log;
import io.github.m365health.log.LogFormat;
import io.github.m365health.log.LogSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A debug-level run that loads and summarises a configuration leaves no secret in the log. */
class ConfigLoggingTest {

    private static final String ENV_SECRET = "Env~secret-value-9876543210";

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheJdkDefaults() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LogFormat.class)
    void debugLogOfALoadHoldsNoSecretPasswordOrKey(LogFormat format) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LogSetup.configure(Level.FINE, format, new PrintStream(captured, true, StandardCharsets.UTF_8), Clock.systemUTC());
        ConfigFiles files = new ConfigFiles(dir);
        Path config = files.config(tenants(
                tenant("contoso", "client_secret_file: secret.txt"),
                tenant("fabrikam", "client_secret_env: FABRIKAM_SECRET"),
                tenant("tailspin", "certificate: {file: rsa-pkcs8.pem}"),
                tenant("woodgrove", "certificate: {file: rsa.p12, password_env: P12_PASSWORD}")));

        ExporterConfig loaded = new ConfigLoader(Map.of("FABRIKAM_SECRET", ENV_SECRET,
                "P12_PASSWORD", ConfigFiles.P12_PASSWORD)::get).load(config);
        Log log = Log.of(ConfigLoggingTest.class);
        log.debug("config", "config", loaded, "summary", ConfigSummary.of(loaded));
        for (TenantConfig tenant : loaded.tenants()) {
            log.debug("tenant", "tenant", tenant, "credential", tenant.credential());
        }

        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("tenant configured") && output.contains("tailspin"), "debug lines were written:\n" + output);
        for (String secret : secretsOf(dir, (Credential.Certificate) loaded.tenants().get(2).credential())) {
            assertFalse(output.contains(secret), "the log reveals a secret starting " + secret.substring(0, 4));
        }
    }

    private static List<String> secretsOf(Path dir, Credential.Certificate certificate) throws IOException {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) certificate.privateKey();
        String pem = Files.readString(dir.resolve("key-pkcs8.pem"));
        String firstKeyLine = pem.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow();
        return List.of(ConfigFiles.SECRET_VALUE, ENV_SECRET, ConfigFiles.P12_PASSWORD,
                key.getPrivateExponent().toString(), key.getPrivateExponent().toString(16),
                key.getPrimeP().toString(), key.getPrimeP().toString(16), firstKeyLine,
                Base64.getEncoder().encodeToString(key.getEncoded()).substring(0, 64));
    }

    @Test
    void keyMaterialIsFoundWhenItIsPrinted() throws Exception {
        ConfigFiles files = new ConfigFiles(dir);
        Credential.Certificate certificate = (Credential.Certificate) new ConfigLoader(name -> null)
                .load(files.config(tenants(tenant("tailspin", "certificate: {file: rsa-pkcs8.pem}"))))
                .tenants().get(0).credential();
        String leakyLine = "key=" + ((RSAPrivateCrtKey) certificate.privateKey()).getPrivateExponent().toString(16)
                + " pem=" + Files.readString(dir.resolve("key-pkcs8.pem"));

        // Guards the test above: its list of secrets must match what a leak would look like.
        assertTrue(secretsOf(dir, certificate).stream().filter(leakyLine::contains).count() >= 2);
    }
}
