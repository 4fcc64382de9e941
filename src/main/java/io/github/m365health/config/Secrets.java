package io.github.m365health.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads secrets (client secrets, PKCS#12 passwords) from a file or an environment variable.
 * Problems name the file or variable, never the value.
 */
final class Secrets {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Function<String, String> environment;

    Secrets(Function<String, String> environment) {
        this.environment = environment;
    }

    Secret fromFile(String keyPath, Path file) throws ConfigException {
        String problem = FileProblems.of(file);
        if (problem != null) {
            throw new ConfigException(keyPath, file + ": " + problem);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ConfigException(keyPath, file + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(keyPath, file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return checked(keyPath, file.toString(), text);
    }

    Secret fromEnvironment(String keyPath, String variable) throws ConfigException {
        if (!ENV_NAME.matcher(variable).matches()) {
            // Not quoted: a secret pasted here by mistake must not reach the log.
            throw new ConfigException(keyPath, "expects the name of an environment variable, such as CONTOSO_SECRET");
        }
        String value = environment.apply(variable);
        if (value == null) {
            throw new ConfigException(keyPath, variable + ": is not set");
        }
        return checked(keyPath, variable, value);
    }

    private static Secret checked(String keyPath, String source, String text) throws ConfigException {
        String value = withoutOneTrailingNewline(text);
        if (value.isBlank()) {
            throw new ConfigException(keyPath, source + ": is empty");
        }
        if (value.contains("\n") || value.contains("\r")) {
            throw new ConfigException(keyPath, source + ": holds more than one line; keep only the secret, on one line");
        }
        return new Secret(value);
    }

    /** Editors and {@code echo} end files with a newline; Kubernetes secrets usually do not. */
    private static String withoutOneTrailingNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
