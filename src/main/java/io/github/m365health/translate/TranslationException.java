package io.github.m365health.translate;

/**
 * A translation call that failed for good (after any retries). The message is one line for an
 * operator; it never holds the key or the texts.
 */
public final class TranslationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so the worker knows whether waiting for the next poll can help. */
    public enum Kind {
        /** 401/403: the key is wrong, revoked or for another resource or region. */
        KEY,
        /** The provider refused the target language. */
        LANGUAGE,
        /** The account's own quota is used up (DeepL 456, Azure 403 quota). */
        QUOTA,
        /** Throttled, unavailable or unreachable, also after retries. */
        TRANSIENT,
        /** An answer that does not match what was sent: fewer translations, bad JSON, too large. */
        BAD_RESPONSE,
        /** Any other refusal of the request. */
        REFUSED
    }

    private final Kind kind;
    private final java.time.Duration retryAfter;

    public TranslationException(Kind kind, String message) {
        this(kind, message, null);
    }

    public TranslationException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, java.time.Duration.ZERO);
    }

    /** @param retryAfter how long the provider asked not to be called again; zero when it did not say */
    public TranslationException(Kind kind, String message, Throwable cause, java.time.Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    public Kind kind() {
        return kind;
    }
}
