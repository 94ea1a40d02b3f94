package org.luoshi.judgement;

import java.util.HashMap;
import java.util.Map;
import org.luoshi.assessment.Status;
import org.luoshi.plan.Scope;
import org.luoshi.progress.TaskStatuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The status in force of a period's tasks for the reporting work list (see {@link TaskStatuses}). */
@Component
class WorkListStatuses implements TaskStatuses {

    private final JdbcClient jdbc;

    WorkListStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, InForce> inForce(long periodId, Scope scope) {
        Map<Long, InForce> result = new HashMap<>();
        jdbc.sql("""
                        select j.task_id, coalesce(j.override_status, j.status) from judgement j
                        where j.period_id = :p and (:all or j.government_id in (:govs))""")
                .param("p", periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> {
                    Status s = Status.fromCode(rs.getString(2));
                    return result.put(rs.getLong(1), new InForce(s.code(), s.label()));
                })
                .list();
        return result;
    }
}
