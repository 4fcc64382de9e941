package io.github.m365health.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every way the exporter ships starts the JVM with the same options: the heap that
 * {@code bench/run-msp-benchmark.sh} measured holding 100 MSP tenants inside 512 MiB resident, so
 * a user who copies any of them gets what was measured.
 */
class ShippedJvmOptionsTest {

    static final String OPTIONS = "-Xmx320m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    @Test
    void theSystemdUnitStartsTheJvmWithTheShippedOptions() throws IOException {
        assertContains("examples/systemd/m365-health-exporter.service", "ExecStart=/usr/bin/java " + OPTIONS + " -jar ");
    }

    @Test
    void theComposeStackStartsTheJvmWithTheShippedOptions() throws IOException {
        assertContains("examples/compose/docker-compose.yml",
                "- java\n" + String.join("\n", Arrays.stream(OPTIONS.split(" ")).map(option -> "      - " + option)
                        .toList()) + "\n      - -jar");
    }

    @Test
    void theKubernetesStatefulSetStartsTheJvmWithTheShippedOptions() throws IOException {
        assertContains("deploy/kubernetes/base/statefulset.yaml",
                "- name: JAVA_OPTS\n              value: " + OPTIONS + "\n");
        assertContains("deploy/kubernetes/base/statefulset.yaml", "limits:\n              memory: 512Mi");
    }

    @Test
    void theBenchmarkMeasuresTheShippedOptionsAndTheReadmeNamesThem() throws IOException {
        assertContains("bench/run-msp-benchmark.sh", "jvm=(" + OPTIONS + ")");
        assertContains("README.md", "`" + OPTIONS + "`");
    }

    private static void assertContains(String file, String expected) throws IOException {
        String text = Files.readString(Path.of(file));
        assertTrue(text.contains(expected), file + " should contain:\n" + expected);
    }
}
