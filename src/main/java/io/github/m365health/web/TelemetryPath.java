package io.github.m365health.web;

/**
 * Which paths {@code --web.telemetry-path} may take: the one rule, checked when the flag is parsed
 * and again by the server that routes it. The landing page owns {@code /} and the health checks
 * {@code /-/...}; a query or fragment character could never match a request path.
 */
public final class TelemetryPath {

    private TelemetryPath() {
    }

    /** Whether {@code path} can be served as the telemetry path. */
    public static boolean usable(String path) {
        return path != null && path.startsWith("/") && !path.equals("/") && !path.startsWith("/-/")
                && path.matches("[^\\s?#]+");
    }

    /** Why {@code path} cannot be the telemetry path, as said after the flag's name. */
    public static String problem(String path) {
        return "\"" + path + "\" must be a path such as /metrics,"
                + " other than / and /-/..., which the landing page and health checks use";
    }
}
