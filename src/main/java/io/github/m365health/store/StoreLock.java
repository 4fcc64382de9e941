package io.github.m365health.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per store: an OS file lock on {@code <state.path>.lock}, held while the store is
 * open, with the holder's pid written in the file for the message the next one gets. Two
 * exporters on one store would each record the same reopens and resolutions. The lock is on a
 * file of its own, not on the database, so readers (backups, reports) open the store as
 * always and never wait. The OS drops the lock with the process, so a {@code kill -9} leaves no
 * stale lock; the file itself stays (deleting it would let two processes lock two different
 * files of the same name).
 */
final class StoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    static StoreLock acquire(Path store) throws StoreException {
        Path file = lockFile(store);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreFile.cannotCreateNextToIt(store, file, e), e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StoreException("state store " + store + " is in use by another exporter" + holder
                        + "; stop that one, or give each exporter its own state.path");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("state store " + store + ": cannot lock " + file + ": " + StoreFile.oneLine(e)
                    + "; check the file and its directory", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // The pid of a process that no longer holds the store would only mislead.
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this very process, e.g. a second store opened on the same path.
            return null;
        }
    }

    /** " (pid N)" from the lock file, or empty where the OS does not let a non-holder read it (Windows). */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("[0-9]{1,19}") ? " (pid " + text + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Locking already failed; that failure is the one worth reporting.
        }
    }
}
