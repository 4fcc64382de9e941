package io.github.m365health.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        Instant deadline = Instant.now().plus(startTimeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new ServiceProcess(process, log, new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
                }
                if (!process.isAlive()) {
                    throw new IOException(command.get(0) + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
                }
                // Polling a log file for a line the daemon prints once; not a timing assumption.
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not report its address within " + startTimeout + ":\n" + Files.readString(log));
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
