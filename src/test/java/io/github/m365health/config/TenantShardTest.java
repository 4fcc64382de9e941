package io.github.m365health.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceFilter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantShardTest {

    private static final List<String> TENANTS = names(10_000);

    @Test
    void everyTenantBelongsToExactlyOneReplica() {
        for (int count = 1; count <= 7; count++) {
            for (String tenant : TENANTS) {
                int owners = 0;
                for (int index = 0; index < count; index++) {
                    owners += new TenantShard(index, count).owns(tenant) ? 1 : 0;
                }
                assertEquals(1, owners, tenant + " over " + count + " replicas");
            }
        }
    }

    @Test
    void spreadsTenantsEvenlyOverTheReplicas() {
        int count = 5;
        int[] perReplica = new int[count];
        for (String tenant : TENANTS) {
            perReplica[TenantShard.replicaOf(tenant, count)]++;
        }
        for (int replica = 0; replica < count; replica++) {
            // 2000 expected; a binomial standard deviation is 40, so this allows over 5 of them.
            assertTrue(Math.abs(perReplica[replica] - 2000) < 220, "replica " + replica + " has " + perReplica[replica]);
        }
    }

    @Test
    void addingAReplicaMovesOnlyTheTenantsItTakesAboutOneInCountPlusOne() {
        for (int count = 1; count <= 6; count++) {
            int moved = 0;
            for (String tenant : TENANTS) {
                int before = TenantShard.replicaOf(tenant, count);
                int after = TenantShard.replicaOf(tenant, count + 1);
                if (before != after) {
                    assertEquals(count, after, tenant + " moved from " + before + " to an old replica");
                    moved++;
                }
            }
            double expected = TENANTS.size() / (count + 1.0);
            assertTrue(Math.abs(moved - expected) < expected * 0.1,
                    moved + " of " + TENANTS.size() + " moved going from " + count + " to " + (count + 1));
        }
    }

    @Test
    void theAssignmentIsFixedByTheNamesAloneAcrossReleases() {
        // A change of hash would silently move tenants between replicas on an upgrade, and their
        // history would stay behind on the old replica's volume: pin a few answers, worked out apart
        // from this code (the first 8 bytes of hashlib.sha256(b"contoso/0") and so on, in Python).
        Map<String, Integer> pinned = new HashMap<>();
        for (String tenant : List.of("contoso", "fabrikam", "northwind", "adatum", "tailspin", "woodgrove")) {
            pinned.put(tenant, TenantShard.replicaOf(tenant, 3));
        }
        assertEquals(Map.of("contoso", 1, "fabrikam", 0, "northwind", 1, "adatum", 1, "tailspin", 1, "woodgrove", 0),
                pinned);
    }

    @Test
    void selectKeepsThisReplicasTenantsInTheirConfiguredOrder() {
        List<TenantConfig> configured = new ArrayList<>();
        for (String name : TENANTS.subList(0, 40)) {
            configured.add(new TenantConfig(name, "00000000-0000-0000-0000-000000000000", "11111111-1111-1111-1111-111111111111",
                    new Credential.ClientSecret(new Secret("x")), Cloud.GLOBAL, URI.create("https://login.microsoftonline.com"),
                    URI.create("https://graph.microsoft.com"), ServiceFilter.ALL));
        }
        List<String> all = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            List<String> mine = new TenantShard(index, 3).select(configured).stream().map(TenantConfig::name).toList();
            assertTrue(mine.size() > 5, "replica " + index + " got " + mine);
            assertEquals(mine.stream().sorted(Comparator.comparingInt(TENANTS::indexOf)).toList(), mine);
            all.addAll(mine);
        }
        assertEquals(40, all.size());
        assertEquals(Set.copyOf(TENANTS.subList(0, 40)), Set.copyOf(all));
        assertEquals(configured, TenantShard.ALL.select(configured));
    }

    @ParameterizedTest
    @CsvSource({"0/1, 0, 1", "2/3, 2, 3", "0/100, 0, 100", "007/010, 7, 10"})
    void readsIndexSlashCount(String text, int index, int count) {
        TenantShard shard = TenantShard.parse(text);

        assertEquals(new TenantShard(index, count), shard);
        assertEquals(index + "/" + count, shard.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/3 | \"3/3\": INDEX must be below COUNT (replicas are numbered from 0, so the last of 3 is 2/3)",
            "5/2 | \"5/2\": INDEX must be below COUNT (replicas are numbered from 0, so the last of 2 is 1/2)",
            "0/0 | \"0/0\": COUNT must be at least 1",
            "-1/3 | \"-1/3\" must be INDEX/COUNT with whole numbers, such as 0/3",
            "a/b | \"a/b\" must be INDEX/COUNT with whole numbers, such as 0/3",
            "1 | \"1\" must be INDEX/COUNT with whole numbers, such as 0/3",
            "1/2/3 | \"1/2/3\" must be INDEX/COUNT with whole numbers, such as 0/3",
            "99999999999/3 | \"99999999999/3\" must be INDEX/COUNT with whole numbers, such as 0/3"})
    void refusesAnythingButIndexBelowCount(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TenantShard.parse(text)).getMessage());
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("tenant-" + i);
        }
        return List.copyOf(names);
    }
}
