package io.github.m365health.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alert as Alertmanager's webhook notifier delivered it (payload version 4): a notification
 * carries every alert of its group, each with its own status.
 *
 * @param notification the position of the carrying notification among all received, from 0
 * @param receivedAt   when the webhook received that notification
 */
public record ReceivedAlert(int notification, Instant receivedAt, String status, Map<String, String> labels,
                            Map<String, String> annotations, Instant startsAt, String fingerprint) {

    public static List<ReceivedAlert> of(int notification, Instant receivedAt, JsonNode payload) {
        List<ReceivedAlert> alerts = new ArrayList<>();
        for (JsonNode alert : payload.path("alerts")) {
            alerts.add(new ReceivedAlert(notification, receivedAt, alert.path("status").asText(),
                    strings(alert.path("labels")), strings(alert.path("annotations")),
                    Instant.parse(alert.path("startsAt").asText()), alert.path("fingerprint").asText()));
        }
        return alerts;
    }

    public boolean firing() {
        return "firing".equals(status);
    }

    public boolean resolved() {
        return "resolved".equals(status);
    }

    public String label(String name) {
        return labels.get(name);
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new TreeMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
