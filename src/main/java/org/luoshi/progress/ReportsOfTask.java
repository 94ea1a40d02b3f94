package org.luoshi.progress;

import org.luoshi.plan.TaskReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A task with progress reports of its units is cancelled, not removed (plan's {@link TaskReferences}). */
@Component
class ReportsOfTask implements TaskReferences {

    private final JdbcClient jdbc;

    ReportsOfTask(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int count(long taskId) {
        return jdbc.sql("select count(*) from progress_report where task_id = :task")
                .param("task", taskId)
                .query(Integer.class)
                .single();
    }
}
