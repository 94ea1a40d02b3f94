package org.luoshi.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.luoshi.job.Jobs;
import org.luoshi.plan.PlanImported;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's counters and gauges, named {@code luoshi.*} ({@code luoshi_*} in Prometheus). Counters are per
 * instance, as Prometheus expects (it sums them); the queue gauges read the database, so every instance reports the
 * same shared queue.
 */
@Component
class LuoshiMetrics {

    private final Counter imports;

    LuoshiMetrics(ObjectProvider<MeterRegistry> meters, Jobs jobs) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.imports = Counter.builder("luoshi.imports")
                .description("documents imported into a plan (committed)")
                .register(registry);
        Gauge.builder("luoshi.jobs.unfinished", jobs, Jobs::unfinished)
                .description("background jobs queued or running, all instances")
                .register(registry);
    }

    /** Counted when the import commits: a rolled-back import did not happen. */
    @EventListener
    void imported(PlanImported event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    imports.increment();
                }
            });
        } else {
            imports.increment();
        }
    }
}
