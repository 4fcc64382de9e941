package io.github.m365health.config;

import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSummaryTest {

    @TempDir
    Path dir;

    @Test
    void namesEachTenantsCloudAndKindOfCredential() throws ConfigException {
        ConfigFiles files = new ConfigFiles(dir);
        ExporterConfig config = new ConfigLoader(Map.of("AZURE_FEDERATED_TOKEN_FILE", dir.resolve("token").toString())::get)
                .load(files.config(tenants(
                        tenant("contoso", "client_secret_file: secret.txt"),
                        tenant("fabrikam", "certificate: {file: rsa-pkcs8.pem}", "cloud: usgov"),
                        tenant("tailspin", "certificate: {file: rsa.p12, password_file: p12.password, algorithm: PS256}",
                                "cloud: china"),
                        tenant("woodgrove", "cloud: usgov_dod"),
                        tenant("sim", "client_secret_file: secret.txt", "cloud: custom",
                                "authority_url: http://127.0.0.1:8089", "graph_url: http://127.0.0.1:8089"))));

        String summary = ConfigSummary.of(config);

        assertEquals("OK: 5 tenants: contoso (global, client secret), fabrikam (usgov, certificate RS256),"
                + " tailspin (china, certificate PS256), woodgrove (usgov_dod, federated token),"
                + " sim (custom http://127.0.0.1:8089, client secret); poll 1m0s, messages 5m0s;"
                + " state m365-health-exporter.db", summary);
        assertFalse(summary.contains(ConfigFiles.SECRET_VALUE));
    }

    @Test
    void countsASingleTenantInTheSingular() throws ConfigException {
        ConfigFiles files = new ConfigFiles(dir);
        ExporterConfig config = new ConfigLoader(name -> null).load(files.config(
                tenants(tenant("contoso", "client_secret_file: secret.txt"))
                        + "poll:\n  interval: 90s\n  messages_interval: 1h\n"));

        assertEquals("OK: 1 tenant: contoso (global, client secret); poll 1m30s, messages 1h0m0s;"
                + " state m365-health-exporter.db", ConfigSummary.of(config));
    }

    @Test
    void summarisesTheDefaultsWithoutTenants() {
        assertEquals("OK: 0 tenants; poll 1m0s, messages 5m0s; state m365-health-exporter.db",
                ConfigSummary.of(ConfigLoader.defaults()));
    }
}
