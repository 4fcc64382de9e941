package io.github.m365health.architecture.broken.report;

import io.github.m365health.architecture.broken.store.StoreWiresDomain;

/** Breaks "reports read only the domain": a report reaching into the store. */
public final class ReportReadsStore {
    public double minutes(StoreWiresDomain store) {
        return store.impact().seconds() / 60;
    }
}
