package io.github.m365health.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Why a file named in the configuration cannot be read, said the same way for every key. */
final class FileProblems {

    private FileProblems() {
    }

    /** @return the problem without the file's name, or null when the file looks readable */
    static String of(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        if (!Files.isReadable(file)) {
            return "not readable (check its permissions)";
        }
        return null;
    }
}
