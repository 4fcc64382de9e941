package io.github.m365health.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * What build of the exporter is running. Version and revision come from {@code build.properties},
 * which Maven filters at build time; run from unfiltered sources they read {@code unknown}.
 */
public record BuildInfo(String version, String revision, String javaVersion) {

    static final String RESOURCE = "/io/github/m365health/build.properties";
    private static final String UNKNOWN = "unknown";

    public BuildInfo {
        version = known(version);
        revision = known(revision);
        javaVersion = known(javaVersion);
    }

    /** The running build, from the classpath and the running JVM. */
    public static BuildInfo fromClasspath() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A jar that cannot read its own resource still runs; the build is reported as unknown.
        }
        return fromProperties(properties, System.getProperty("java.version"));
    }

    static BuildInfo fromProperties(Properties properties, String javaVersion) {
        Objects.requireNonNull(properties, "properties");
        return new BuildInfo(properties.getProperty("version"), properties.getProperty("revision"), javaVersion);
    }

    private static String known(String value) {
        // "${...}" is a placeholder Maven did not filter, e.g. when run straight from an IDE.
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return UNKNOWN;
        }
        return value.trim();
    }
}
