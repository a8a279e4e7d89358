package dev.robson.server.portfolio;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Callers asking for the same key at the same time share one read, and every caller gets a read
 * that <em>began after it asked</em>: a trader who has just moved a stop never sees the list from
 * before the move. A caller that arrives while a read is under way waits for it to end, then
 * either takes the result of a read that began after its arrival (one later caller did it for
 * all who were waiting) or makes that read itself.
 *
 * <p>So one tenant polled from many screens costs at most one valuation at a time however fast
 * it is asked, and under a burst the work per answer falls instead of piling up: each read
 * serves everyone who was waiting when it began. A read that fails is not shared; each waiter
 * then reads for itself. Nothing is kept once nobody waits.
 */
final class SharedFreshReads<K, V> {

    private final ConcurrentMap<K, Slot<V>> slots = new ConcurrentHashMap<>();

    V read(K key, Supplier<V> reader) {
        Slot<V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        slot.waiting.incrementAndGet();
        long ticket = slot.asked.incrementAndGet();
        slot.lock.lock();
        try {
            if (slot.servedUpTo >= ticket) {
                return slot.last;
            }
            // Every caller with a ticket up to here asked before this read begins.
            long covers = slot.asked.get();
            V value = reader.get();
            slot.last = value;
            slot.servedUpTo = covers;
            return value;
        } finally {
            if (slot.waiting.decrementAndGet() == 0) {
                // Anyone who could still take the last result has already counted itself in. A
                // caller that found this slot just before it goes reads for itself: still fresh.
                slot.last = null;
                slots.remove(key, slot);
            }
            slot.lock.unlock();
        }
    }

    private static final class Slot<V> {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicLong asked = new AtomicLong();
        final AtomicInteger waiting = new AtomicInteger();
        // Guarded by lock.
        long servedUpTo;
        V last;
    }
}
