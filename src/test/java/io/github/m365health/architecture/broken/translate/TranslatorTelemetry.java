package io.github.m365health.architecture.broken.translate;

/** A client's telemetry interface, as a translation client might declare it. */
public interface TranslatorTelemetry {
    void requestCompleted(String provider, String code);
}
