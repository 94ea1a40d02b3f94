package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.progress.ClosedTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closings in force for the work lists: a task is closed while its closing is in state closed. */
@Component
@Transactional(readOnly = true)
class ClosedTaskList implements ClosedTasks {

    private final JdbcClient jdbc;

    ClosedTaskList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, LocalDate> closedOn(Collection<Long> taskIds) {
        Map<Long, LocalDate> closed = new HashMap<>();
        List<Long> ids = List.copyOf(new java.util.HashSet<>(taskIds));
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select task_id, closed_on from task_closure where state = 'closed' and task_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> closed.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .list();
        }
        return closed;
    }
}
