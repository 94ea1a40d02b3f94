package org.luoshi.judgement;

import org.luoshi.plan.PlanEdited;
import org.luoshi.plan.PlanImported;
import org.luoshi.progress.PeriodOpened;
import org.luoshi.progress.ReportsAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-judges a period when its progress changed: after the writer's transaction commits, in a transaction of its
 * own, so that judging never fails or slows down the accept or the import. Each call is a publication in the
 * event registry until it completes; one that failed is re-submitted at the next start.
 *
 * <p>Unlike an {@code @ApplicationModuleListener} it is not asynchronous: it runs on the writer's thread before
 * the request answers, so the page that follows an accept or an import shows the new judgement (docs/decisions.md,
 * issue 13).
 */
@Component
class Rejudging {

    private static final Logger log = LoggerFactory.getLogger(Rejudging.class);

    private final Judgements judgements;

    Rejudging(Judgements judgements) {
        this.judgements = judgements;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReportsAccepted accepted) {
        rejudge(accepted.periodId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PeriodOpened opened) {
        rejudge(opened.periodId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanImported imported) {
        if (imported.periodId() != null) {
            rejudge(imported.periodId());
        }
    }

    /** A task, its units, targets or state changed by hand: every period of the plan may judge it differently. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanEdited edited) {
        judgements.rejudgePlan(edited.planId());
    }

    private void rejudge(long periodId) {
        long start = System.nanoTime();
        judgements.rejudge(periodId);
        log.debug("period {} and the next re-judged in {} ms", periodId, (System.nanoTime() - start) / 1_000_000);
    }
}
