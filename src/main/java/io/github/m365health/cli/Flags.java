package io.github.m365health.cli;

import io.github.m365health.config.TenantShard;
import io.github.m365health.log.LogFormat;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The exporter's command line, in the Prometheus style ({@code --name=value} or
 * {@code --name value}). Run {@code --help} for the text of {@link #usage()}.
 *
 * @param listenAddress an unspecified (wildcard) address when only a port is given, as in {@code :10365}
 * @param logLevel      {@code FINE}, {@code INFO}, {@code WARNING} or {@code SEVERE}
 * @param demoSpeed     how much faster than real time the demo's scripted scenario runs
 * @param shard         which replica this is, and so which configured tenants it polls
 * @param webConfigFile TLS, basic auth and headers in the exporter-toolkit format, if given
 * @param externalUrl   where users reach the exporter ({@code --web.external-url}); empty means
 *                      {@code http://<host name>:<port>}, as Prometheus takes it
 */
public record Flags(
        Optional<Path> configFile,
        boolean configCheck,
        InetSocketAddress listenAddress,
        String telemetryPath,
        Level logLevel,
        LogFormat logFormat,
        boolean demo,
        double demoSpeed,
        boolean version,
        boolean help,
        TenantShard shard,
        Optional<Path> webConfigFile,
        Optional<URI> externalUrl) {

    public static final int DEFAULT_PORT = 10365;
    public static final String DEFAULT_LISTEN_ADDRESS = ":" + DEFAULT_PORT;
    public static final String DEFAULT_TELEMETRY_PATH = "/metrics";

    public Flags {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(telemetryPath, "telemetryPath");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(webConfigFile, "webConfigFile");
        Objects.requireNonNull(externalUrl, "externalUrl");
    }

    /** @throws FlagException naming the flag at fault, in one line */
    public static Flags parse(String... args) throws FlagException {
        return FlagParser.parse(args);
    }

    /** The {@code --help} text. */
    public static String usage() {
        return FlagParser.usage();
    }
}
