package io.github.m365health.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogSetupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

    @AfterEach
    void restoreTheJdkDefaults() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void replacesTheConsoleHandlerWithOneLineHandler() {
        LogSetup.configure(Level.INFO, LogFormat.LOGFMT, out, CLOCK);

        Handler[] handlers = Logger.getLogger("").getHandlers();
        assertEquals(1, handlers.length);
        assertInstanceOf(LineHandler.class, handlers[0]);
    }

    @Test
    void writesTheExportersLinesInTheChosenFormat() {
        LogSetup.configure(Level.INFO, LogFormat.JSON, out, CLOCK);

        Log.of(LogSetupTest.class).info("listening", "address", "127.0.0.1:41234");

        assertEquals("{\"ts\":\"2026-11-22T10:00:00.000Z\",\"level\":\"info\",\"logger\":\"log\",\"msg\":\"listening\","
                + "\"address\":\"127.0.0.1:41234\"}\n", output());
    }

    @Test
    void showsDebugLinesOnlyAtDebugLevel() {
        LogSetup.configure(Level.INFO, LogFormat.LOGFMT, out, CLOCK);
        Log.of(LogSetupTest.class).debug("hidden at info");
        assertEquals("", output());

        LogSetup.configure(Level.FINE, LogFormat.LOGFMT, out, CLOCK);
        Log.of(LogSetupTest.class).debug("shown at debug", "n", 1);
        assertEquals("ts=2026-11-22T10:00:00.000Z level=debug logger=log msg=\"shown at debug\" n=1\n", output());
    }

    @Test
    void showsDebugFromLoggersCreatedBeforeSetup() {
        Logger early = Logger.getLogger("io.github.m365health.cli.EarlyBird");
        Log log = Log.of(LogSetupTest.class);

        LogSetup.configure(Level.FINE, LogFormat.LOGFMT, out, CLOCK);
        early.fine("early");
        log.debug("also early");

        assertEquals("ts=2026-11-22T10:00:00.000Z level=debug logger=cli msg=early\n"
                + "ts=2026-11-22T10:00:00.000Z level=debug logger=log msg=\"also early\"\n", output());
    }

    @Test
    void dropsWarningsAtErrorLevel() {
        LogSetup.configure(Level.SEVERE, LogFormat.LOGFMT, out, CLOCK);

        Log.of(LogSetupTest.class).warn("not shown");
        Log.of(LogSetupTest.class).error("shown");

        assertEquals("ts=2026-11-22T10:00:00.000Z level=error logger=log msg=shown\n", output());
    }

    @Test
    void keepsTheJdksOwnDebugOutputOutEvenAtDebugLevel() {
        LogSetup.configure(Level.FINE, LogFormat.LOGFMT, out, CLOCK);

        // HttpURLConnection logs request headers, bearer tokens included, at FINE.
        Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection").fine("Authorization: Bearer eyJ0eXAi");

        assertEquals("", output());
    }

    @Test
    void quietsChattyLibrariesToWarningsIncludingLoggersCreatedLater() {
        LogSetup.configure(Level.FINE, LogFormat.LOGFMT, out, CLOCK);

        Logger okhttp = Logger.getLogger("okhttp3.internal.concurrent.TaskRunner");
        okhttp.info("task started");
        Logger.getLogger("wiremock.org.eclipse.jetty.server.Server").info("Started");
        okhttp.warning("connection leaked");

        assertEquals("ts=2026-11-22T10:00:00.000Z level=warn logger=okhttp3.internal.concurrent.TaskRunner"
                + " msg=\"connection leaked\"\n", output());
    }

    @Test
    void logsThirdPartyInfoAtInfoLevel() {
        LogSetup.configure(Level.INFO, LogFormat.LOGFMT, out, CLOCK);

        Logger.getLogger("org.sqlite.JDBC").info("loaded");

        assertTrue(output().contains("logger=org.sqlite.JDBC msg=loaded"), output());
    }

    @Test
    void parsesLevelFlagNames() {
        assertEquals(Level.FINE, LogSetup.parseLevel("debug"));
        assertEquals(Level.INFO, LogSetup.parseLevel("info"));
        assertEquals(Level.WARNING, LogSetup.parseLevel("warn"));
        assertEquals(Level.SEVERE, LogSetup.parseLevel("ERROR"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogSetup.parseLevel("verbose"));
        assertEquals("\"verbose\" must be one of debug, info, warn, error", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
