package io.github.m365health.graph;

/**
 * Where the Graph client reports each HTTP exchange and retry of one tenant. Implemented by the
 * metrics package, so that Prometheus types stay out of this one.
 */
public interface GraphTelemetry {

    /**
     * @param code the HTTP status as text, or a short word when no response came
     *             ({@code timeout}, {@code network_error})
     */
    void requestCompleted(GraphEndpoint endpoint, String code);

    /** @param reason e.g. {@code throttled}, {@code unavailable}, {@code unauthorized}, {@code timeout} */
    void retried(GraphEndpoint endpoint, String reason);

    GraphTelemetry NONE = new GraphTelemetry() {
        @Override
        public void requestCompleted(GraphEndpoint endpoint, String code) {
        }

        @Override
        public void retried(GraphEndpoint endpoint, String reason) {
        }
    };
}
