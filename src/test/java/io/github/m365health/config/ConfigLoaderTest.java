package io.github.m365health.config;

import io.github.m365health.health.ServiceFilter;
import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ConfigFiles files;

    @BeforeEach
    void writeFixtures() {
        files = new ConfigFiles(dir);
    }

    private ExporterConfig load(String yaml) throws ConfigException {
        return load(yaml, Map.of());
    }

    private ExporterConfig load(String yaml, Map<String, String> env) throws ConfigException {
        return new ConfigLoader(env::get).load(files.config(yaml));
    }

    @Test
    void fillsEveryDefaultForAMinimalTenant() throws ConfigException {
        ExporterConfig config = load(tenants(tenant("contoso", "client_secret_file: secret.txt")));

        TenantConfig contoso = config.tenants().get(0);
        assertEquals("contoso", contoso.name());
        assertEquals(ConfigFiles.TENANT_ID, contoso.tenantId());
        assertEquals(ConfigFiles.CLIENT_ID, contoso.clientId());
        assertEquals(Cloud.GLOBAL, contoso.cloud());
        assertEquals(ServiceFilter.ALL, contoso.services());
        assertEquals(new Credential.ClientSecret(new Secret(ConfigFiles.SECRET_VALUE)), contoso.credential());
        assertEquals(new ExporterConfig.Poll(Duration.ofSeconds(60), Duration.ofMinutes(5)), config.poll());
        assertEquals(new ExporterConfig.State(Path.of("m365-health-exporter.db"), Duration.ofDays(400)), config.state());
        assertEquals(new ExporterConfig.Metrics(Duration.ofDays(7), MessageSeries.ACTIONABLE), config.metrics());
        assertEquals(new ExporterConfig.Reopen(Duration.ofDays(14)), config.reopen());
    }

    @Test
    void readsEverySetting() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        ExporterConfig config = load(tenants(tenant("contoso", "client_secret_file: secret.txt",
                "services: {include: [Exchange Online, Microsoft Teams], exclude: [Microsoft Viva]}"))
                + "poll:\n  interval: 2m\n  messages_interval: 15m\n"
                + "state:\n  path: data/history.db\n  history_retention: 2w\n"
                + "metrics:\n  resolved_issue_retention: 3d\n  messages: all\n"
                + "reopen:\n  follow_up_window: 1w\n");

        assertEquals(new ExporterConfig.Poll(Duration.ofMinutes(2), Duration.ofMinutes(15)), config.poll());
        assertEquals(new ExporterConfig.State(dir.resolve("data/history.db"), Duration.ofDays(14)), config.state());
        assertEquals(Duration.ofDays(3), config.metrics().resolvedIssueRetention());
        assertEquals(MessageSeries.ALL, config.metrics().messages());
        assertEquals(Duration.ofDays(7), config.reopen().followUpWindow());
        assertEquals(new ServiceFilter(Set.of("Exchange Online", "Microsoft Teams"), Set.of("Microsoft Viva")),
                config.tenants().get(0).services());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "global,    https://login.microsoftonline.com, https://graph.microsoft.com",
            "usgov,     https://login.microsoftonline.us,  https://graph.microsoft.us",
            "usgov_dod, https://login.microsoftonline.us,  https://dod-graph.microsoft.us",
            "china,     https://login.chinacloudapi.cn,    https://microsoftgraph.chinacloudapi.cn",
    })
    void resolvesEachNationalCloudToItsHosts(String cloud, URI authority, URI graph) throws ConfigException {
        TenantConfig tenant = load(tenants(tenant("contoso", "client_secret_file: secret.txt", "cloud: " + cloud)))
                .tenants().get(0);

        assertEquals(cloud, tenant.cloud().configName());
        assertEquals(authority, tenant.authorityUrl());
        assertEquals(graph, tenant.graphUrl());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://127.0.0.1:8089,        http://127.0.0.1:8089",
            "http://127.9.8.7:80/,         http://127.9.8.7:80",
            "http://localhost:8089,        http://localhost:8089",
            "'http://[::1]:8089',          'http://[::1]:8089'",
            "HTTPS://Graph.Example.COM,    https://graph.example.com",
            "https://graph.example.com:8443, https://graph.example.com:8443",
    })
    void takesACustomCloudsHostsAsOrigins(String configured, URI expected) throws ConfigException {
        TenantConfig tenant = load(tenants(tenant("sim", "client_secret_file: secret.txt", "cloud: custom",
                "authority_url: '" + configured + "'", "graph_url: '" + configured + "'"))).tenants().get(0);

        assertEquals(Cloud.CUSTOM, tenant.cloud());
        assertEquals(expected, tenant.authorityUrl());
        assertEquals(expected, tenant.graphUrl());
    }

    @Test
    void letsCustomCloudsPollEverySecond() throws ConfigException {
        ExporterConfig config = load(tenants(tenant("sim", "client_secret_file: secret.txt", "cloud: custom",
                "authority_url: http://127.0.0.1:1", "graph_url: http://127.0.0.1:2"))
                + "poll:\n  interval: 1s\n  messages_interval: 1s\n");

        assertEquals(new ExporterConfig.Poll(Duration.ofSeconds(1), Duration.ofSeconds(1)), config.poll());
    }

    @Test
    void resolvesRelativePathsAgainstTheConfigFilesDirectory() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("etc/m365"));
        Files.createDirectories(nested.resolve("secrets"));
        Files.writeString(nested.resolve("secrets/contoso"), "nested-secret");
        Path config = Files.writeString(nested.resolve("config.yml"),
                tenants(tenant("contoso", "client_secret_file: secrets/contoso"))
                        + "state:\n  path: history.db\n");

        ExporterConfig loaded = new ConfigLoader(name -> null).load(config);

        assertEquals(new Secret("nested-secret"),
                ((Credential.ClientSecret) loaded.tenants().get(0).credential()).secret());
        assertEquals(nested.resolve("history.db"), loaded.state().path());
    }

    @Test
    void keepsAbsolutePathsAsWritten() throws ConfigException {
        ExporterConfig config = load(tenants(tenant("contoso", "client_secret_file: " + dir.resolve("secret.txt")))
                + "state:\n  path: " + dir.resolve("abs.db") + "\n");

        assertEquals(dir.resolve("abs.db"), config.state().path());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s3cret\n", "s3cret\r\n", "s3cret"})
    void dropsOneTrailingNewlineFromASecretFile(String content) throws ConfigException {
        files.write("secret.txt", content);

        Credential credential = load(tenants(tenant("contoso", "client_secret_file: secret.txt")))
                .tenants().get(0).credential();

        assertEquals(new Credential.ClientSecret(new Secret("s3cret")), credential);
    }

    @Test
    void readsASecretFromTheInjectedEnvironment() throws ConfigException {
        Credential credential = load(tenants(tenant("contoso", "client_secret_env: CONTOSO_SECRET")),
                Map.of("CONTOSO_SECRET", "from-env\n")).tenants().get(0).credential();

        assertEquals(new Credential.ClientSecret(new Secret("from-env")), credential);
    }

    @Test
    void takesAnExplicitFederatedTokenFile() throws ConfigException {
        Credential credential = load(tenants(tenant("contoso", "federated_token_file: token")))
                .tenants().get(0).credential();

        assertEquals(new Credential.FederatedToken(dir.resolve("token")), credential);
    }

    @Test
    void defaultsToWorkloadIdentityWhenTheEnvironmentNamesATokenFile() throws ConfigException {
        Path token = dir.resolve("token");

        Credential credential = load(tenants(tenant("contoso")), Map.of("AZURE_FEDERATED_TOKEN_FILE", token.toString()))
                .tenants().get(0).credential();

        assertEquals(new Credential.FederatedToken(token), credential);
    }

    @Test
    void prefersTheConfiguredCredentialOverTheWorkloadIdentityDefault() throws ConfigException {
        Credential credential = load(tenants(tenant("contoso", "client_secret_file: secret.txt")),
                Map.of("AZURE_FEDERATED_TOKEN_FILE", dir.resolve("token").toString())).tenants().get(0).credential();

        assertInstanceOf(Credential.ClientSecret.class, credential);
    }

    @Test
    void acceptsAFileWithoutTenantsWhenAllowed() throws ConfigException {
        Path config = files.config("poll:\n  interval: 2m\n");

        ExporterConfig loaded = new ConfigLoader(name -> null).allowingNoTenants().load(config);

        assertTrue(loaded.tenants().isEmpty());
        assertEquals(Duration.ofMinutes(2), loaded.poll().interval());
    }

    @Test
    void treatsAnEmptyFileAsAllDefaultsWhenTenantsAreOptional() throws ConfigException {
        Path config = files.config("# nothing configured yet\n");

        ExporterConfig loaded = new ConfigLoader(name -> null).allowingNoTenants().load(config);

        assertEquals(ConfigLoader.defaults(), loaded);
    }

    @Test
    void offersDefaultsWithoutAnyTenant() {
        ExporterConfig defaults = ConfigLoader.defaults();

        assertTrue(defaults.tenants().isEmpty());
        assertEquals(Duration.ofSeconds(60), defaults.poll().interval());
        assertEquals(Duration.ofMinutes(5), defaults.poll().messagesInterval());
        assertEquals(ConfigLoader.DEFAULT_STATE_PATH, defaults.state().path());
        assertEquals(Duration.ofDays(400), defaults.state().historyRetention());
        assertEquals(Duration.ofDays(7), defaults.metrics().resolvedIssueRetention());
        assertEquals(Duration.ofDays(14), defaults.reopen().followUpWindow());
    }
}
