package io.github.m365health.cli;

import io.github.m365health.config.TenantShard;
import io.github.m365health.log.LogFormat;
import io.github.m365health.log.LogSetup;
import io.github.m365health.web.TelemetryPath;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the arguments into {@link Flags}: names first, then each value, then the flags' combinations. */
final class FlagParser {

    private static final int USAGE_INDENT = 34;
    private static final int USAGE_WIDTH = 100;

    private FlagParser() {
    }

    static Flags parse(String[] args) throws FlagException {
        Map<String, String> given = given(args);
        boolean help = bool(given, "help");
        boolean version = bool(given, "version");
        boolean demo = bool(given, "demo");
        boolean check = bool(given, "config.check");
        Optional<Path> configFile = given.containsKey("config.file")
                ? Optional.of(path(given.get("config.file"))) : Optional.empty();
        Optional<Path> webConfigFile = given.containsKey("web.config.file")
                ? Optional.of(path("web.config.file", given.get("web.config.file"))) : Optional.empty();
        if (!help && !version) {
            if (check && configFile.isEmpty()) {
                throw new FlagException("--config.check", "needs --config.file");
            }
            if (configFile.isEmpty() && !demo) {
                throw new FlagException("--config.file", "required (or --demo to run against a simulated tenant)");
            }
        }
        return new Flags(configFile, check,
                ListenAddress.parse(value(given, "web.listen-address")),
                telemetryPath(value(given, "web.telemetry-path")),
                convert("log.level", value(given, "log.level"), LogSetup::parseLevel),
                convert("log.format", value(given, "log.format"), LogFormat::parse),
                demo, speed(value(given, "demo.speed")), version, help,
                convert("tenants.shard", value(given, "tenants.shard"), TenantShard::parse), webConfigFile,
                given.containsKey("web.external-url")
                        ? Optional.of(ExternalUrl.parse(given.get("web.external-url"))) : Optional.empty());
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: m365-health-exporter [<flags>]\n\n"
                + "Prometheus exporter for Microsoft 365 service health and Message Center, through Microsoft Graph.\n\n"
                + "Flags:\n");
        for (FlagSpec spec : FlagSpec.ALL) {
            String left = (spec.name().equals("help") ? "-h, " : "") + "--" + spec.name()
                    + (spec.isBoolean() ? "" : "=" + spec.placeholder());
            String help = spec.help() + (spec.defaultValue() == null ? "" : " Default: " + spec.defaultValue());
            text.append(String.format("  %-" + (USAGE_INDENT - 2) + "s", left));
            int column = USAGE_INDENT;
            for (String word : help.split(" ")) {
                if (column > USAGE_INDENT && column + 1 + word.length() > USAGE_WIDTH) {
                    text.append('\n').append(" ".repeat(USAGE_INDENT));
                    column = USAGE_INDENT;
                }
                if (column > USAGE_INDENT) {
                    text.append(' ');
                    column++;
                }
                text.append(word);
                column += word.length();
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Map<String, String> given(String[] args) throws FlagException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h")) {
                arg = "--help";
            }
            if (!arg.startsWith("--") || arg.equals("--")) {
                throw new FlagException(arg, "unexpected argument; flags start with -- (see --help)");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            FlagSpec spec = FlagSpec.named(name);
            if (spec == null) {
                throw new FlagException("--" + name, "unknown flag" + Suggestions.closest(name) + " (see --help)");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (spec.isBoolean()) {
                value = "true";
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = "";
            }
            if (value.isEmpty()) {
                throw new FlagException("--" + name, "needs a value, as in --" + name + "=" + spec.placeholder());
            }
            if (given.put(name, value) != null) {
                throw new FlagException("--" + name, "given more than once");
            }
        }
        return given;
    }

    private static String value(Map<String, String> given, String name) {
        return given.getOrDefault(name, FlagSpec.named(name).defaultValue());
    }

    private static boolean bool(Map<String, String> given, String name) throws FlagException {
        String value = given.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new FlagException("--" + name, "\"" + value + "\" must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static Path path(String text) throws FlagException {
        return path("config.file", text);
    }

    private static Path path(String flag, String text) throws FlagException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new FlagException("--" + flag, "is not a valid path (" + e.getReason() + ")");
        }
    }

    private static String telemetryPath(String path) throws FlagException {
        if (!TelemetryPath.usable(path)) {
            throw new FlagException("--web.telemetry-path", TelemetryPath.problem(path));
        }
        return path;
    }

    private static double speed(String text) throws FlagException {
        try {
            double speed = Double.parseDouble(text);
            if (Double.isFinite(speed) && speed > 0) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // Reported below, together with out-of-range numbers.
        }
        throw new FlagException("--demo.speed", "\"" + text + "\" must be a number above 0, such as 1, 10 or 0.5");
    }

    private interface Converter<T> {
        T convert(String text);
    }

    private static <T> T convert(String name, String text, Converter<T> converter) throws FlagException {
        try {
            return converter.convert(text);
        } catch (IllegalArgumentException e) {
            throw new FlagException("--" + name, e.getMessage());
        }
    }
}
