package io.github.m365health.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What makes a file acceptable as the store, and the one-line messages for when it is not. The
 * history is the point of the store, so a file that is unreadable, damaged, someone else's or
 * newer than this code stops startup and is left exactly as it was: never recreated, never
 * "repaired" by dropping what cannot be read.
 */
final class StoreFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private static final String MOVE_ASIDE = "move it aside to start a new history";

    private StoreFile() {
    }

    static void checkBeforeOpening(Path file) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException("state store " + file + " is a directory; set state.path to a file");
        }
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("state store " + file + " cannot be created: directory " + parent
                        + " does not exist; create it or change state.path");
            }
            if (parent != null && onReadOnlyFileSystem(parent)) {
                throw readOnly(file);
            }
            return;
        }
        if (onReadOnlyFileSystem(file)) {
            throw readOnly(file);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new StoreException("state store " + file
                    + " is not readable and writable by this process; fix its owner or permissions");
        }
        if (!startsWithSqliteHeader(file)) {
            throw new StoreException("state store " + file + " is not an SQLite database; restore the store from a backup, or "
                    + MOVE_ASIDE + " (or set state.path to the right file)");
        }
    }

    /** Why a file the store needs beside it ({@code -wal}, {@code -shm}, {@code .lock}) cannot be created. */
    static String cannotCreateNextToIt(Path store, Path file, IOException e) {
        if (file.getParent() != null && onReadOnlyFileSystem(file.getParent())) {
            return readOnly(store).getMessage();
        }
        return "state store " + store + ": cannot create " + file + ": " + oneLine(e)
                + "; the exporter must be able to create files in " + file.getParent() + " (fix its owner or permissions)";
    }

    /** Integrity, ownership and schema version, read before anything is written. */
    static void checkContents(Path file, Connection connection) throws SQLException, StoreException {
        try (Statement statement = connection.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check(5)")) {
                while (check.next()) {
                    problems.add(check.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw damaged(file, String.join("; ", problems));
            }
            int applicationId;
            try (ResultSet id = statement.executeQuery("PRAGMA application_id")) {
                applicationId = id.next() ? id.getInt(1) : 0;
            }
            int version = Migrations.currentVersion(connection);
            boolean hasTables;
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                hasTables = tables.next() && tables.getInt(1) > 0;
            }
            boolean foreign = (applicationId != 0 && applicationId != Migrations.APPLICATION_ID)
                    || (version == 0 && hasTables);
            if (foreign) {
                throw new StoreException("state store " + file
                        + " is an SQLite database of another program; set state.path to a file of its own");
            }
            if (version > Migrations.latestVersion()) {
                throw new StoreException("state store " + file + " has schema version " + version
                        + ", newer than this exporter's " + Migrations.latestVersion()
                        + "; run the release that wrote it, or restore a backup taken before the upgrade");
            }
        }
    }

    static String cannotOpen(Path file, SQLException e) {
        if (e.getErrorCode() == SQLITE_CORRUPT || e.getErrorCode() == SQLITE_NOTADB) {
            return damaged(file, oneLine(e)).getMessage();
        }
        return "state store " + file + " cannot be opened: " + oneLine(e) + "; check the file and its directory";
    }

    /** An exception's message on one line, with the messages of its causes. */
    static String oneLine(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 400; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static StoreException readOnly(Path file) {
        return new StoreException("state store " + file + " is on a read-only file system; mount it read-write, or set"
                + " state.path to a writable location (the store, its -wal, -shm and .lock files are written there)");
    }

    private static boolean onReadOnlyFileSystem(Path path) {
        return ReadOnlyMounts.contains(path);
    }

    private static StoreException damaged(Path file, String detail) {
        return new StoreException("state store " + file + " is damaged (" + detail.replaceAll("\\s+", " ")
                + "); restore it from a backup, or " + MOVE_ASIDE);
    }

    private static boolean startsWithSqliteHeader(Path file) throws StoreException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            // SQLite treats an empty file as a new database.
            return head.length == 0 || Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException("state store " + file + " cannot be read: " + oneLine(e)
                    + "; fix its owner or permissions", e);
        }
    }
}
