package io.github.m365health.architecture.broken.metrics;

import io.github.m365health.architecture.broken.translate.TranslatorTelemetry;

/** Breaks "metrics knows no client": a recorder that implements a client package's interface. */
public final class CountersImplementClientType implements TranslatorTelemetry {
    @Override
    public void requestCompleted(String provider, String code) {
    }
}
