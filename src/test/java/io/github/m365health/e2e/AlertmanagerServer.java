package io.github.m365health.e2e;

import io.github.m365health.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real Alertmanager from Debian's package, on loopback, with clustering off. */
public final class AlertmanagerServer implements AutoCloseable {

    private final ServiceProcess process;

    private AlertmanagerServer(ServiceProcess process) {
        this.process = process;
    }

    public static AlertmanagerServer start(Path workDir, String config) throws IOException {
        Path binary = ExternalTool.locate("prometheus-alertmanager", "prometheus-alertmanager", System.getenv()).requireExecutable();
        Path configFile = workDir.resolve("alertmanager.yml");
        Files.writeString(configFile, config);
        return new AlertmanagerServer(ServiceProcess.start(List.of(binary.toString(),
                "--config.file=" + configFile,
                "--storage.path=" + workDir.resolve("am-data"),
                "--web.listen-address=127.0.0.1:0",
                "--cluster.listen-address="), workDir, Duration.ofSeconds(30)));
    }

    public String hostPort() {
        return process.address().getHostString() + ":" + process.address().getPort();
    }

    public String log() throws IOException {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }
}
