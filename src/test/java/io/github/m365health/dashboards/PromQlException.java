package io.github.m365health.dashboards;

/** A PromQL expression that would not parse: the message names the problem and its offset. */
final class PromQlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PromQlException(String problem, int position) {
        super(problem + " at offset " + position);
    }
}
