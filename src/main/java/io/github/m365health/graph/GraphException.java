package io.github.m365health.graph;

/**
 * A listing or token request that failed for good (after any retries). The message is one line
 * meant for an operator; it never contains a secret, a token or a response body beyond Graph's
 * own error code.
 *
 * @see #httpStatus() 0 when no HTTP response was received
 * @see #errorCode() Graph's {@code error.code}, Entra's {@code error} with its AADSTS number, or empty
 */
public class GraphException extends Exception {

    private static final long serialVersionUID = 1L;

    private final GraphEndpoint endpoint;
    private final int httpStatus;
    private final String errorCode;

    public GraphException(GraphEndpoint endpoint, int httpStatus, String errorCode, String message) {
        this(endpoint, httpStatus, errorCode, message, null);
    }

    public GraphException(GraphEndpoint endpoint, int httpStatus, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode == null ? "" : errorCode;
    }

    public GraphEndpoint endpoint() {
        return endpoint;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }
}
