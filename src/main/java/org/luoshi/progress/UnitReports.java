package org.luoshi.progress;

import org.luoshi.DomainException;
import org.luoshi.plan.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A unit's reports follow it when it is merged into another (inside the merge's transaction); two reports of the
 * same task and period, one of each unit, cannot become one, so such a merge is refused and rolls back.
 */
@Component
class UnitReports {

    private final JdbcClient jdbc;

    UnitReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMerged merged) {
        int clashes = jdbc.sql("""
                        select count(*) from progress_report a join progress_report b
                          on a.period_id = b.period_id and a.task_id = b.task_id
                        where a.unit_id = :into and b.unit_id = :from""")
                .param("into", merged.into())
                .param("from", merged.from())
                .query(Integer.class)
                .single();
        if (clashes > 0) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "progress.both-units-have-report");
        }
        jdbc.sql("update progress_report set unit_id = :into where unit_id = :from")
                .param("into", merged.into())
                .param("from", merged.from())
                .update();
    }
}
