package io.github.m365health.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writes waiting for the store's writer thread. The writer takes whatever has queued up while
 * it committed the previous batch, at most {@code maxBatch} at a time; closing lets it take the
 * rest and then stop, and refuses new writes.
 */
final class WriteQueue {

    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<QueuedWrite> queued = new ArrayDeque<>();
    private boolean closing;
    private int holdUntil;

    WriteQueue(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /** Queues the write, or returns false when the store is closing. */
    boolean offer(QueuedWrite write) {
        lock.lock();
        try {
            if (closing) {
                return false;
            }
            queued.add(write);
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next batch, in queue order; waits for one. Empty only once closing and everything was taken. */
    List<QueuedWrite> nextBatch() {
        lock.lock();
        try {
            // The writer thread is ours and never interrupted; stopping is what close() is for.
            while (!closing && (queued.isEmpty() || queued.size() < holdUntil)) {
                changed.awaitUninterruptibly();
            }
            holdUntil = 0;
            List<QueuedWrite> batch = new ArrayList<>(Math.min(queued.size(), maxBatch));
            while (!queued.isEmpty() && batch.size() < maxBatch) {
                batch.add(queued.poll());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** For tests: the next batch starts only once this many writes are queued (or the store closes). */
    void holdNextBatchUntil(int writes) {
        lock.lock();
        try {
            holdUntil = writes;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** For tests: waits until this many writes are queued and not yet taken. */
    void awaitQueued(int writes) throws InterruptedException {
        lock.lock();
        try {
            while (queued.size() < writes) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
