package io.github.m365health.store;

import io.github.m365health.health.Classification;
import io.github.m365health.health.ReopenKey;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.RetiredTotals;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-tenant tables besides issues and posts: services, impact high-water marks, retired totals. */
final class TenantRows {

    void replaceServices(Connection connection, String tenant, List<ServiceHealth> services) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM service WHERE tenant = ?")) {
            delete.setString(1, tenant);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO service VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < services.size(); i++) {
                ServiceHealth service = services.get(i);
                insert.setString(1, tenant);
                insert.setString(2, service.id());
                insert.setInt(3, i);
                insert.setString(4, service.serviceName());
                insert.setString(5, service.status().wireName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<ServiceHealth> services(Connection connection, String tenant) throws SQLException {
        List<ServiceHealth> services = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, service_name, status FROM service WHERE tenant = ? ORDER BY position")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    services.add(new ServiceHealth(row.getString(1), row.getString(2), ServiceHealthStatus.parse(row.getString(3))));
                }
            }
        }
        return services;
    }

    void saveHighWater(Connection connection, String tenant, Map<ServiceKey, Double> marks) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO impact_high_water VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant, service_name, classification) DO UPDATE SET seconds = max(seconds, excluded.seconds)""")) {
            for (Map.Entry<ServiceKey, Double> mark : marks.entrySet()) {
                upsert.setString(1, tenant);
                upsert.setString(2, mark.getKey().serviceName());
                upsert.setString(3, mark.getKey().classification().wireName());
                upsert.setDouble(4, mark.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    Map<ServiceKey, Double> highWater(Connection connection, String tenant) throws SQLException {
        Map<ServiceKey, Double> marks = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT service_name, classification, seconds FROM impact_high_water WHERE tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    marks.put(new ServiceKey(row.getString(1), Classification.parse(row.getString(2))), row.getDouble(3));
                }
            }
        }
        return marks;
    }

    void addRetired(Connection connection, String tenant, RetiredTotals retired) throws SQLException {
        Set<ServiceKey> keys = new HashSet<>(retired.seen().keySet());
        keys.addAll(retired.impactSeconds().keySet());
        keys.addAll(retired.vanished().keySet());
        retired.reopens().keySet().forEach(k -> keys.add(new ServiceKey(k.serviceName(), k.classification())));
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO retired_issue_totals (tenant, service_name, classification, seen, same_id_reopens,
                  follow_up_reopens, impact_seconds, vanished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant, service_name, classification) DO UPDATE SET
                  vanished = vanished + excluded.vanished,
                  seen = seen + excluded.seen, same_id_reopens = same_id_reopens + excluded.same_id_reopens,
                  follow_up_reopens = follow_up_reopens + excluded.follow_up_reopens,
                  impact_seconds = impact_seconds + excluded.impact_seconds""")) {
            for (ServiceKey key : keys) {
                upsert.setString(1, tenant);
                upsert.setString(2, key.serviceName());
                upsert.setString(3, key.classification().wireName());
                upsert.setLong(4, retired.seen().getOrDefault(key, 0L));
                upsert.setLong(5, retired.reopens().getOrDefault(reopenKey(key, ReopenKind.SAME_ID), 0L));
                upsert.setLong(6, retired.reopens().getOrDefault(reopenKey(key, ReopenKind.FOLLOW_UP), 0L));
                upsert.setDouble(7, retired.impactSeconds().getOrDefault(key, 0.0));
                upsert.setLong(8, retired.vanished().getOrDefault(key, 0L));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retired_resolution VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<ServiceKey, List<Duration>> entry : retired.resolutionDurations().entrySet()) {
                for (Duration duration : entry.getValue()) {
                    insert.setString(1, tenant);
                    insert.setString(2, entry.getKey().serviceName());
                    insert.setString(3, entry.getKey().classification().wireName());
                    insert.setLong(4, duration.toMillis());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    RetiredTotals retired(Connection connection, String tenant) throws SQLException {
        Map<ServiceKey, Long> seen = new HashMap<>();
        Map<ReopenKey, Long> reopens = new HashMap<>();
        Map<ServiceKey, Double> impact = new HashMap<>();
        Map<ServiceKey, Long> vanished = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT service_name, classification, seen, same_id_reopens, follow_up_reopens, impact_seconds, vanished
                FROM retired_issue_totals WHERE tenant = ?""")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ServiceKey key = new ServiceKey(row.getString(1), Classification.parse(row.getString(2)));
                    putIfPositive(seen, key, row.getLong(3));
                    putIfPositive(reopens, reopenKey(key, ReopenKind.SAME_ID), row.getLong(4));
                    putIfPositive(reopens, reopenKey(key, ReopenKind.FOLLOW_UP), row.getLong(5));
                    impact.put(key, row.getDouble(6));
                    putIfPositive(vanished, key, row.getLong(7));
                }
            }
        }
        Map<ServiceKey, List<Duration>> durations = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT service_name, classification, duration_millis FROM retired_resolution WHERE tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ServiceKey key = new ServiceKey(row.getString(1), Classification.parse(row.getString(2)));
                    durations.computeIfAbsent(key, k -> new ArrayList<>()).add(Duration.ofMillis(row.getLong(3)));
                }
            }
        }
        return new RetiredTotals(seen, reopens, durations, impact, vanished);
    }

    private static ReopenKey reopenKey(ServiceKey key, ReopenKind kind) {
        return new ReopenKey(key.serviceName(), key.classification(), kind);
    }

    private static <K> void putIfPositive(Map<K, Long> map, K key, long value) {
        if (value > 0) {
            map.put(key, value);
        }
    }
}
