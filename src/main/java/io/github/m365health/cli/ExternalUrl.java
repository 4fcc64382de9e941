package io.github.m365health.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/** {@code --web.external-url}: checked as given, or derived from the host name and port as Prometheus does. */
final class ExternalUrl {

    private ExternalUrl() {
    }

    /** @throws FlagException unless an absolute http(s) URL with a host and no query or fragment */
    static URI parse(String text) throws FlagException {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new FlagException("--web.external-url", "\"" + text + "\" is not a URL (" + e.getReason() + ")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new FlagException("--web.external-url", "\"" + text + "\" must be an http or https URL with a host"
                    + " and no query, fragment or user, such as https://mon.example.com/m365");
        }
        return withoutTrailingSlash(url);
    }

    /** {@code http://<host name>:<port>}, for when the flag is not given. */
    static URI defaultFor(InetSocketAddress listenAddress) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listenAddress.getPort());
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
