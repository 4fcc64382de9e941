package io.github.m365health.config;

/**
 * A configuration the exporter cannot run with. The message is one line, {@code <key path>: <problem>}
 * (for example {@code tenants[0].client_secret_file: /x/y: no such file}), fit to print as is
 * before exiting 1. It never contains a secret.
 */
public final class ConfigException extends Exception {

    private final String keyPath;
    private final String problem;

    public ConfigException(String keyPath, String problem) {
        super(keyPath + ": " + problem);
        this.keyPath = keyPath;
        this.problem = problem;
    }

    /** Where the problem is: a key path such as {@code tenants[1].name}, or the file's path. */
    public String keyPath() {
        return keyPath;
    }

    public String problem() {
        return problem;
    }
}
