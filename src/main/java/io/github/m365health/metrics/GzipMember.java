package io.github.m365health.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes compressed as one complete gzip member. Members written one after another are one valid
 * gzip stream (RFC 1952 §2.2), which Go's reader in Prometheus and the JDK's both read whole; so
 * fragments compressed once can be joined on every scrape without compressing anything again.
 */
final class GzipMember {

    private GzipMember() {
    }

    static byte[] of(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 8));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
