package io.github.m365health.config;

import io.github.m365health.log.Log;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads and validates the YAML configuration file (see examples/config.yml). Relative paths in
 * the file are taken from the file's own directory, so a configuration keeps working when the
 * exporter is started from elsewhere. Secrets and certificates are read during loading, so a
 * successful load means every credential could be read.
 */
public final class ConfigLoader {

    /** Where the history lives when {@code state.path} is not given: the working directory. */
    public static final Path DEFAULT_STATE_PATH = Path.of("m365-health-exporter.db");

    private static final Log LOG = Log.of(ConfigLoader.class);

    private final Function<String, String> environment;
    private final boolean allowNoTenants;

    /** @param environment looks up environment variables; {@code System::getenv} in production */
    public ConfigLoader(Function<String, String> environment) {
        this(environment, false);
    }

    private ConfigLoader(Function<String, String> environment, boolean allowNoTenants) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.allowNoTenants = allowNoTenants;
    }

    /** A loader that accepts a file without tenants, for {@code --demo}, which adds its own tenant. */
    public ConfigLoader allowingNoTenants() {
        return new ConfigLoader(environment, true);
    }

    /** No tenants and every default: what {@code --demo} runs with when no file is given. */
    public static ExporterConfig defaults() {
        return new ExporterConfig(
                List.of(),
                new ExporterConfig.Poll(Duration.ofSeconds(60), Duration.ofMinutes(5)),
                new ExporterConfig.State(DEFAULT_STATE_PATH, Duration.ofDays(400)),
                new ExporterConfig.Metrics(Duration.ofDays(7)),
                new ExporterConfig.Reopen(Duration.ofDays(14)));
    }

    /** @throws ConfigException with a one-line {@code <key path>: <problem>} message */
    public ExporterConfig load(Path file) throws ConfigException {
        RawConfig raw = new ConfigFileReader().read(file);
        Path baseDir = file.getParent() == null ? Path.of("") : file.getParent();
        ExporterConfig config = new ConfigValidator(environment, baseDir, allowNoTenants).validate(raw);
        for (TenantConfig tenant : config.tenants()) {
            LOG.debug("tenant configured", "tenant", tenant.name(), "cloud", tenant.cloud().configName(),
                    "authority", tenant.authorityUrl(), "graph", tenant.graphUrl(),
                    "credential", ConfigSummary.describe(tenant.credential()), "services", tenant.services());
        }
        LOG.debug("config loaded", "file", file, "tenants", config.tenants().size(),
                "poll_interval", Durations.format(config.poll().interval()),
                "messages_interval", Durations.format(config.poll().messagesInterval()),
                "state", config.state().path());
        return config;
    }
}
