package io.github.m365health.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that starts real processes or servers (the exporter's jar, Prometheus,
 * Alertmanager, a compose stack) and waits on their schedules. {@code mvn test} runs these with
 * everything else; {@code mvn test -DexcludedGroups=e2e} leaves them out for fast feedback.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(EndToEnd.TAG)
public @interface EndToEnd {
    String TAG = "e2e";
}
