package org.luoshi.judgement;

import java.util.HashSet;
import java.util.Set;
import org.luoshi.plan.PeriodData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** At start, judges periods that have progress but no judgement yet (data stored before judgements existed). */
@Component
@ConditionalOnWebApplication
@Order(Ordered.LOWEST_PRECEDENCE)
class JudgementBackfill implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final Judgements judgements;

    JudgementBackfill(JdbcClient jdbc, PeriodData periods, Judgements judgements) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.judgements = judgements;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<Long> judged = new HashSet<>(jdbc.sql("select distinct period_id from judgement")
                .query(Long.class)
                .list());
        periods.periodsWithTasks().stream()
                .filter(p -> !judged.contains(p.id()))
                .forEach(judgements::recompute);
    }
}
