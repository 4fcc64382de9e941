package io.github.m365health.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Promtool;
import io.github.m365health.testing.EndToEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16's image case: deploy/Containerfile built by podman on a JRE 17 base made here with
 * debootstrap (no registry is reachable), checked with {@code podman image inspect}, and run as a
 * container would run it, from its exported file system under chroot as its own user, on the demo.
 * Locally it is skipped, saying why, without podman, root or the packaged jar; under {@code CI=true}
 * each of those fails it instead.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageTest {

    private static final String TAG = "localhost/m365-health-exporter:test";
    private static final Path JAR = Path.of("target", "m365-health-exporter.jar");
    private static final Path ROOTFS = Path.of("target", "image-rootfs").toAbsolutePath();
    private static final List<String> DEMO = List.of("--demo", "--demo.speed=10", "--web.listen-address=127.0.0.1:0");

    private JsonNode config;
    private boolean built;
    private boolean procMounted;

    @BeforeAll
    void buildAndExportTheImage() throws Exception {
        Command.require("podman", "podman");
        Command.require("debootstrap", "debootstrap");
        requireRootAndAFreshJar();
        String base = Command.run(Duration.ofMinutes(15), List.of("deploy/test/jre-base.sh")).strip();
        Command.run(Duration.ofMinutes(5), List.of("deploy/build-image.sh", "--base", base, "--tag", TAG,
                // RUN steps need a runtime; on machines that grant no cgroups, chroot isolation still works.
                "--", "--isolation=chroot"));
        built = true;
        config = new ObjectMapper().readTree(Command.run(Duration.ofMinutes(1),
                List.of("podman", "image", "inspect", "--format", "{{json .Config}}", TAG)));

        Command.run(Duration.ofMinutes(1), List.of("rm", "-rf", ROOTFS.toString()));
        Files.createDirectories(ROOTFS);
        String container = Command.run(Duration.ofMinutes(1), List.of("podman", "create", TAG)).strip();
        try {
            Command.run(Duration.ofMinutes(5), List.of("sh", "-c",
                    "podman export \"$1\" | tar -C \"$2\" -xf -", "export", container, ROOTFS.toString()));
        } finally {
            Command.run(Duration.ofMinutes(1), List.of("podman", "rm", container));
        }
        // The JVM finds its own libraries through /proc/self/exe; a runtime would mount /proc too.
        Command.run(Duration.ofSeconds(30), List.of("mount", "-t", "proc", "proc", ROOTFS.resolve("proc").toString()));
        procMounted = true;
    }

    @AfterAll
    void removeTheExportedFileSystem() throws Exception {
        if (procMounted) {
            Command.run(Duration.ofSeconds(30), List.of("umount", ROOTFS.resolve("proc").toString()));
        }
        // --one-file-system: should /proc still be mounted, rm stays out of it.
        Command.run(Duration.ofMinutes(2), List.of("rm", "-rf", "--one-file-system", ROOTFS.toString()));
        if (built) {
            // Each build would otherwise leave the previous one behind, untagged; the base stays cached.
            Command.run(Duration.ofMinutes(1), List.of("podman", "rmi", "--ignore", TAG));
        }
    }

    @Test
    void runsAsANonRootUserOnTheExportersPortWithOciLabels() throws Exception {
        assertEquals("10365:10365", config.path("User").asText());
        assertTrue(config.path("ExposedPorts").has("10365/tcp"), config.toString());
        assertTrue(config.path("Healthcheck").isMissingNode() || config.path("Healthcheck").isNull(),
                "no HEALTHCHECK: Kubernetes probes /-/healthy and /-/ready: " + config);
        assertEquals(List.of("/usr/local/bin/m365-health-exporter"), strings(config.path("Entrypoint")));
        assertEquals(List.of("--config.file=/etc/m365-health-exporter/config.yml"), strings(config.path("Cmd")));
        assertEquals("/var/lib/m365-health-exporter", config.path("WorkingDir").asText());
        JsonNode labels = config.path("Labels");
        assertEquals("m365-health-exporter", labels.path("org.opencontainers.image.title").asText());
        assertEquals("https://github.com/m365-health-exporter/m365-health-exporter",
                labels.path("org.opencontainers.image.source").asText());
        for (String label : List.of("version", "revision", "created", "description")) {
            String value = labels.path("org.opencontainers.image." + label).asText();
            assertFalse(value.isEmpty() || value.equals("unknown"), label + " label: " + labels);
        }
    }

    @Test
    void theEntrypointServesTheDemoAsTheImagesUser() throws Exception {
        String version = config.path("Labels").path("org.opencontainers.image.version").asText();
        try (ChrootedExporter exporter = ChrootedExporter.start(ROOTFS, config.path("User").asText(), Map.of(), demo())) {
            exporter.awaitListening();
            String text = exporter.scrapeUntil(scrape -> scrape.samples("m365_up", Map.of("tenant", "demo")).stream()
                    .anyMatch(up -> up.value() == 1));

            Exposition scrape = Exposition.parse(text);
            assertEquals(1, scrape.value("m365_exporter_build_info", Map.of("version", version)),
                    "the jar in the image is the one the labels describe");
            assertEquals(1, scrape.value("m365_exporter_shard_info", Map.of("index", "0", "count", "1")));
            assertTrue(scrape.samples("m365_service_status", Map.of("tenant", "demo")).size() > 0, text);
            Promtool.assertCleanMetrics(text);
            assertEquals("10365", exporter.uidOfTheProcess());
            assertNotEquals("0", exporter.uidOfTheProcess());
        }
    }

    @Test
    void theEntrypointTakesTheShardFromThePodOrdinal() throws Exception {
        Map<String, String> pod = Map.of("POD_NAME", "m365-health-exporter-2", "M365_SHARD_COUNT", "3");
        try (ChrootedExporter exporter = ChrootedExporter.start(ROOTFS, config.path("User").asText(), pod, demo())) {
            exporter.awaitListening();
            String text = exporter.scrapeUntil(scrape -> !scrape.samples("m365_exporter_shard_info").isEmpty());

            assertEquals(1, Exposition.parse(text).value("m365_exporter_shard_info", Map.of("index", "2", "count", "3")));
            assertTrue(exporter.log().contains("shard=2/3"), exporter.log());
        }
    }

    @Test
    void theEntrypointRefusesAPodNameWithoutAnOrdinalInOneLine() throws Exception {
        Map<String, String> pod = Map.of("POD_NAME", "m365-health-exporter-x", "M365_SHARD_COUNT", "3");
        try (ChrootedExporter exporter = ChrootedExporter.start(ROOTFS, config.path("User").asText(), pod, demo())) {
            assertEquals(1, exporter.awaitExit());
            assertEquals("--tenants.shard: cannot take a replica index from pod name \"m365-health-exporter-x\";"
                    + " expected NAME-ORDINAL as a StatefulSet names its pods (set POD_NAME)\n", exporter.log());
        }
    }

    /** The image's entrypoint with the demo's arguments in place of its default command. */
    private List<String> demo() {
        List<String> command = strings(config.path("Entrypoint"));
        command.addAll(DEMO);
        return command;
    }

    private static void requireRootAndAFreshJar() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root (for podman build, chroot and mounting /proc)");
        }
        if (!Files.isRegularFile(JAR)) {
            missing.add(JAR + " (build it with mvn -q -DskipTests package)");
        } else if (olderThanTheClasses()) {
            missing.add("a " + JAR + " as new as target/classes (rebuild it with mvn -q -DskipTests package)");
        }
        if (missing.isEmpty()) {
            return;
        }
        if (Command.onCi()) {
            fail("the image test needs " + String.join(" and ", missing) + ": CI must run it");
        }
        Assumptions.abort("the image test needs " + String.join(" and ", missing) + ": skipped");
    }

    private static boolean olderThanTheClasses() throws IOException {
        long built = Files.getLastModifiedTime(JAR).toMillis();
        try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .anyMatch(file -> file.toFile().lastModified() > built);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
