package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a Debian-packaged binary the suite drives (prometheus, promtool, alertmanager, amtool).
 * On a developer machine without it the test is skipped with a message saying what to install;
 * under {@code CI=true} a missing binary is a failure, so CI can never pass by skipping.
 */
public final class RequiredBinary {

    private RequiredBinary() {
    }

    public static Path find(String debianPackage, String... names) {
        Optional<Path> found = locate(names);
        if (found.isPresent()) {
            return found.get();
        }
        String message = String.join(" or ", names) + " not found on PATH: install it with `apt-get install "
                + debianPackage + "`";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: this test must run)");
        }
        assumeTrue(false, message + "; skipping");
        throw new IllegalStateException("unreachable");
    }

    static Optional<Path> locate(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
