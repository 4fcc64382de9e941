package io.github.m365health.cli;

import java.net.InetSocketAddress;

/** {@code --web.listen-address}: {@code :10365}, {@code 127.0.0.1:0}, {@code [::1]:9000}, {@code localhost:8080}. */
final class ListenAddress {

    private static final String FLAG = "--web.listen-address";

    private ListenAddress() {
    }

    static InetSocketAddress parse(String text) throws FlagException {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw malformed(text);
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon < 0) {
                throw malformed(text);
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
            if (host.contains(":")) {
                throw new FlagException(FLAG, "\"" + text + "\": write an IPv6 address in brackets, as in [::1]:9000");
            }
        }
        int number = port(text, port);
        if (host.isEmpty()) {
            return new InetSocketAddress(number);
        }
        InetSocketAddress address = new InetSocketAddress(host, number);
        if (address.isUnresolved()) {
            throw new FlagException(FLAG, "\"" + text + "\": cannot resolve host " + host);
        }
        return address;
    }

    private static int port(String text, String port) throws FlagException {
        if (port.matches("\\d{1,5}")) {
            int number = Integer.parseInt(port);
            if (number <= 65535) {
                return number;
            }
        }
        throw new FlagException(FLAG, "\"" + text + "\": the port must be a number from 0 to 65535");
    }

    private static FlagException malformed(String text) {
        return new FlagException(FLAG, "\"" + text + "\" must be host:port, as in :10365 or 127.0.0.1:10365");
    }
}
