package org.luoshi.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.luoshi.Sort;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.progress.ReportViews.PeriodRow;
import org.luoshi.progress.ReportViews.ReportRow;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work lists of reports. Every query binds the caller's scope; reporters and approvers are further bound to
 * their unit, so a unit never lists another unit's reports.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    private static final String ROWS = """
            select r.id, r.period_id, rp.label as period_label, rp.due_date, r.task_id, t.number as task_number,
                   t.seq as task_seq, t.content as task_content, r.unit_id, u.name as unit_name, r.state, r.version,
                   r.submitted_at, r.return_reason, r.updated_at
            from progress_report r join reporting_period rp on rp.id = r.period_id join task t on t.id = r.task_id
            join unit u on u.id = r.unit_id
            where (:all or r.government_id in (:govs)) and (:ownUnit = -1 or r.unit_id = :ownUnit)
            """;

    private final JdbcClient jdbc;
    private final JudgementQueries judgements;
    private final Clock clock;

    ReportQueries(JdbcClient jdbc, JudgementQueries judgements, Clock clock) {
        this.jdbc = jdbc;
        this.judgements = judgements;
        this.clock = clock;
    }

    /** All reports of a period the caller may see, filtered; ordered as the plan prints its tasks. */
    public List<ReportRow> period(long periodId, WorkFilter filter, LuoshiUser user) {
        return period(periodId, filter, ReportSort.parse(null, null), user);
    }

    /** All reports of a period the caller may see, filtered and sorted by a whitelisted {@link ReportSort}. */
    public List<ReportRow> period(long periodId, WorkFilter filter, Sort<ReportSort> sort, LuoshiUser user) {
        record Row(
                long id,
                long periodId,
                String periodLabel,
                LocalDate dueDate,
                long taskId,
                String taskNumber,
                int taskSeq,
                String taskContent,
                long unitId,
                String unitName,
                String state,
                int version,
                java.time.OffsetDateTime submittedAt,
                String returnReason,
                java.time.OffsetDateTime updatedAt) {}
        List<Row> rows = jdbc.sql(ROWS + """
                          and r.period_id = :period and (:unit = -1 or r.unit_id = :unit) and (:state = '' or r.state = :state)
                        order by""" + " " + sort.orderBy())
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .param("period", periodId)
                .param("unit", filter.unitId() == null ? -1 : filter.unitId())
                .param("state", filter.state())
                .query(Row.class)
                .list();
        Map<Long, JudgementView> judged = judgements.forPeriod(periodId, user.scope());
        LocalDate today = LocalDate.now(clock);
        return rows.stream()
                .map(r -> {
                    JudgementView j = judged.get(r.taskId());
                    ReportState state = ReportState.fromCode(r.state());
                    boolean late = r.dueDate() != null
                            && (r.submittedAt() == null || state.editable()
                                    ? today.isAfter(r.dueDate())
                                    : r.submittedAt().toLocalDate().isAfter(r.dueDate()));
                    return new ReportRow(
                            r.id(),
                            r.periodId(),
                            r.periodLabel(),
                            r.dueDate(),
                            r.taskId(),
                            r.taskNumber(),
                            r.taskSeq(),
                            r.taskContent(),
                            r.unitId(),
                            r.unitName(),
                            r.state(),
                            state.zh(),
                            r.version(),
                            r.submittedAt(),
                            late,
                            j == null ? "" : j.status(),
                            j == null ? "" : j.statusLabel(),
                            r.returnReason(),
                            r.updatedAt());
                })
                .filter(r -> filter.late() == null || filter.late() == r.late())
                .filter(r -> filter.status().isEmpty() || filter.status().equals(r.status()))
                .toList();
    }

    /** One report as a row, if the caller may see it. */
    public java.util.Optional<ReportRow> row(long reportId, LuoshiUser user) {
        Long periodId = jdbc.sql(ROWS.replace("select r.id,", "select r.period_id as pid, r.id,") + " and r.id = :id")
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .param("id", reportId)
                .query((rs, i) -> rs.getLong("pid"))
                .optional()
                .orElse(null);
        if (periodId == null) {
            return java.util.Optional.empty();
        }
        return period(periodId, WorkFilter.none(), user).stream()
                .filter(r -> r.id() == reportId)
                .findFirst();
    }

    /** The periods with reports the caller may see, latest first. */
    public List<PeriodRow> periods(LuoshiUser user) {
        return jdbc.sql("""
                        select rp.id, rp.plan_id, p.title as plan_title, rp.label, rp.end_date, rp.due_date,
                               count(r.id) as reports,
                               sum(case when r.state = 'accepted' then 1 else 0 end) as accepted,
                               sum(case when r.state in ('draft', 'returned') then 1 else 0 end) as pending
                        from reporting_period rp join plan p on p.id = rp.plan_id
                        join progress_report r on r.period_id = rp.id
                        where (:all or r.government_id in (:govs)) and (:ownUnit = -1 or r.unit_id = :ownUnit)
                        group by rp.id, rp.plan_id, p.title, rp.label, rp.end_date, rp.due_date
                        order by rp.end_date desc, rp.id desc""")
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .query(PeriodRow.class)
                .list();
    }

    /** Reporters and approvers see their unit only; -1 binds "no unit restriction". */
    private static long ownUnit(LuoshiUser user) {
        return switch (user.role()) {
            case REPORTER, APPROVER -> user.unitId() == null ? -2 : user.unitId();
            default -> -1;
        };
    }
}
