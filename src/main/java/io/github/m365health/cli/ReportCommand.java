package io.github.m365health.cli;

import io.github.m365health.config.ConfigException;
import io.github.m365health.config.ConfigLoader;
import io.github.m365health.config.ExporterConfig;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.log.LogFormat;
import io.github.m365health.log.LogSetup;
import io.github.m365health.report.ReportException;
import io.github.m365health.report.ReportFormat;
import io.github.m365health.report.ReportWindow;
import io.github.m365health.report.SlaReport;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * {@code report sla --config.file FILE --month YYYY-MM [--tenant NAME] [--format markdown|csv|json]}:
 * prints the monthly SLA report from the store the configuration names and exits. It reads the
 * store read-only, so it can run beside the exporter that writes it.
 */
final class ReportCommand {

    static final String USAGE = "usage: m365-health-exporter report sla --config.file=PATH --month=YYYY-MM"
            + " [--tenant=NAME] [--format=markdown|csv|json] [--web.external-url=URL]\n\n"
            + "Prints the monthly SLA report (UTC calendar month) from the exporter's stored history.\n";

    private static final Set<String> FLAGS = Set.of("config.file", "month", "tenant", "format", "web.external-url");

    private final Function<String, String> environment;
    private final Clock clock;

    ReportCommand(Function<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("report");
    }

    /** @param args the whole command line, starting with {@code report} */
    int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"))) {
                out.print(USAGE);
                return 0;
            }
            if (args.length < 2 || !args[1].equals("sla")) {
                throw new FlagException("report", (args.length < 2 ? "needs the report's name" : "\"" + args[1]
                        + "\" is not a report") + "; the one report is sla, as in: report sla --config.file=PATH --month=YYYY-MM");
            }
            Map<String, String> given = given(args);
            if (given.containsKey("help")) {
                out.print(USAGE);
                return 0;
            }
            YearMonth month = month(required(given, "month", "YYYY-MM"));
            Path configFile = path(required(given, "config.file", "PATH"));
            ReportFormat format = format(given.getOrDefault("format", ReportFormat.MARKDOWN.label()));
            // Logs would mix with the report a script reads from stdout; warnings and errors go to stderr.
            LogSetup.configure(Level.WARNING, LogFormat.LOGFMT, err);
            ExporterConfig config = new ConfigLoader(environment).allowingNoTenants().load(configFile);
            StoredSlaReports reports = new StoredSlaReports(config.state().path(),
                    config.tenants().stream().map(TenantConfig::name).toList(), clock,
                    Optional.ofNullable(given.get("web.external-url")));
            SlaReport report = reports.report(month, Optional.ofNullable(given.get("tenant")));
            out.print(format.render(report));
            if (!report.hasHistory()) {
                err.println(report.noHistoryNote());
            }
            return 0;
        } catch (FlagException e) {
            err.println(e.getMessage() + " (see report --help)");
        } catch (ConfigException | ReportException e) {
            err.println(e.getMessage());
        }
        return 1;
    }

    private static Map<String, String> given(String[] args) throws FlagException {
        Map<String, String> given = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                given.put("help", "true");
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new FlagException(arg, "unexpected argument; flags start with --");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!FLAGS.contains(name)) {
                throw new FlagException("--" + name, "not a flag of report sla; it takes --config.file, --month,"
                        + " --tenant, --format and --web.external-url");
            }
            String value = equals >= 0 ? arg.substring(equals + 1)
                    : (i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "");
            if (value.isEmpty()) {
                throw new FlagException("--" + name, "needs a value");
            }
            if (given.put(name, value) != null) {
                throw new FlagException("--" + name, "given more than once");
            }
        }
        return given;
    }

    private static String required(Map<String, String> given, String name, String placeholder) throws FlagException {
        String value = given.get(name);
        if (value == null) {
            throw new FlagException("--" + name, "required, as in --" + name + "=" + placeholder);
        }
        return value;
    }

    private static YearMonth month(String text) throws FlagException {
        try {
            return ReportWindow.parseMonth(text);
        } catch (IllegalArgumentException e) {
            throw new FlagException("--month", e.getMessage());
        }
    }

    private static ReportFormat format(String text) throws FlagException {
        for (ReportFormat format : new ReportFormat[] {ReportFormat.MARKDOWN, ReportFormat.CSV, ReportFormat.JSON}) {
            if (format.label().equals(text)) {
                return format;
            }
        }
        throw new FlagException("--format", "\"" + text + "\" is not a format of report sla; use markdown, csv or json");
    }

    private static Path path(String text) throws FlagException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new FlagException("--config.file", "is not a valid path (" + e.getReason() + ")");
        }
    }
}
