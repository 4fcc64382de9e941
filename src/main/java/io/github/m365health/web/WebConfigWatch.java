package io.github.m365health.web;

import io.github.m365health.log.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web configuration in force, re-read when its file or a file it names (certificate, key,
 * client CA) changes, as the exporter toolkit re-reads it. While a changed file is invalid,
 * requests are refused with 500 and TLS keeps its last good material, so a broken edit never
 * opens the exporter; the problem is logged once per change.
 */
public final class WebConfigWatch {

    private static final Log LOG = Log.of(WebConfigWatch.class);

    /** The configuration, or why the file on disk cannot be used now. */
    sealed interface State permits Good, Broken {
    }

    record Good(WebConfig config) implements State {
    }

    record Broken(String problem) implements State {
    }

    private final Path file;
    private volatile WebConfigFile loaded;
    private volatile List<String> fingerprint;
    private volatile State state;
    private volatile TlsMaterial.Factory tls;

    private WebConfigWatch(Path file, WebConfigFile loaded) {
        this.file = file;
        this.loaded = loaded;
        this.fingerprint = fingerprint(loaded.files());
        this.state = new Good(loaded.config());
    }

    /** No file: plain HTTP, no authentication, no extra headers. */
    public static WebConfigWatch none() {
        return new WebConfigWatch(null, new WebConfigFile(WebConfig.NONE, List.of()));
    }

    /** @throws WebConfigException with one line naming the file, the key and the problem */
    public static WebConfigWatch load(Optional<Path> file) throws WebConfigException {
        if (file.isEmpty()) {
            return none();
        }
        return new WebConfigWatch(file.get(), WebConfigFile.load(file.get()));
    }

    /** The configuration read at start: TLS is on or off for the life of the process, as in the toolkit. */
    WebConfig initial() {
        return loaded.config();
    }

    void tlsFactory(TlsMaterial.Factory factory) {
        this.tls = factory;
    }

    /** The configuration to apply now; a cheap check of file times and sizes decides whether to re-read. */
    State current() {
        if (file == null) {
            return state;
        }
        List<String> now = fingerprint(loaded.files());
        if (!now.equals(fingerprint)) {
            reload(now);
        }
        return state;
    }

    private synchronized void reload(List<String> seen) {
        if (seen.equals(fingerprint)) {
            return;
        }
        fingerprint = seen;
        try {
            WebConfigFile fresh = WebConfigFile.load(file);
            loaded = fresh;
            fingerprint = fingerprint(fresh.files());
            if (tls != null && fresh.config().tls().isPresent()) {
                reloadTls(fresh.config().tls().get());
            }
            state = new Good(fresh.config());
            LOG.info("web configuration reloaded", "file", file.toString());
        } catch (WebConfigException e) {
            state = new Broken(e.getMessage());
            LOG.error("web configuration invalid; refusing requests until it is fixed", "error", e.getMessage());
        }
    }

    /**
     * Off the request's thread: Jetty's reload restarts the TLS factory, which fails the
     * connection whose request noticed the change if done on it. New connections get the new
     * material once this has run; an invalid one is refused at load, before this point.
     */
    private void reloadTls(WebConfig.Tls material) {
        Thread reloader = new Thread(() -> {
            try {
                TlsMaterial.reload(tls, material);
            } catch (Exception e) {
                LOG.error("TLS material not reloaded; the previous certificate stays in use",
                        "error", String.valueOf(e.getMessage()));
            }
        }, "m365-http-tls-reload");
        reloader.setDaemon(true);
        reloader.start();
    }

    private static List<String> fingerprint(List<Path> files) {
        List<String> marks = new ArrayList<>();
        for (Path path : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                marks.add(path + "@" + attributes.lastModifiedTime().toMillis() + "/" + attributes.size()
                        + "/" + attributes.fileKey());
            } catch (IOException e) {
                marks.add(path + "@missing");
            }
        }
        return marks;
    }
}
