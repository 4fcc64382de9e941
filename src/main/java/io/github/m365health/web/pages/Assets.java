package io.github.m365health.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pages' stylesheet and local-time script, read once from the jar. */
final class Assets {

    final String stylesheet;
    final String script;

    Assets() {
        this.stylesheet = read("/web/pages.css");
        this.script = read("/web/local-time.js");
    }

    private static String read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
    }
}
