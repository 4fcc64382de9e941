package io.github.m365health.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.testing.ExternalTool.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolTest {

    @TempDir
    Path bin;

    @Test
    void skipsLocallyWhenTheToolIsMissing() {
        ExternalTool tool = ExternalTool.locate("promtool", "prometheus", Map.of("PATH", bin.toString()));

        TestAbortedException skipped = assertThrows(TestAbortedException.class, tool::requireExecutable);
        assertTrue(skipped.getMessage().contains("promtool is not on PATH"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("'prometheus'"), skipped.getMessage());
    }

    @Test
    void failsOnCiWhenTheToolIsMissingAndNamesTheDebianPackage() {
        ExternalTool tool = ExternalTool.locate("amtool", "prometheus-alertmanager",
                Map.of("PATH", bin.toString(), "CI", "true"));

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, tool::requireExecutable);
        assertTrue(failure.getMessage().contains("apt-get install prometheus-alertmanager"), failure.getMessage());
    }

    @Test
    void ignoresAFileOfThatNameThatIsNotExecutable() throws Exception {
        Files.writeString(bin.resolve("promtool"), "not a program");

        ExternalTool tool = ExternalTool.locate("promtool", "prometheus", Map.of("PATH", bin.toString()));

        assertThrows(TestAbortedException.class, tool::requireExecutable);
    }

    @Test
    void runsTheToolFoundOnPathInTheGivenDirectoryAndKeepsItsStreamsApart(@TempDir Path work) throws Exception {
        Path script = Files.writeString(bin.resolve("promtool"),
                "#!/bin/sh\necho \"args: $*\"\necho \"cwd: $(pwd)\"\necho 'to stderr' >&2\nexit 3\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        ExternalTool tool = ExternalTool.locate("promtool", "prometheus",
                Map.of("PATH", Path.of("/nonexistent") + ":" + bin, "CI", "true"));

        Result result = tool.run(work, "check", "rules", "x.yml");

        assertEquals(3, result.exitCode());
        assertEquals("args: check rules x.yml\ncwd: " + work.toRealPath() + "\n", result.stdout());
        assertEquals("to stderr\n", result.stderr());
    }
}
