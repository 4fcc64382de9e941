package io.github.m365health.config;

import java.nio.file.Path;

/** Resolves file names from the configuration against the configuration file's own directory. */
final class ConfigPaths {

    private final Path baseDir;

    ConfigPaths(Path baseDir) {
        this.baseDir = baseDir;
    }

    Path resolve(String key, String text) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException(key, "must not be empty");
        }
        return baseDir.resolve(text.strip());
    }
}
