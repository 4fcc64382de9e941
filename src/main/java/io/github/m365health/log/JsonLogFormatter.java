package io.github.m365health.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One JSON object per line, with the keys logfmt uses; numbers and booleans keep their JSON types. */
final class JsonLogFormatter extends Formatter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Clock clock;
    private final boolean stackTraces;

    JsonLogFormatter(Clock clock, boolean stackTraces) {
        this.clock = clock;
        this.stackTraces = stackTraces;
    }

    @Override
    public String format(LogRecord record) {
        LogLine line = LogLine.of(record, clock.instant(), stackTraces, this);
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("ts", line.ts());
            json.writeStringField("level", line.level());
            if (!line.logger().isEmpty()) {
                json.writeStringField("logger", line.logger());
            }
            json.writeStringField("msg", line.msg());
            for (Map.Entry<String, Object> field : line.fields()) {
                json.writeFieldName(field.getKey());
                value(json, field.getValue());
            }
            if (line.err() != null) {
                json.writeStringField("err", line.err());
            }
            if (line.stack() != null) {
                json.writeStringField("stack", line.stack());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                json.writeNumber(number);
            } else {
                json.writeString(String.valueOf(number));
            }
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
