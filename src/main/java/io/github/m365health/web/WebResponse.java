package io.github.m365health.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;

/**
 * How a {@link WebRoute} answers: headers first, then one of {@link #send} (a complete body) or
 * {@link #stream} (a body written as it is produced). HEAD is answered with headers alone by
 * both, so routes need not treat it apart.
 */
public final class WebResponse {

    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json";
    public static final String MARKDOWN = "text/markdown; charset=utf-8";

    /**
     * The size of the writes a long answer in parts is sent in: what a static server writes at a
     * time, and the largest buffer Jetty's pool keeps by default (a larger one would be allocated
     * and freed on every scrape).
     */
    static final int GATHERED_WRITE = 64 << 10;

    private final Response response;
    private final boolean head;
    private boolean started;

    WebResponse(Response response, boolean head) {
        this.response = response;
        this.head = head;
    }

    /** Sets (replaces) a response header; only before the body starts. */
    public WebResponse header(String name, String value) {
        if (started) {
            throw new IllegalStateException("header " + name + " set after the body started");
        }
        response.getHeaders().put(name, value);
        return this;
    }

    /** A complete text answer, marked not to be cached or sniffed. */
    public void send(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete answer, marked not to be cached or sniffed. */
    public void send(int status, String contentType, byte[] body) throws IOException {
        header("Cache-Control", "no-store");
        header("X-Content-Type-Options", "nosniff");
        begin(status, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        Content.Sink.write(response, true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body));
    }

    /**
     * A complete answer made of {@code parts}, sent in order with their total as Content-Length.
     * They are copied once, into pooled direct buffers of {@link #GATHERED_WRITE} bytes: every
     * write is a trip through Jetty to the socket, so short parts are joined, and the JDK would
     * copy a heap array into a direct buffer of its own anyway. The arrays are only read. No cache
     * headers are added: this is for answers that are not pages.
     */
    public void sendParts(int status, String contentType, List<byte[]> parts) throws IOException {
        begin(status, contentType);
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        if (head) {
            Content.Sink.write(response, true, ByteBuffer.allocate(0));
            return;
        }
        RetainableByteBuffer pooled = response.getRequest().getComponents().getByteBufferPool()
                .acquire(GATHERED_WRITE, true);
        try {
            ByteBuffer gathered = pooled.getByteBuffer();
            int filling = BufferUtil.flipToFill(gathered);
            for (byte[] part : parts) {
                for (int at = 0; at < part.length; ) {
                    if (!gathered.hasRemaining()) {
                        filling = flush(gathered, filling);
                    }
                    int piece = Math.min(gathered.remaining(), part.length - at);
                    gathered.put(part, at, piece);
                    at += piece;
                }
            }
            BufferUtil.flipToFlush(gathered, filling);
            // A blocking write returns once Jetty is done with the buffer, so it can be filled again.
            Content.Sink.write(response, true, gathered);
        } finally {
            pooled.release();
        }
    }

    /** Writes what {@code gathered} (in fill mode) holds and empties it; returns its new fill position. */
    private int flush(ByteBuffer gathered, int filling) throws IOException {
        if (gathered.position() == 0) {
            return filling;
        }
        BufferUtil.flipToFlush(gathered, filling);
        Content.Sink.write(response, false, gathered);
        BufferUtil.clear(gathered);
        return BufferUtil.flipToFill(gathered);
    }

    /**
     * Starts an answer of unknown length, sent in chunks as it is written; closing the stream
     * ends it. For HEAD the stream discards what is written.
     */
    public OutputStream stream(int status, String contentType) throws IOException {
        begin(status, contentType);
        if (head) {
            Content.Sink.write(response, true, ByteBuffer.allocate(0));
            return OutputStream.nullOutputStream();
        }
        return Content.Sink.asOutputStream(response);
    }

    /** Whether the status and headers may already be on their way, so a different answer is no longer possible. */
    public boolean started() {
        return started || response.isCommitted();
    }

    private void begin(int status, String contentType) {
        if (started) {
            throw new IllegalStateException("the response was already started");
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        started = true;
    }
}
