package io.github.m365health.cli;

import io.github.m365health.config.ConfigException;
import java.time.Clock;

/**
 * The exporter started inside the test's JVM, as {@code java -jar} would start it with the same
 * arguments: the flags are parsed and the exporter built by the same {@link Launch} that
 * {@link Main} uses, so end-to-end tests exercise the real wiring without a process of their own.
 * Logging is left as the test set it up.
 */
public final class InProcessExporter {

    private InProcessExporter() {
    }

    /** @return the exporter, serving; the caller closes it */
    public static RunningExporter start(String... args) throws FlagException, ConfigException, StartupException {
        Flags flags = Flags.parse(args);
        Launch launch = new Launch(System::getenv, Clock.systemUTC());
        return launch.start(flags, launch.config(flags));
    }
}
