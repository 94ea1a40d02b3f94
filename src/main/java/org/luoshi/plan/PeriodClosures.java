package org.luoshi.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open or closed state of reporting periods; the reporting module decides who closes and what it locks. */
@Repository
public class PeriodClosures {

    private static final String COLUMNS =
            "select id as period_id, label, closed_at, closed_by, reopened_at, reopened_by, reopen_reason"
                    + " from reporting_period ";

    private final JdbcClient jdbc;

    PeriodClosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PeriodClosure> find(long periodId) {
        return jdbc.sql(COLUMNS + "where id = :id")
                .param("id", periodId)
                .query(PeriodClosure.class)
                .optional();
    }

    /** The state of several periods, by period id; an unknown id is absent. */
    public Map<Long, PeriodClosure> of(Collection<Long> periodIds) {
        Map<Long, PeriodClosure> result = new HashMap<>();
        for (List<Long> chunk : TaskCatalog.chunks(periodIds)) {
            jdbc.sql(COLUMNS + "where id in (:ids)")
                    .param("ids", chunk)
                    .query(PeriodClosure.class)
                    .list()
                    .forEach(c -> result.put(c.periodId(), c));
        }
        return result;
    }

    /**
     * Stores a transition from {@code before}; refused when another request changed the period's state in between
     * (the update is conditional on the state it started from, so two offices closing at once do not both win).
     */
    public void store(PeriodClosure before, PeriodClosure after) {
        int n = jdbc.sql("""
                        update reporting_period set closed_at = :closedAt, closed_by = :closedBy,
                               reopened_at = :reopenedAt, reopened_by = :reopenedBy, reopen_reason = :reason
                        where id = :id and (case when closed_at is null then 0 else 1 end) = :wasClosed""")
                .param("closedAt", after.closedAt())
                .param("closedBy", after.closedBy())
                .param("reopenedAt", after.reopenedAt())
                .param("reopenedBy", after.reopenedBy())
                .param("reason", after.reopenReason())
                .param("id", after.periodId())
                .param("wasClosed", before.closed() ? 1 : 0)
                .update();
        if (n == 0) {
            throw DomainException.of(Kind.CONFLICT, "period.changed", after.label());
        }
    }
}
