package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void readsTheVersionMavenFilteredIntoBuildProperties() throws IOException {
        Matcher pomVersion = Pattern.compile("<artifactId>m365-health-exporter</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pomVersion.find(), "project version in pom.xml");

        BuildInfo info = BuildInfo.fromClasspath();

        assertEquals(pomVersion.group(1), info.version());
        assertFalse(info.revision().isBlank());
        assertEquals(System.getProperty("java.version"), info.javaVersion());
    }

    @Test
    void takesInjectedVersionAndRevision() {
        Properties properties = new Properties();
        properties.setProperty("version", "1.4.2");
        properties.setProperty("revision", "4f3c2a1");
        BuildInfo info = BuildInfo.fromProperties(properties, "17.0.15");
        assertEquals(new BuildInfo("1.4.2", "4f3c2a1", "17.0.15"), info);
    }

    @Test
    void readsUnfilteredPlaceholdersAndMissingValuesAsUnknown() {
        Properties properties = new Properties();
        properties.setProperty("version", "${project.version}");
        BuildInfo info = BuildInfo.fromProperties(properties, null);
        assertEquals(new BuildInfo("unknown", "unknown", "unknown"), info);
    }
}
