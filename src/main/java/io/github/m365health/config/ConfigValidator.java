package io.github.m365health.config;

import io.github.m365health.config.RawConfig.RawTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where a {@link RawConfig} becomes an {@link ExporterConfig}: defaults, formats,
 * floors and cross-checks. The first problem found is reported.
 */
final class ConfigValidator {

    static final Duration GRAPH_FLOOR = Duration.ofSeconds(30);
    static final Duration CUSTOM_CLOUD_FLOOR = Duration.ofSeconds(1);

    private final TenantValidator tenantValidator;
    private final ConfigPaths paths;
    private final boolean allowNoTenants;
    private final TranslationValidator translationValidator;

    ConfigValidator(Function<String, String> environment, Path baseDir, boolean allowNoTenants) {
        this.paths = new ConfigPaths(baseDir);
        this.tenantValidator = new TenantValidator(new CredentialResolver(environment, paths));
        this.allowNoTenants = allowNoTenants;
        this.translationValidator = new TranslationValidator(environment, paths);
    }

    ExporterConfig validate(RawConfig raw) throws ConfigException {
        ExporterConfig defaults = ConfigLoader.defaults();
        List<TenantConfig> tenants = tenants(raw.tenants());
        Duration floor = tenants.stream().allMatch(t -> t.cloud() == Cloud.CUSTOM) ? CUSTOM_CLOUD_FLOOR : GRAPH_FLOOR;
        var poll = raw.poll() == null ? defaults.poll() : new ExporterConfig.Poll(
                atLeast("poll.interval", raw.poll().interval(), defaults.poll().interval(), floor),
                atLeast("poll.messages_interval", raw.poll().messagesInterval(), defaults.poll().messagesInterval(), floor));
        var state = raw.state() == null ? defaults.state() : new ExporterConfig.State(
                statePath(raw.state().path(), defaults.state().path()),
                positive("state.history_retention", raw.state().historyRetention(), defaults.state().historyRetention()));
        var metrics = raw.metrics() == null ? defaults.metrics() : new ExporterConfig.Metrics(
                duration("metrics.resolved_issue_retention", raw.metrics().resolvedIssueRetention(),
                        defaults.metrics().resolvedIssueRetention()),
                raw.metrics().messages() == null ? defaults.metrics().messages()
                        : MessageSeries.parse("metrics.messages", raw.metrics().messages()));
        var reopen = raw.reopen() == null ? defaults.reopen() : new ExporterConfig.Reopen(
                duration("reopen.follow_up_window", raw.reopen().followUpWindow(), defaults.reopen().followUpWindow()));
        keepsHistoryLongEnough(state.historyRetention(), "metrics.resolved_issue_retention",
                metrics.resolvedIssueRetention(), "ended issues would leave the store while their series are still shown");
        keepsHistoryLongEnough(state.historyRetention(), "reopen.follow_up_window",
                reopen.followUpWindow(), "a follow-up could no longer find the issue it reopens");
        return new ExporterConfig(tenants, poll, state, metrics, reopen, translationValidator.validate(raw.translation()));
    }

    private List<TenantConfig> tenants(List<RawTenant> raw) throws ConfigException {
        if (raw == null || raw.isEmpty()) {
            if (allowNoTenants) {
                return List.of();
            }
            throw new ConfigException("tenants", "no tenant configured; add at least one (or run with --demo)");
        }
        List<TenantConfig> tenants = new ArrayList<>();
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = "tenants[" + i + "]";
            TenantConfig tenant = tenantValidator.validate(path, raw.get(i));
            Integer earlier = indexByName.putIfAbsent(tenant.name(), i);
            if (earlier != null) {
                throw new ConfigException(path + ".name",
                        "\"" + tenant.name() + "\" is already used by tenants[" + earlier + "]; names must be unique");
            }
            tenants.add(tenant);
        }
        return tenants;
    }

    private static Duration atLeast(String key, String text, Duration fallback, Duration floor) throws ConfigException {
        Duration value = duration(key, text, fallback);
        if (value.compareTo(floor) < 0) {
            String why = floor.equals(GRAPH_FLOOR) ? " (Graph allows 800 requests/hour per tenant)" : "";
            throw new ConfigException(key, Durations.format(value) + " is below the " + Durations.format(floor)
                    + " floor" + why);
        }
        return value;
    }

    private static Duration positive(String key, String text, Duration fallback) throws ConfigException {
        Duration value = duration(key, text, fallback);
        if (value.isZero()) {
            throw new ConfigException(key, "must be longer than 0s");
        }
        return value;
    }

    private static Duration duration(String key, String text, Duration fallback) throws ConfigException {
        if (text == null) {
            return fallback;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    private Path statePath(String text, Path fallback) throws ConfigException {
        if (text == null) {
            return fallback;
        }
        Path path = paths.resolve("state.path", text);
        Path parent = path.toAbsolutePath().getParent();
        if (Files.isDirectory(path)) {
            throw new ConfigException("state.path", path + ": is a directory; name the database file inside it");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ConfigException("state.path", path + ": directory " + parent + " does not exist");
        }
        return path;
    }

    private static void keepsHistoryLongEnough(Duration history, String otherKey, Duration other, String consequence)
            throws ConfigException {
        if (history.compareTo(other) < 0) {
            throw new ConfigException("state.history_retention", Durations.formatShort(history)
                    + " is shorter than " + otherKey + " (" + Durations.formatShort(other) + "); " + consequence);
        }
    }
}
