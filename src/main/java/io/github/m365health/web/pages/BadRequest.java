package io.github.m365health.web.pages;

/** A request we answer with a 4xx and one line saying what is wrong and what is accepted. */
final class BadRequest extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    private BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    static BadRequest invalid(String message) {
        return new BadRequest(400, message);
    }

    static BadRequest notFound(String message) {
        return new BadRequest(404, message);
    }

    int status() {
        return status;
    }
}
