package org.luoshi.web;

import java.util.List;
import java.util.function.LongSupplier;
import org.luoshi.DomainException;
import org.luoshi.plan.PlanViews.PeriodView;

/** Which of a plan's periods a page shows: the one the reader chose, else the plan's current one. */
final class PeriodChoice {

    private PeriodChoice() {}

    /**
     * @param chosen the period id from the request, or null
     * @param current the plan's current period (asked only when nothing was chosen and the plan has periods)
     * @return null when the plan has no period
     */
    static PeriodView of(List<PeriodView> periods, Long chosen, LongSupplier current) {
        if (periods.isEmpty()) {
            if (chosen != null) {
                throw DomainException.of(DomainException.Kind.NOT_FOUND, "period-not-found", Long.toString(chosen));
            }
            return null;
        }
        long id = chosen != null ? chosen : current.getAsLong();
        return periods.stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() ->
                        DomainException.of(DomainException.Kind.NOT_FOUND, "period-not-found", Long.toString(id)));
    }
}
