package org.luoshi.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores progress reports; an update whose version is stale changes nothing and raises a conflict. A stored update
 * publishes the events its transitions registered, in the same transaction.
 */
@Repository
class Reports {

    private static final String COLUMNS = """
            select id, government_id, period_id, task_id, unit_id, version, state, body, figures, return_reason,
                   submitted_by, submitted_at, approved_by, approved_at, reviewed_by, reviewed_at, updated_by, updated_at
            from progress_report""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    Reports(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    Optional<ProgressReport> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(Reports::map)
                .optional();
    }

    void insert(ProgressReport r) {
        jdbc.sql("""
                        insert into progress_report (government_id, period_id, task_id, unit_id, state, body, figures,
                                                     updated_at, updated_by, version)
                        values (:gov, :period, :task, :unit, :state, :body, :figures, :at, :by, 0)""")
                .param("gov", r.governmentId())
                .param("period", r.periodId())
                .param("task", r.taskId())
                .param("unit", r.unitId())
                .param("state", r.state().code())
                .param("body", r.text())
                .param("figures", r.figures())
                .param("at", r.updatedAt())
                .param("by", r.updatedBy())
                .update();
    }

    /**
     * Writes the report if nobody changed it since it was read at {@code expectedVersion}.
     *
     * @return the report as now stored (its version one on), without reading it again
     * @throws ReportException a conflict when the stored version differs
     */
    ProgressReport update(ProgressReport r, int expectedVersion) {
        int n = jdbc.sql("""
                        update progress_report set state = :state, body = :body, figures = :figures,
                               return_reason = :reason, submitted_by = :sby, submitted_at = :sat,
                               approved_by = :aby, approved_at = :aat, reviewed_by = :rby, reviewed_at = :rat,
                               updated_by = :uby, updated_at = :uat, version = version + 1
                        where id = :id and version = :version""")
                .param("state", r.state().code())
                .param("body", r.text())
                .param("figures", r.figures())
                .param("reason", r.returnReason())
                .param("sby", r.submittedBy())
                .param("sat", r.submittedAt())
                .param("aby", r.approvedBy())
                .param("aat", r.approvedAt())
                .param("rby", r.reviewedBy())
                .param("rat", r.reviewedAt())
                .param("uby", r.updatedBy())
                .param("uat", r.updatedAt())
                .param("id", r.id())
                .param("version", expectedVersion)
                .update();
        if (n == 0) {
            throw ReportException.conflict();
        }
        r.events().forEach(publisher::publishEvent);
        return r.stored(expectedVersion + 1);
    }

    private static ProgressReport map(ResultSet rs, int row) throws SQLException {
        return ProgressReport.restore(
                rs.getLong("id"),
                rs.getLong("government_id"),
                rs.getLong("period_id"),
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                rs.getInt("version"),
                ReportState.fromCode(rs.getString("state")),
                rs.getString("body"),
                rs.getString("figures"),
                rs.getString("return_reason"),
                rs.getString("submitted_by"),
                time(rs, "submitted_at"),
                rs.getString("approved_by"),
                time(rs, "approved_at"),
                rs.getString("reviewed_by"),
                time(rs, "reviewed_at"),
                rs.getString("updated_by"),
                time(rs, "updated_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
