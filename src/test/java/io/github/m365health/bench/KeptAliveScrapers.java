package io.github.m365health.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Scrapers that each keep one HTTP/1.1 connection to a server from a loopback address of their own
 * (127.0.0.2 and up), as a Prometheus server keeps its connection to a target from one scrape to
 * the next. A scrape reads the answer by its Content-Length and leaves the connection open.
 */
final class KeptAliveScrapers implements AutoCloseable {

    private final URI uri;
    private final Socket[] sockets;
    private final InputStream[] inputs;

    KeptAliveScrapers(URI uri, int scrapers) {
        this.uri = uri;
        this.sockets = new Socket[scrapers];
        this.inputs = new InputStream[scrapers];
    }

    /** One scrape by scraper {@code index}, on its connection (opened by its first scrape), read to the answer's end. */
    void scrape(int index, String accept, boolean gzip) throws IOException {
        if (sockets[index] == null) {
            sockets[index] = new Socket(InetAddress.getByName(uri.getHost()), uri.getPort(), address(index), 0);
            inputs[index] = new BufferedInputStream(sockets[index].getInputStream(), 1 << 16);
        }
        sockets[index].getOutputStream().write(request(uri, accept, gzip, ""));
        InputStream in = inputs[index];
        String head = head(in);
        if (!head.startsWith("HTTP/1.1 200")) {
            throw new IOException(uri + " answered scraper " + index + ": " + head.lines().findFirst().orElse(""));
        }
        long remaining = contentLength(head);
        byte[] buffer = new byte[1 << 16];
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new IOException(uri + " closed scraper " + index + "'s connection " + remaining + " bytes short");
            }
            remaining -= read;
        }
    }

    /** A scrape's HTTP/1.1 request, with {@code extraHeaders} (each ending in CRLF) before its end. */
    static byte[] request(URI uri, String accept, boolean gzip, String extraHeaders) {
        return ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: " + accept + "\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "") + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The loopback address scraper {@code index} connects from: 127.0.0.2 and up. */
    static InetAddress address(int index) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + index)});
    }

    /** The status line and headers, up to the empty line. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the answer's headers ended");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private long contentLength(String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).strip());
            }
        }
        throw new IOException(uri + " answered without a Content-Length: the connection cannot be kept");
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : sockets) {
            if (socket != null) {
                socket.close();
            }
        }
    }
}
