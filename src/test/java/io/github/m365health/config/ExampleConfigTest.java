package io.github.m365health.config;

import io.github.m365health.health.ServiceFilter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped examples/config.yml passes as it is, from a fresh clone, and means what it says. */
class ExampleConfigTest {

    private static final Path EXAMPLE = Path.of("examples/config.yml");

    @Test
    void loadsTheShippedExampleWithItsTwoTenants() throws ConfigException {
        ExporterConfig config = new ConfigLoader(name -> null).load(EXAMPLE);

        assertEquals(List.of("contoso", "fabrikam"), config.tenants().stream().map(TenantConfig::name).toList());

        TenantConfig contoso = config.tenants().get(0);
        assertEquals("contoso.onmicrosoft.com", contoso.tenantId());
        assertEquals("6f0b7a1c-3d9e-4b2a-8c55-1e2f3a4b5c6d", contoso.clientId());
        assertEquals(Cloud.GLOBAL, contoso.cloud());
        assertEquals(URI.create("https://graph.microsoft.com"), contoso.graphUrl());
        Credential.ClientSecret secret = assertInstanceOf(Credential.ClientSecret.class, contoso.credential());
        assertEquals("REPLACE-ME-with-the-client-secret-Value-from-Entra-ID-on-one-line", secret.secret().reveal());
        assertEquals(new ServiceFilter(Set.of(), Set.of("Sway")), contoso.services());

        TenantConfig fabrikam = config.tenants().get(1);
        assertEquals(Cloud.USGOV, fabrikam.cloud());
        assertEquals(URI.create("https://login.microsoftonline.us"), fabrikam.authorityUrl());
        assertEquals(URI.create("https://graph.microsoft.us"), fabrikam.graphUrl());
        Credential.Certificate certificate = assertInstanceOf(Credential.Certificate.class, fabrikam.credential());
        assertEquals(AssertionAlgorithm.RS256, certificate.algorithm());
        assertEquals("CN=m365-health-exporter example,O=EXAMPLE ONLY - replace",
                certificate.certificate().getSubjectX500Principal().getName());

        assertEquals(new ExporterConfig.Poll(Duration.ofSeconds(60), Duration.ofMinutes(5)), config.poll());
        assertEquals(new ExporterConfig.State(ConfigLoader.DEFAULT_STATE_PATH, Duration.ofDays(400)), config.state());
        assertEquals(Duration.ofDays(7), config.metrics().resolvedIssueRetention());
        assertEquals(Duration.ofDays(14), config.reopen().followUpWindow());
    }

    @Test
    void summarisesTheExampleForConfigCheck() throws ConfigException {
        assertEquals("OK: 2 tenants: contoso (global, client secret), fabrikam (usgov, certificate RS256);"
                + " poll 1m0s, messages 5m0s; state m365-health-exporter.db",
                ConfigSummary.of(new ConfigLoader(name -> null).load(EXAMPLE)));
    }
}
