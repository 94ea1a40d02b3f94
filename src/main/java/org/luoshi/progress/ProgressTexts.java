package org.luoshi.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PeriodWriter;
import org.luoshi.plan.TaskCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts between reports and a period's progress: what a new period's drafts start from, and what accepted
 * reports make of a task's progress (written through the plan's {@link PeriodWriter}, then {@link ReportsAccepted}).
 */
@Component
class ProgressTexts {

    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final PeriodWriter periodWriter;
    private final TaskCatalog catalog;
    private final ApplicationEventPublisher events;

    ProgressTexts(
            JdbcClient jdbc,
            PeriodData periods,
            PeriodWriter periodWriter,
            TaskCatalog catalog,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.periodWriter = periodWriter;
        this.catalog = catalog;
        this.events = events;
    }

    /** Last period's text per "task:unit" (the unit's own report) and per "task:" (the task's progress). */
    Map<String, String> carried(Period period) {
        Map<String, String> carried = new HashMap<>();
        periods.previous(period).ifPresent(previous -> {
            periods.tasks(previous).forEach(t -> carried.put(t.taskId() + ":", t.progress()));
            jdbc.sql("select task_id, unit_id, body from progress_report where period_id = :p and body <> ''")
                    .param("p", previous.id())
                    .query((rs, i) -> carried.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getString(3)))
                    .list();
        });
        return carried;
    }

    /** Tells whoever judges that the period is open, so that its tasks stand as 未报送 until reports come in. */
    void opened(Period period) {
        events.publishEvent(new PeriodOpened(period.governmentId(), period.planId(), period.id()));
    }

    /** The accepted reports of each task (several lead units: each under its name) become its progress. */
    void writeAccepted(long periodId, List<Long> taskIds) {
        Period period = periods.period(periodId).orElseThrow();
        for (long taskId : taskIds) {
            periodWriter.writeProgress(period.governmentId(), taskId, period.id(), acceptedText(periodId, taskId));
        }
        events.publishEvent(new ReportsAccepted(period.governmentId(), period.planId(), period.id(), taskIds));
    }

    private String acceptedText(long periodId, long taskId) {
        record Accepted(long unitId, String body, String figures) {}
        List<Accepted> accepted = jdbc.sql("""
                        select r.unit_id, r.body, r.figures from progress_report r
                        where r.period_id = :p and r.task_id = :t and r.state = 'accepted' order by r.id""")
                .param("p", periodId)
                .param("t", taskId)
                .query(Accepted.class)
                .list();
        Map<Long, String> units =
                catalog.unitNames(accepted.stream().map(Accepted::unitId).toList());
        StringBuilder text = new StringBuilder();
        for (Accepted a : accepted) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(accepted.size() > 1 ? units.get(a.unitId()) + ":" : "").append(a.body());
            if (!a.figures().isBlank()) {
                text.append('\n').append(a.figures());
            }
        }
        return text.toString();
    }
}
