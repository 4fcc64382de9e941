package io.github.m365health.cli;

import io.github.m365health.config.ConfigException;
import io.github.m365health.config.ConfigLoader;
import io.github.m365health.config.ExporterConfig;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.demo.DemoOptions;
import io.github.m365health.demo.DemoTenant;
import io.github.m365health.demo.TranslatorStandIn;
import io.github.m365health.config.TranslationConfig;
import io.github.m365health.poll.PollIntervals;
import io.github.m365health.store.StoreException;
import io.github.m365health.web.WebConfigWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** Turns parsed flags into a configuration and a running exporter. */
final class Launch {

    /**
     * The demo's script holds each state for about 20 seconds divided by its speed; polling
     * every second sees them all. Graph's hourly budget does not apply to the local simulator.
     */
    static final PollIntervals DEMO_INTERVALS = new PollIntervals(Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final Function<String, String> environment;
    private final Clock clock;

    Launch(Function<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    ExporterConfig config(Flags flags) throws ConfigException {
        if (flags.configFile().isEmpty()) {
            return ConfigLoader.defaults();
        }
        ConfigLoader loader = new ConfigLoader(environment);
        ExporterConfig config = (flags.demo() ? loader.allowingNoTenants() : loader).load(flags.configFile().get());
        if (flags.demo()) {
            for (int i = 0; i < config.tenants().size(); i++) {
                if (config.tenants().get(i).name().equals(DemoTenant.NAME)) {
                    throw new ConfigException("tenants[" + i + "].name",
                            "\"" + DemoTenant.NAME + "\" is reserved for the --demo tenant; rename this tenant");
                }
            }
        }
        return config;
    }

    RunningExporter start(Flags flags, ExporterConfig config) throws StartupException {
        try {
            // Checked before the demo tenant starts, so a wrong file is the one line printed;
            // the running exporter reads it again and keeps watching it.
            WebConfigWatch.load(flags.webConfigFile());
            ExporterConfig effective = flags.demo() && flags.configFile().isEmpty()
                    ? withStatePath(config, temporaryDemoState())
                    : config;
            PollIntervals configured = new PollIntervals(config.poll().interval(), config.poll().messagesInterval());
            List<RunningExporter.TenantPlan> plans = new ArrayList<>();
            // Sharding applies to configured tenants only: every replica run with --demo has its own demo.
            for (TenantConfig tenant : flags.shard().select(config.tenants())) {
                plans.add(new RunningExporter.TenantPlan(tenant, configured));
            }
            DemoTenant demo = null;
            TranslatorStandIn translator = null;
            if (flags.demo()) {
                demo = DemoTenant.start(new DemoOptions(flags.demoSpeed(), DemoOptions.DEFAULT_SEED), clock);
                plans.add(new RunningExporter.TenantPlan(demo.tenantConfig(ServiceFilter.ALL), DEMO_INTERVALS));
                if (effective.translation().isEmpty()) {
                    // A new user sees translations beside the originals with no account anywhere.
                    translator = TranslatorStandIn.start();
                    effective = effective.withTranslation(Optional.of(new TranslationConfig(
                            TranslationConfig.Provider.LIBRETRANSLATE, "ja", translator.endpoint(), Optional.empty(),
                            Optional.empty(), OptionalLong.empty())));
                }
            }
            // From here the running exporter owns the demo tenant, and stops it if starting fails.
            return RunningExporter.start(flags, effective, plans, demo, translator, clock);
        } catch (StoreException | IOException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    /**
     * The demo replays its script on every start, so a history kept across demo runs would see
     * resolved issues come back and count reopens that never happened. Without a configuration
     * file its history therefore lives in a temporary file removed at exit.
     */
    private static Path temporaryDemoState() throws IOException {
        Path dir = Files.createTempDirectory("m365-health-exporter-demo");
        Path file = dir.resolve("demo.db");
        dir.toFile().deleteOnExit();
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            // deleteOnExit runs in reverse order of registration: files first, then the folder.
            Path.of(file + suffix).toFile().deleteOnExit();
        }
        return file;
    }

    private static ExporterConfig withStatePath(ExporterConfig config, Path path) {
        return new ExporterConfig(config.tenants(), config.poll(),
                new ExporterConfig.State(path, config.state().historyRetention()), config.metrics(), config.reopen(),
                config.translation());
    }
}
