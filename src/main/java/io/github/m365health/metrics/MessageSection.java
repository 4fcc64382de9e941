package io.github.m365health.metrics;

import static io.github.m365health.metrics.MetricFamilies.MESSAGES;
import static io.github.m365health.metrics.MetricFamilies.MESSAGE_ACT_BY;
import static io.github.m365health.metrics.MetricFamilies.MESSAGE_END;
import static io.github.m365health.metrics.MetricFamilies.MESSAGE_INFO;
import static io.github.m365health.metrics.MetricFamilies.MESSAGE_LAST_UPDATE;
import static io.github.m365health.metrics.MetricFamilies.MESSAGE_START;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.health.Message;
import io.github.m365health.health.TenantState;
import java.util.Set;
import java.util.TreeSet;

/**
 * The active Message Center posts of a tenant: counted in {@code m365_messages} all of them, and
 * with series of their own only those that require action, unless {@code metrics.messages: all}.
 */
final class MessageSection implements TenantSection {

    private final MessageSeries series;

    MessageSection(MessageSeries series) {
        this.series = series;
    }

    /** The {@code service_name} of a post that names no service. */
    static final String UNSPECIFIED_SERVICE = "unspecified";

    @Override
    public void render(TenantState state, Families into) {
        String tenant = state.tenant();
        for (Message message : state.snapshot().activeMessages()) {
            String category = message.category().wireName();
            String severity = message.severity().wireName();
            String majorChange = Boolean.toString(message.majorChange());
            for (String service : servicesOf(message)) {
                into.get(MESSAGES).add(1, tenant, service, category, severity, majorChange);
            }
            if (series == MessageSeries.ACTIONABLE && message.actionRequiredBy() == null) {
                continue;
            }
            String id = message.id();
            into.get(MESSAGE_INFO).set(1, tenant, id, category, severity, majorChange, message.title());
            if (message.actionRequiredBy() != null) {
                into.get(MESSAGE_ACT_BY).set(TenantSection.seconds(message.actionRequiredBy()), tenant, id);
            }
            if (series == MessageSeries.ACTIONABLE) {
                continue;
            }
            into.get(MESSAGE_START).set(TenantSection.seconds(message.start()), tenant, id);
            if (message.end() != null) {
                into.get(MESSAGE_END).set(TenantSection.seconds(message.end()), tenant, id);
            }
            into.get(MESSAGE_LAST_UPDATE).set(TenantSection.seconds(message.lastModified()), tenant, id);
        }
    }

    /** Each named service once, even if Graph lists it twice, or trimming makes two names equal. */
    private static Set<String> servicesOf(Message message) {
        Set<String> services = new TreeSet<>();
        for (String service : message.services()) {
            if (service != null && !service.isBlank()) {
                services.add(LabelValues.trim(service));
            }
        }
        if (services.isEmpty()) {
            services.add(UNSPECIFIED_SERVICE);
        }
        return services;
    }
}
