package io.github.m365health.cli;

import io.github.m365health.config.ConfigException;
import io.github.m365health.config.ConfigSummary;
import io.github.m365health.config.ExporterConfig;
import io.github.m365health.log.Log;
import io.github.m365health.log.LogSetup;
import io.github.m365health.metrics.BuildInfo;
import java.io.PrintStream;
import java.time.Clock;

/** Command-line entry point: parses flags, wires the exporter, and maps failures to exit codes. */
public final class Main {

    private static final String SEE_HELP = "(see --help)";
    private static final Log LOG = Log.of(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line. Serving blocks until the process is asked to stop; every other mode
     * returns its exit code: 0 for help, version and a good config check, 1 for any error. A flag
     * error (the log format is not known yet) and a config check's verdict are plain lines; every
     * other failure is one log line in the chosen format, like everything the running exporter says.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (ReportCommand.wanted(args)) {
            return new ReportCommand(System::getenv, Clock.systemUTC()).run(args, out, err);
        }
        Flags flags;
        try {
            flags = Flags.parse(args);
        } catch (FlagException e) {
            // Some messages already point to --help; say it once.
            String message = e.getMessage();
            err.println(message.endsWith(SEE_HELP) ? message : message + " " + SEE_HELP);
            return 1;
        }
        if (flags.help()) {
            out.print(Flags.usage());
            out.print("\nSubcommands:\n  report sla --config.file=PATH --month=YYYY-MM   Print the monthly SLA report"
                    + " and exit (see report --help).\n");
            return 0;
        }
        if (flags.version()) {
            BuildInfo build = BuildInfo.fromClasspath();
            out.println("m365-health-exporter " + build.version() + " (revision " + build.revision()
                    + ", java " + build.javaVersion() + ")");
            return 0;
        }
        LogSetup.configure(flags.logLevel(), flags.logFormat(), err);
        Launch launch = new Launch(System::getenv, Clock.systemUTC());
        ExporterConfig config;
        try {
            config = launch.config(flags);
        } catch (ConfigException e) {
            if (flags.configCheck()) {
                // A check's answer is for the person who asked, like its OK line.
                err.println(e.getMessage());
            } else {
                LOG.error("invalid configuration", "err", e.getMessage());
            }
            return 1;
        }
        if (flags.configCheck()) {
            out.println(ConfigSummary.of(config));
            return 0;
        }
        RunningExporter exporter;
        try {
            exporter = launch.start(flags, config);
        } catch (StartupException e) {
            LOG.error("cannot start", "err", e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(exporter::close, "m365-shutdown"));
        try {
            exporter.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exporter.close();
        }
        return 0;
    }
}
