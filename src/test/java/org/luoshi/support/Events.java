package org.luoshi.support;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the asynchronous event listeners: a publication is a row of {@code event_publication} until its
 * listener completed (completion mode "delete"), so no row left means every listener is done.
 */
public final class Events {

    private Events() {}

    /** @throws AssertionError when publications are still outstanding after ten seconds */
    public static void awaitCompleted(JdbcClient jdbc) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (outstanding(jdbc) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(outstanding(jdbc) + " event publications still outstanding");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static int outstanding(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication")
                .query(Integer.class)
                .single();
    }
}
