package io.github.m365health.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogFormatTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private static LogRecord record(Level level, String logger, String message, Object... keyValues) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setParameters(keyValues);
        return record;
    }

    private static String logfmt(LogRecord record) {
        return LogFormat.LOGFMT.formatter(CLOCK, false).format(record);
    }

    private static JsonNode json(LogRecord record, boolean stackTraces) throws IOException {
        String line = LogFormat.JSON.formatter(CLOCK, stackTraces).format(record);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        return new ObjectMapper().readTree(line);
    }

    @Test
    void writesAFailedListingAsOneLogfmtLine() {
        LogRecord record = record(Level.WARNING, "io.github.m365health.poll.Poller", "poll failed",
                "tenant", "contoso", "endpoint", "issues", "status", 403, "code", "Forbidden");

        assertEquals("ts=2026-11-22T10:00:00.000Z level=warn logger=poll msg=\"poll failed\" tenant=contoso"
                + " endpoint=issues status=403 code=Forbidden\n", logfmt(record));
    }

    @Test
    void leavesSimpleMessagesUnquoted() {
        assertEquals("ts=2026-11-22T10:00:00.000Z level=info logger=cli msg=listening address=127.0.0.1:41234\n",
                logfmt(record(Level.INFO, "io.github.m365health.cli.Main", "listening", "address", "127.0.0.1:41234")));
    }

    @Test
    void quotesAndEscapesValuesThatWouldBreakTheLine() {
        String line = logfmt(record(Level.INFO, "io.github.m365health.graph.GraphClient", "odd values",
                "quote", "say \"hi\"", "equals", "a=b", "backslash", "C:\\temp", "newline", "one\ntwo\r\n",
                "tab", "a\tb", "bell", "\u0007", "empty", "", "nothing", null, "unicode", "Zürich→Genève"));

        assertEquals("ts=2026-11-22T10:00:00.000Z level=info logger=graph msg=\"odd values\" quote=\"say \\\"hi\\\"\""
                + " equals=\"a=b\" backslash=\"C:\\\\temp\" newline=\"one\\ntwo\\r\\n\" tab=\"a\\tb\""
                + " bell=\"\\u0007\" empty=\"\" nothing=null unicode=Zürich→Genève\n", line);
    }

    @Test
    void mapsLevelsToTheirFlagNames() {
        assertEquals("debug", LogLine.levelName(Level.FINE));
        assertEquals("debug", LogLine.levelName(Level.FINEST));
        assertEquals("info", LogLine.levelName(Level.INFO));
        assertEquals("info", LogLine.levelName(Level.CONFIG));
        assertEquals("warn", LogLine.levelName(Level.WARNING));
        assertEquals("error", LogLine.levelName(Level.SEVERE));
    }

    @Test
    void keepsAnExceptionOnTheSameLine() {
        LogRecord record = record(Level.SEVERE, "io.github.m365health.store.StateStore", "commit failed",
                "tenant", "contoso");
        record.setThrown(new IllegalStateException("disk full", new java.io.IOException("No space left on device")));

        assertEquals("ts=2026-11-22T10:00:00.000Z level=error logger=store msg=\"commit failed\" tenant=contoso"
                + " err=\"java.lang.IllegalStateException: disk full; caused by java.io.IOException: No space left"
                + " on device\"\n", logfmt(record));
    }

    @Test
    void addsTheStackTraceAsAnEscapedFieldWhenDebugging() {
        LogRecord record = record(Level.SEVERE, "io.github.m365health.store.StateStore", "commit failed");
        record.setThrown(new IllegalStateException("disk full"));

        String line = LogFormat.LOGFMT.formatter(CLOCK, true).format(record);

        assertEquals(1, line.split("\n", -1).length - 1, "still one line");
        assertTrue(line.contains(" stack=\"java.lang.IllegalStateException: disk full\\n\\tat io.github.m365health"
                + ".log.LogFormatTest.addsTheStackTraceAsAnEscapedFieldWhenDebugging"), line);
    }

    @Test
    void renamesKeysThatWouldShadowTheFixedOnes() {
        assertEquals("ts=2026-11-22T10:00:00.000Z level=info logger=demo msg=started msg_=shadow level_=x"
                + " odd_key=1\n", logfmt(record(Level.INFO, "io.github.m365health.demo.Sim", "started",
                "msg", "shadow", "level", "x", "odd key", 1)));
    }

    @Test
    void formatsThirdPartyPlaceholdersAsAMessage() {
        LogRecord record = record(Level.WARNING, "okhttp3.OkHttpClient", "A connection to {0} was leaked", "host");

        assertEquals("ts=2026-11-22T10:00:00.000Z level=warn logger=okhttp3.OkHttpClient"
                + " msg=\"A connection to host was leaked\"\n", logfmt(record));
    }

    @Test
    void writesOneJsonObjectPerLineWithTypedValues() throws IOException {
        LogRecord record = record(Level.WARNING, "io.github.m365health.poll.Poller", "poll failed",
                "tenant", "contoso", "status", 403, "ratio", 0.5, "retry", true, "code", null);

        JsonNode line = json(record, false);

        assertEquals("2026-11-22T10:00:00.000Z", line.get("ts").asText());
        assertEquals("warn", line.get("level").asText());
        assertEquals("poll", line.get("logger").asText());
        assertEquals("poll failed", line.get("msg").asText());
        assertEquals("contoso", line.get("tenant").asText());
        assertEquals(403, line.get("status").intValue());
        assertTrue(line.get("status").isInt());
        assertEquals(0.5, line.get("ratio").doubleValue());
        assertTrue(line.get("retry").booleanValue());
        assertTrue(line.get("code").isNull());
    }

    @Test
    void escapesJsonStringsAndKeepsTheErrorOnTheLine() throws IOException {
        LogRecord record = record(Level.SEVERE, "io.github.m365health.graph.GraphClient", "bad \"body\"\n",
                "body", "{\"a\":1}\n\u0000");
        record.setThrown(new IllegalArgumentException("line one\nline two"));

        JsonNode line = json(record, false);

        assertEquals("bad \"body\"\n", line.get("msg").asText());
        assertEquals("{\"a\":1}\n\u0000", line.get("body").asText());
        assertEquals("java.lang.IllegalArgumentException: line one\nline two", line.get("err").asText());
        assertTrue(line.path("stack").isMissingNode());
    }

    @Test
    void parsesFlagValues() {
        assertEquals(LogFormat.LOGFMT, LogFormat.parse("logfmt"));
        assertEquals(LogFormat.JSON, LogFormat.parse("JSON"));
        assertEquals("\"xml\" must be logfmt or json",
                assertThrows(IllegalArgumentException.class, () -> LogFormat.parse("xml")).getMessage());
    }
}
