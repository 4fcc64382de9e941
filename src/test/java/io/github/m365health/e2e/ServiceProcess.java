package io.github.m365health.e2e;

import io.github.m365health.testing.Eventually;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus-ecosystem daemon started on 127.0.0.1 port 0. Both Prometheus and Alertmanager
 * log {@code msg="Listening on" address=127.0.0.1:PORT} once bound; that line tells us the port
 * the kernel chose. The process is always destroyed on {@link #close()}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=(\\S+):(\\d+)");

    private final Process process;
    private final Path log;
    private final InetSocketAddress address;

    private ServiceProcess(Process process, Path log, InetSocketAddress address) {
        this.process = process;
        this.log = log;
        this.address = address;
    }

    public static ServiceProcess start(List<String> command, Path workDir, Duration startTimeout) throws IOException {
        Path log = workDir.resolve(Path.of(command.get(0)).getFileName() + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String text = Eventually.await(command.get(0) + " to log its address", startTimeout,
                    () -> Files.readString(log, StandardCharsets.UTF_8), logged -> LISTENING.matcher(logged).find(),
                    () -> process.isAlive() ? Optional.empty() : Optional.of(command.get(0) + " exited with " + process.exitValue()));
            Matcher m = LISTENING.matcher(text);
            m.find();
            return new ServiceProcess(process, log, new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(command.get(0) + " start interrupted", e);
        } catch (IOException | RuntimeException | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return address;
    }

    public String baseUrl() {
        return "http://" + address.getHostString() + ":" + address.getPort();
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
