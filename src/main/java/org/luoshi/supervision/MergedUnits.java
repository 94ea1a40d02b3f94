package org.luoshi.supervision;

import org.luoshi.plan.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipts, closings and 督办单 of a unit follow it when it is merged into another (inside the merge's transaction).
 * A receipt the surviving unit holds already for the same task is kept, the merged unit's one dropped.
 */
@Component
class MergedUnits {

    private final JdbcClient jdbc;

    MergedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMerged merged) {
        jdbc.sql("""
                        delete from task_receipt where unit_id = :from and task_id in
                          (select r.task_id from task_receipt r where r.unit_id = :into)""").param("from", merged.from()).param("into", merged.into()).update();
        for (String sql : new String[] {
            "update task_receipt set unit_id = :into where unit_id = :from",
            "update task_closure set unit_id = :into where unit_id = :from",
            "update supervision_item set unit_id = :into where unit_id = :from"
        }) {
            jdbc.sql(sql)
                    .param("into", merged.into())
                    .param("from", merged.from())
                    .update();
        }
    }
}
