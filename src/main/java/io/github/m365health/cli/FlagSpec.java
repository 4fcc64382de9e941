package io.github.m365health.cli;

import java.util.List;

/** One flag as --help shows it. The parser accepts exactly these names. */
record FlagSpec(String name, String placeholder, String defaultValue, String help) {

    static final List<FlagSpec> ALL = List.of(
            new FlagSpec("config.file", "PATH", null,
                    "Configuration file (YAML). Required unless --demo is given."),
            new FlagSpec("config.check", null, null,
                    "Check the configuration file and its credentials, print a summary and exit."),
            new FlagSpec("web.listen-address", "HOST:PORT", Flags.DEFAULT_LISTEN_ADDRESS,
                    "Address for the web interface and telemetry; \":10365\" listens on every interface,"
                            + " port 0 picks a free port."),
            new FlagSpec("web.telemetry-path", "PATH", Flags.DEFAULT_TELEMETRY_PATH,
                    "Path under which to expose metrics."),
            new FlagSpec("web.config.file", "PATH", null,
                    "Exporter-toolkit web configuration (TLS, basic auth, response headers) for every path;"
                            + " re-read when it changes."),
            new FlagSpec("web.external-url", "URL", null,
                    "The URL under which users reach the exporter, e.g. https://mon.example.com/m365 behind a"
                            + " reverse proxy that strips /m365. Used in links from pages, the JSON API, alerts"
                            + " and dashboards. Default: http://<host name>:<port>."),
            new FlagSpec("log.level", "LEVEL", "info",
                    "Only log messages of this severity or above: debug, info, warn, error."),
            new FlagSpec("log.format", "FORMAT", "logfmt", "Log line format: logfmt or json."),
            new FlagSpec("demo", null, null,
                    "Add a simulated tenant served on loopback, with a scripted incident story."
                            + " Needs no Microsoft account."),
            new FlagSpec("demo.speed", "FACTOR", "1",
                    "How much faster than real time the demo's scripted scenario runs (e.g. 10, or 0.5)."),
            new FlagSpec("tenants.shard", "INDEX/COUNT", "0/1",
                    "Poll only the configured tenants that rendezvous hashing of their names gives to replica"
                            + " INDEX of COUNT (from 0, e.g. a StatefulSet ordinal); the demo tenant is not sharded."),
            new FlagSpec("version", null, null, "Print the version and exit."),
            new FlagSpec("help", null, null, "Show this help and exit."));

    boolean isBoolean() {
        return placeholder == null;
    }

    static FlagSpec named(String name) {
        for (FlagSpec spec : ALL) {
            if (spec.name.equals(name)) {
                return spec;
            }
        }
        return null;
    }
}
