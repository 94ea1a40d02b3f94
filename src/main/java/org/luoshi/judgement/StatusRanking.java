package org.luoshi.judgement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.assessment.Status;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.TaskRanking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Ranks a plan's tasks by the status in force in its latest period, from the most to the least worrying. */
@Component
class StatusRanking implements TaskRanking {

    private static final List<Status> WORRY_FIRST = List.of(
            Status.AT_RISK,
            Status.BEHIND,
            Status.NOT_REPORTED,
            Status.UNCLEAR,
            Status.NO_DATA,
            Status.QUALITATIVE,
            Status.AHEAD,
            Status.COMPLETED);

    private final JdbcClient jdbc;
    private final PeriodData periods;

    StatusRanking(JdbcClient jdbc, PeriodData periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> rank(long planId) {
        Map<Long, Integer> ranks = new HashMap<>();
        List<Period> all = periods.periods(planId);
        if (all.isEmpty()) {
            return ranks;
        }
        jdbc.sql("select task_id, coalesce(override_status, status) from judgement where period_id = :p")
                .param("p", all.get(all.size() - 1).id())
                .query((rs, i) -> ranks.put(rs.getLong(1), WORRY_FIRST.indexOf(Status.fromCode(rs.getString(2)))))
                .list();
        return ranks;
    }
}
