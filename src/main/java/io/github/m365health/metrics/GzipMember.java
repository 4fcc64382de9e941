package io.github.m365health.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes compressed as one complete gzip member. Members written one after another are one valid
 * gzip stream (RFC 1952 §2.2), which Go's reader in Prometheus and the JDK's both read whole; so
 * members compressed once can be joined on every scrape without compressing anything again.
 */
final class GzipMember {

    private GzipMember() {
    }

    static byte[] of(byte[] plain) {
        return of(List.of(plain));
    }

    /** The parts, one after another, as one member. */
    static byte[] of(List<byte[]> parts) {
        long size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        // Exposition text compresses about 15 to 20 times; the guess only saves a few copies.
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(1 << 24, Math.max(64, size / 12)));
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 13)) {
            for (byte[] part : parts) {
                zip.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
