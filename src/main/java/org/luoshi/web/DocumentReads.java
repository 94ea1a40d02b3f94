package org.luoshi.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many uploaded documents this instance holds in memory and reads at once (each up to 20 MB, and its parse
 * several times that): beyond {@code luoshi.documents.concurrent-reads} a new upload, preview or commit is answered
 * 503 with Retry-After instead of queueing in the heap. A bound of the instance's own heap, so it lives in the JVM.
 * A lease not given back (a job the executor refused never runs its {@code finally}) lapses after
 * {@code luoshi.documents.read-lease}.
 */
@Component
public class DocumentReads {

    /** Thrown when every lease is taken. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("document reads busy", null, false, false);
        }
    }

    /** One document held; closing it (more than once is harmless) frees its place. */
    public final class Lease implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                synchronized (DocumentReads.this) {
                    leases.remove(this);
                }
            }
        }
    }

    private final Map<Lease, Instant> leases = new HashMap<>();
    private final int capacity;
    private final Duration lapse;
    private final Clock clock;

    DocumentReads(
            @Value("${luoshi.documents.concurrent-reads:2}") int capacity,
            @Value("${luoshi.documents.read-lease:15m}") Duration lapse,
            Clock clock) {
        this.capacity = Math.max(1, capacity);
        this.lapse = lapse;
        this.clock = clock;
    }

    public synchronized Lease acquire() {
        Instant now = clock.instant();
        leases.values().removeIf(expiry -> expiry.isBefore(now));
        if (leases.size() >= capacity) {
            throw new Busy();
        }
        Lease lease = new Lease();
        leases.put(lease, now.plus(lapse));
        return lease;
    }
}
