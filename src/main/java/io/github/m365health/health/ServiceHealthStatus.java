package io.github.m365health.health;

/** Graph's {@code serviceHealthStatus}, for services and for issues. */
public enum ServiceHealthStatus implements WireEnum {
    SERVICE_OPERATIONAL("serviceOperational"),
    INVESTIGATING("investigating"),
    RESTORING_SERVICE("restoringService"),
    VERIFYING_SERVICE("verifyingService"),
    SERVICE_RESTORED("serviceRestored"),
    POST_INCIDENT_REVIEW_PUBLISHED("postIncidentReviewPublished"),
    SERVICE_DEGRADATION("serviceDegradation"),
    SERVICE_INTERRUPTION("serviceInterruption"),
    EXTENDED_RECOVERY("extendedRecovery"),
    FALSE_POSITIVE("falsePositive"),
    INVESTIGATION_SUSPENDED("investigationSuspended"),
    RESOLVED("resolved"),
    MITIGATED_EXTERNAL("mitigatedExternal"),
    MITIGATED("mitigated"),
    RESOLVED_EXTERNAL("resolvedExternal"),
    CONFIRMED("confirmed"),
    REPORTED("reported"),
    // Graph's evolvable-enum sentinel and anything newer than this code both land here.
    UNKNOWN("unknown");

    private final String wireName;

    ServiceHealthStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static ServiceHealthStatus parse(String raw) {
        return WireEnum.parse(ServiceHealthStatus.class, raw, UNKNOWN);
    }
}
