package io.github.m365health.translate;

/**
 * Where translation traffic is counted. Implemented by the metrics package, so that Prometheus
 * types stay out of this one.
 */
public interface TranslationTelemetry {

    /**
     * @param code the HTTP status as text, or {@code timeout} / {@code network_error} when no
     *             response came
     */
    void requestCompleted(String provider, String code);

    /** Characters sent for translation, the unit providers bill. */
    void charactersSent(String provider, long characters);

    TranslationTelemetry NONE = new TranslationTelemetry() {
        @Override
        public void requestCompleted(String provider, String code) {
        }

        @Override
        public void charactersSent(String provider, long characters) {
        }
    };
}
