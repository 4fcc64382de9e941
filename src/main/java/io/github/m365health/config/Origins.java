package io.github.m365health.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the {@code authority_url} and {@code graph_url} of a {@code cloud: custom} tenant. Only an
 * origin is accepted: the client builds every path itself, and pins {@code @odata.nextLink} to
 * exactly this origin. Plain http is refused beyond loopback because the token travels over it.
 */
final class Origins {

    static final String LOOPBACK_HOSTS = "127.0.0.0/8, ::1, localhost";

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private Origins() {
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static URI origin(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a URL");
        }
        if (uri.getRawUserInfo() != null) {
            // Not quoted: user information may hold a password.
            throw new IllegalArgumentException("must not contain user information (user:password@)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("\"" + text + "\" must be an https:// URL such as https://graph.example.com");
        }
        boolean bareOrigin = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!bareOrigin) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" must be an origin, scheme://host[:port], with no path, query or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException("\"" + text + "\" uses plain http, allowed only for loopback hosts ("
                    + LOOPBACK_HOSTS + "); use https");
        }
        return URI.create(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }

    /** Decided from the literal alone: a name other than localhost is never resolved. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equals("localhost") || IPV4_LOOPBACK.matcher(bare).matches()) {
            return true;
        }
        if (!bare.contains(":")) {
            return false;
        }
        try {
            // An IPv6 literal: InetAddress parses it without any lookup.
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
