package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** examples/compose/docker-compose.yml read as Docker Compose reads it: services, mounts, ports. */
record ComposeStack(Path directory, JsonNode json) {

    /** A volume entry; {@code source} is a host path for a bind mount and a volume name otherwise. */
    record Mount(String source, String target, boolean bind) {}

    /** A published port; {@code hostIp} is empty when it listens on every interface. */
    record Port(String hostIp, int host, int container) {}

    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path DIRECTORY = REPO.resolve("examples/compose");

    static ComposeStack load() {
        return new ComposeStack(DIRECTORY, readYaml(DIRECTORY.resolve("docker-compose.yml")));
    }

    static JsonNode readYaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    JsonNode service(String name) {
        JsonNode service = json.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("compose file has no service '" + name + "'");
        }
        return service;
    }

    List<Mount> mounts(String service) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode volume : service(service).path("volumes")) {
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                String source = parts[0];
                mounts.add(new Mount(source, parts.length > 1 ? parts[1] : source,
                        source.startsWith(".") || source.startsWith("/") || source.startsWith("~")));
            } else {
                mounts.add(new Mount(volume.path("source").asText(), volume.path("target").asText(),
                        volume.path("type").asText().equals("bind")));
            }
        }
        return mounts;
    }

    List<Mount> allMounts() {
        List<Mount> all = new ArrayList<>();
        json.path("services").fieldNames().forEachRemaining(name -> all.addAll(mounts(name)));
        return all;
    }

    /** The host path a bind mount reads, resolved as Compose does: against the compose file's directory. */
    Path hostPath(Mount mount) {
        return directory.resolve(mount.source()).normalize();
    }

    /** The bind mount that makes {@code containerPath} visible, directly or inside a mounted directory. */
    Optional<Path> hostPathOf(String service, String containerPath) {
        for (Mount m : mounts(service)) {
            if (m.bind() && (containerPath.equals(m.target()) || containerPath.startsWith(m.target() + "/"))) {
                return Optional.of(hostPath(m).resolve(containerPath.substring(m.target().length()).replaceFirst("^/", "")).normalize());
            }
        }
        return Optional.empty();
    }

    List<Port> ports(String service) {
        List<Port> ports = new ArrayList<>();
        for (JsonNode port : service(service).path("ports")) {
            String[] parts = port.asText().split(":");
            String ip = parts.length == 3 ? parts[0] : "";
            ports.add(new Port(ip, Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1])));
        }
        return ports;
    }

    List<String> command(String service) {
        List<String> args = new ArrayList<>();
        service(service).path("command").forEach(a -> args.add(a.asText()));
        return args;
    }

    /** The value of a {@code --name=value} flag in the service's command. */
    Optional<String> flag(String service, String name) {
        return command(service).stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }
}
