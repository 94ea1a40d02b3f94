package org.luoshi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.progress.ReportQueries;
import org.luoshi.progress.ReportViews.ReportRow;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers each unit's facts for 年度考评: its tasks and their statuses from the judged period's roll-up (the
 * dashboard's), its reports of every period of the plan (on time, returned) from reporting's work lists, and its
 * overdue 督办单 (still open past the deadline, or closed after it).
 */
@Component
class ScoreFacts {

    private final JudgementQueries judgements;
    private final ReportQueries reports;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScoreFacts(JudgementQueries judgements, ReportQueries reports, JdbcClient jdbc, Clock clock) {
        this.judgements = judgements;
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Scoring.Facts> gather(long planId, Period period, LuoshiUser user) {
        var rollup = judgements.rollup(planId, period.label(), user.scope());
        Map<Long, int[]> byReports = new HashMap<>(); // reports, on time, returned
        for (var p : reports.periods(user)) {
            if (p.planId() != planId) {
                continue;
            }
            for (ReportRow r : reports.period(p.id(), WorkFilter.none(), user)) {
                int[] c = byReports.computeIfAbsent(r.unitId(), k -> new int[3]);
                c[0]++;
                c[1] += r.late() ? 0 : 1;
                c[2] += r.returnReason() == null || r.returnReason().isBlank() ? 0 : 1;
            }
        }
        Map<Long, Integer> overdue = new HashMap<>();
        jdbc.sql("""
                        select i.unit_id, count(*) as n from supervision_item i where i.government_id = :g
                          and ((i.state <> 'closed' and i.deadline < :today)
                               or (i.state = 'closed' and cast(i.closed_at as date) > i.deadline))
                        group by i.unit_id""")
                .param("g", period.governmentId())
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> overdue.put(rs.getLong("unit_id"), rs.getInt("n")))
                .list();
        List<Scoring.Facts> facts = new ArrayList<>();
        for (UnitRollup u : rollup.byUnit()) {
            if (u.unitId() == null) {
                continue;
            }
            Map<String, Integer> s = u.byStatus();
            int notJudged = s.getOrDefault("no_data", 0) + s.getOrDefault("unclear", 0);
            int onSchedule =
                    s.getOrDefault("completed", 0) + s.getOrDefault("ahead", 0) + s.getOrDefault("qualitative", 0);
            int[] r = byReports.getOrDefault(u.unitId(), new int[3]);
            facts.add(new Scoring.Facts(
                    u.unitId(),
                    u.unit(),
                    u.tasks(),
                    s.getOrDefault("completed", 0),
                    u.tasks() - notJudged,
                    onSchedule,
                    r[0],
                    r[1],
                    r[2],
                    overdue.getOrDefault(u.unitId(), 0),
                    s.getOrDefault("behind", 0) + s.getOrDefault("at_risk", 0)));
        }
        return facts;
    }
}
