package org.luoshi.judgement;

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
        jdbc.sql("""
                        select rp.id from reporting_period rp
                        where not exists (select 1 from judgement j where j.period_id = rp.id)
                          and exists (select 1 from task t where t.plan_id = rp.plan_id)
                        order by rp.end_date""").query(Long.class).list().forEach(id -> periods.period(id).ifPresent(judgements::recompute));
    }
}
