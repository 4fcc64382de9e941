package io.github.m365health.graph;

import java.util.List;

/**
 * The {@code reason} label values of {@code m365_graph_retries_total}. Listed in one place so
 * the counters can start every endpoint × reason at 0: a dashboard or alert on retries then sees
 * 0 rather than nothing before the first retry.
 */
public final class RetryReasons {

    public static final String THROTTLED = "throttled";
    public static final String UNAVAILABLE = "unavailable";
    public static final String SERVER_ERROR = "server_error";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String TIMEOUT = "timeout";
    public static final String NETWORK_ERROR = "network_error";

    public static final List<String> ALL =
            List.of(THROTTLED, UNAVAILABLE, SERVER_ERROR, UNAUTHORIZED, TIMEOUT, NETWORK_ERROR);

    private RetryReasons() {
    }
}
