package io.github.m365health.architecture.broken.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks "health is pure": the domain reading a file. */
public final class ReadsFiles {
    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
