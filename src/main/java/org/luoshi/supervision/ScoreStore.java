package org.luoshi.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores rule sets, the facts gathered for each, and extra points. */
@Repository
class ScoreStore {

    /** A stored rule set. */
    record RuleSet(
            long id,
            long governmentId,
            long planId,
            long periodId,
            String name,
            String state,
            Scoring.Rules rules,
            String publishedBy,
            OffsetDateTime publishedAt,
            int version) {
        boolean published() {
            return "published".equals(state);
        }
    }

    private final JdbcClient jdbc;

    ScoreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long governmentId,
            long planId,
            long periodId,
            String name,
            Scoring.Rules r,
            String by,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into score_rule_set (government_id, plan_id, period_id, name, state, w_completed,
                               w_schedule, w_on_time, d_returned, d_overdue, d_lagging, created_by, created_at)
                        values (:g, :plan, :period, :name, 'draft', :wc, :ws, :wt, :dr, :do, :dl, :by, :at)""")
                .param("g", governmentId)
                .param("plan", planId)
                .param("period", periodId)
                .param("name", name)
                .param("wc", r.completed())
                .param("ws", r.schedule())
                .param("wt", r.onTime())
                .param("dr", r.returned())
                .param("do", r.overdue())
                .param("dl", r.lagging())
                .param("by", by)
                .param("at", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void replaceFacts(long ruleSetId, long governmentId, List<Scoring.Facts> facts) {
        jdbc.sql("delete from score_fact where rule_set_id = :s")
                .param("s", ruleSetId)
                .update();
        for (Scoring.Facts f : facts) {
            jdbc.sql("""
                            insert into score_fact (rule_set_id, government_id, unit_id, unit_name, tasks, completed,
                                   judged, on_schedule, reports, on_time, returned, overdue_items, lagging)
                            values (:s, :g, :u, :name, :tasks, :completed, :judged, :onSchedule, :reports, :onTime,
                                    :returned, :overdue, :lagging)""")
                    .param("s", ruleSetId)
                    .param("g", governmentId)
                    .param("u", f.unitId())
                    .param("name", f.unitName())
                    .param("tasks", f.tasks())
                    .param("completed", f.completed())
                    .param("judged", f.judged())
                    .param("onSchedule", f.onSchedule())
                    .param("reports", f.reports())
                    .param("onTime", f.onTime())
                    .param("returned", f.returned())
                    .param("overdue", f.overdueItems())
                    .param("lagging", f.lagging())
                    .update();
        }
    }

    void updateRules(long id, int version, Scoring.Rules r) {
        int n = jdbc.sql("""
                        update score_rule_set set w_completed = :wc, w_schedule = :ws, w_on_time = :wt,
                               d_returned = :dr, d_overdue = :do, d_lagging = :dl, version = version + 1
                        where id = :id and version = :v""")
                .param("wc", r.completed())
                .param("ws", r.schedule())
                .param("wt", r.onTime())
                .param("dr", r.returned())
                .param("do", r.overdue())
                .param("dl", r.lagging())
                .param("id", id)
                .param("v", version)
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    void publish(long id, int version, String by, OffsetDateTime now) {
        int n = jdbc.sql("""
                        update score_rule_set set state = 'published', published_by = :by, published_at = :at,
                               version = version + 1
                        where id = :id and version = :v and state = 'draft'""")
                .param("by", by)
                .param("at", now)
                .param("id", id)
                .param("v", version)
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    void addExtra(long ruleSetId, long governmentId, Scoring.Extra e, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into score_extra (rule_set_id, government_id, unit_id, points, reason, by_user, written_at)
                values (:s, :g, :u, :p, :r, :by, :at)""")
                .param("s", ruleSetId)
                .param("g", governmentId)
                .param("u", e.unitId())
                .param("p", e.points())
                .param("r", e.reason())
                .param("by", by)
                .param("at", now)
                .update();
    }

    Optional<RuleSet> find(long id) {
        return jdbc.sql("""
                        select id, government_id, plan_id, period_id, name, state, w_completed, w_schedule, w_on_time,
                               d_returned, d_overdue, d_lagging, published_by, published_at, version
                        from score_rule_set where id = :id""")
                .param("id", id)
                .query((rs, n) -> new RuleSet(
                        rs.getLong("id"),
                        rs.getLong("government_id"),
                        rs.getLong("plan_id"),
                        rs.getLong("period_id"),
                        rs.getString("name"),
                        rs.getString("state"),
                        new Scoring.Rules(
                                rs.getBigDecimal("w_completed"),
                                rs.getBigDecimal("w_schedule"),
                                rs.getBigDecimal("w_on_time"),
                                rs.getBigDecimal("d_returned"),
                                rs.getBigDecimal("d_overdue"),
                                rs.getBigDecimal("d_lagging")),
                        rs.getString("published_by"),
                        rs.getObject("published_at", OffsetDateTime.class),
                        rs.getInt("version")))
                .optional();
    }

    List<Long> ofPlan(long planId) {
        return jdbc.sql("select id from score_rule_set where plan_id = :p order by id")
                .param("p", planId)
                .query(Long.class)
                .list();
    }

    List<Scoring.Facts> facts(long ruleSetId) {
        return jdbc.sql("""
                        select unit_id, unit_name, tasks, completed, judged, on_schedule, reports, on_time, returned,
                               overdue_items, lagging
                        from score_fact where rule_set_id = :s order by unit_id""").param("s", ruleSetId).query(Scoring.Facts.class).list();
    }

    List<Scoring.Extra> extras(long ruleSetId) {
        return jdbc.sql("select unit_id, points, reason from score_extra where rule_set_id = :s order by id")
                .param("s", ruleSetId)
                .query((rs, n) -> new Scoring.Extra(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3)))
                .list();
    }
}
