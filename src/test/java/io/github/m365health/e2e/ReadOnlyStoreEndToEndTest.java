package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.e2e.ExporterProcess.Launcher;
import io.github.m365health.testing.EndToEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store on a read-only mount is reported as read-only, not as an owner or permissions problem
 * (the fix for that is a different one). The mount is real: the exporter runs in a user and mount
 * namespace ({@code unshare}) in which the store's folder is bind-mounted read-only.
 */
@EndToEnd
class ReadOnlyStoreEndToEndTest {

    private static final Duration EXIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "store file exists: {0}")
    @ValueSource(booleans = {true, false})
    void aStoreOnAReadOnlyMountIsReportedAsReadOnly(boolean storeExists) throws Exception {
        Path mounted = Files.createDirectory(dir.resolve("state"));
        Path store = mounted.resolve("history.db");
        if (storeExists) {
            // An empty file is what SQLite takes for a new database; it passes every other check.
            Files.createFile(store);
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "state:\n  path: " + store + "\n");
        List<String> readOnlyMount = readOnlyMountOf(mounted);

        try (ExporterProcess exporter = ExporterProcess.start(readOnlyMount, Launcher.CLASS_PATH, dir,
                "--demo", "--config.file", config.toString(), "--web.listen-address=127.0.0.1:0")) {
            assertEquals(1, exporter.awaitExit(EXIT), exporter.stderr());
            List<String> lines = exporter.stderr().lines().filter(line -> line.contains(" level=error ")).toList();
            assertEquals(1, lines.size(), exporter.stderr());
            assertTrue(lines.get(0).endsWith(" msg=\"cannot start\" err=\"state store " + store + " is on a read-only file"
                    + " system; mount it read-write, or set state.path to a writable location (the store, its -wal, -shm"
                    + " and .lock files are written there)\""), lines.get(0));
        }
    }

    /** A command prefix that bind-mounts {@code folder} read-only in a new namespace, then runs the rest. */
    private List<String> readOnlyMountOf(Path folder) throws IOException, InterruptedException {
        List<String> prefix = List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\"", "sh",
                folder.toString());
        Process probe;
        try {
            List<String> command = new ArrayList<>(prefix);
            command.add("true");
            probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("unshare is not installed: " + e.getMessage());
            throw e;
        }
        boolean done = probe.waitFor(10, TimeUnit.SECONDS);
        String output = new String(probe.getInputStream().readAllBytes());
        Assumptions.assumeTrue(done && probe.exitValue() == 0,
                "this machine allows no user namespace with a read-only bind mount: skipped (" + output.strip() + ")");
        return prefix;
    }
}
