package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.TenantHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the store beside the exporter that writes it: read-only, consistent, never in the writer's way. */
class HistoryReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheWriterCommittedWhileTheWriterKeepsWriting() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-01-08T05:50:00Z")) {
            store.pollHealth("2026-01-08T05:50:00Z", IssueFixture.ex1215307Active());
            try (HistoryReader reader = HistoryReader.open(store.file)) {
                TenantHistory first = reader.tenant(StoreFixture.TENANT);
                assertEquals(List.of("EX1215307"), List.copyOf(first.book().issues().keySet()));
                assertEquals(IssueFixture.ex1215307Active().title(), first.title("EX1215307"));
                assertEquals(List.of("Exchange Online", "Identity Service", "Microsoft 365 suite"), first.serviceNames());

                // The writer commits while the reader's connection is open: neither waits for the other.
                store.pollHealth("2026-01-08T12:40:00Z", IssueFixture.ex1215307Restored(),
                        issue("EX2").start("2026-01-08T12:00:00Z").restored("2026-01-08T12:30:00Z").build());

                TenantHistory second = reader.tenant(StoreFixture.TENANT);
                assertEquals(2, second.book().issues().size());
                assertEquals(IssueFixture.ex1215307Restored().start(), second.book().get("EX1215307").start());
                assertEquals(List.of(StoreFixture.TENANT), reader.tenants());
            }
            store.pollHealth("2026-01-08T13:40:00Z", IssueFixture.ex1215307Restored());
        }
    }

    @Test
    void neverChangesTheFile() throws Exception {
        Path file;
        try (StoreFixture store = new StoreFixture(dir, "2026-01-08T05:50:00Z")) {
            store.pollHealth("2026-01-08T05:50:00Z", IssueFixture.ex1215307Active());
            file = store.file;
        }
        byte[] before = Files.readAllBytes(file);

        try (HistoryReader reader = HistoryReader.open(file)) {
            reader.tenant(StoreFixture.TENANT);
            reader.tenants();
        }

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void unknownTenantHasAnEmptyHistory() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-01-08T05:50:00Z");
             HistoryReader reader = HistoryReader.open(store.file)) {
            TenantHistory nobody = reader.tenant("fabrikam");
            assertTrue(nobody.book().issues().isEmpty());
            assertEquals(List.of(), nobody.serviceNames());
        }
    }

    @Test
    void missingFileIsOneLineAndIsNotCreated() {
        Path missing = dir.resolve("nowhere.db");

        StoreException e = assertThrows(StoreException.class, () -> HistoryReader.open(missing));

        assertEquals("state store " + missing + " does not exist; check state.path in the configuration"
                + " (the exporter creates it at its first start)", e.getMessage());
        assertFalse(Files.exists(missing));
        assertEquals(List.of(), List.of(dir.toFile().list()));
    }

    @Test
    void fileThatIsNotAStoreIsRefusedInOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some text\n");

        StoreException e = assertThrows(StoreException.class, () -> HistoryReader.open(text));

        assertTrue(e.getMessage().startsWith("state store " + text), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals("not a database at all, just some text\n", Files.readString(text));
    }
}
