package io.github.m365health.log;

import java.time.Clock;
import java.util.Locale;
import java.util.logging.Formatter;

/** How a log record becomes one line on stderr: {@code --log.format=logfmt|json}. */
public enum LogFormat {
    /** {@code ts=... level=info logger=poll msg="poll failed" tenant=contoso status=403} */
    LOGFMT("logfmt"),
    /** One JSON object per line, with the same keys. */
    JSON("json");

    private final String flagValue;

    LogFormat(String flagValue) {
        this.flagValue = flagValue;
    }

    public String flagValue() {
        return flagValue;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static LogFormat parse(String text) {
        for (LogFormat format : values()) {
            if (format.flagValue.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" must be logfmt or json");
    }

    /**
     * @param clock       gives the {@code ts} of each line
     * @param stackTraces add a {@code stack} field (escaped, still one line) to records with an exception
     */
    public Formatter formatter(Clock clock, boolean stackTraces) {
        return this == LOGFMT ? new LogfmtFormatter(clock, stackTraces) : new JsonLogFormatter(clock, stackTraces);
    }
}
