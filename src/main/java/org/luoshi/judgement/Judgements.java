package org.luoshi.judgement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.assessment.Assessment;
import org.luoshi.assessment.PeriodFinding;
import org.luoshi.assessment.PeriodFindings;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.assessment.TaskPeriod;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PeriodData.PeriodTask;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes every task's status for a period and the period's findings, and stores them: after the change of
 * progress commits ({@link Rejudging}), with the rules configured for the application.
 */
@Service
class Judgements {

    private final QuantityExtractor quantities = new QuantityExtractor();
    private final Rules rules;
    private final PeriodFindings periodFindings = new PeriodFindings();
    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final Clock clock;

    Judgements(JdbcClient jdbc, PeriodData periods, Rules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.periods = periods;
        this.clock = clock;
    }

    /** Judges the period again, and the next one, which compares itself with it. */
    @Transactional
    public void rejudge(long periodId) {
        periods.period(periodId).ifPresent(p -> {
            recompute(p);
            // The next period compares itself with this one (unchanged text, implausible jumps).
            periods.periods(p.planId()).stream()
                    .filter(next -> next.endDate().isAfter(p.endDate()))
                    .findFirst()
                    .ifPresent(this::recompute);
        });
    }

    /** Judges every period of the plan again, oldest first (each compares itself with the one before). */
    @Transactional
    public void rejudgePlan(long planId) {
        periods.periods(planId).forEach(this::recompute);
    }

    /** Recomputes the judgements and findings of one period; overrides are kept. */
    @Transactional
    public void recompute(Period period) {
        List<TaskPeriod> current = judge(period);
        Map<Long, TaskPeriod> previous = new HashMap<>();
        Optional<Period> before = periods.previous(period);
        before.ifPresent(p -> judge(p, false).forEach(t -> previous.put(t.taskId(), t)));
        List<PeriodFinding> found = periodFindings.find(
                current, previous, before.map(Period::label).orElse(""), period.dueDate(), LocalDate.now(clock));
        jdbc.sql("delete from period_finding where period_id = :period")
                .param("period", period.id())
                .update();
        int seq = 0;
        for (PeriodFinding f : found) {
            jdbc.sql("""
                    insert into period_finding (government_id, period_id, task_id, seq, kind, message, code, args)
                    values (:gov, :period, :task, :seq, :kind, :message, :code, :args)""")
                    .param("gov", period.governmentId())
                    .param("period", period.id())
                    .param("task", f.taskId())
                    .param("seq", seq++)
                    .param("kind", f.kind())
                    .param("message", clip(f.message(), 2000))
                    .param("code", f.text() == null ? null : f.text().key())
                    .param("args", f.text() == null ? null : clip(f.text().storedArgs(), 2000))
                    .update();
        }
    }

    private List<TaskPeriod> judge(Period period) {
        return judge(period, true);
    }

    private List<TaskPeriod> judge(Period period, boolean store) {
        List<TaskPeriod> result = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PeriodTask task : periods.tasks(period)) {
            List<Quantity> actuals = quantities.actuals(task.progress(), task.targets(), task.content());
            TaskFacts facts =
                    new TaskFacts(task.content(), task.targets(), task.progress(), actuals, period.expectedShare());
            Assessment assessment = task.progress().isBlank() ? rules.notReported() : rules.assess(facts);
            if (store) {
                store(
                        period,
                        task.taskId(),
                        assessment,
                        Facts.json(facts, assessment),
                        !task.progress().isEmpty(),
                        now);
            }
            result.add(new TaskPeriod(
                    task.taskId(), task.number(), task.targets(), task.progress(), actuals, assessment.status()));
        }
        return result;
    }

    /** @param reported whether the task has progress for the period (as {@code progress_entry.text <> ''}) */
    private void store(Period period, long taskId, Assessment a, String facts, boolean reported, OffsetDateTime now) {
        int updated = jdbc.sql("""
                        update judgement set status = :status, reason = :reason, signal = :signal, gap = :gap,
                               facts = :facts, reported = :reported, computed_at = :now
                        where task_id = :task and period_id = :period""")
                .param("status", a.status().code())
                .param("reason", clip(a.reason(), 4000))
                .param("signal", a.signal().name())
                .param("gap", a.gap())
                .param("facts", clip(facts, 20000))
                .param("reported", reported)
                .param("now", now)
                .param("task", taskId)
                .param("period", period.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into judgement (government_id, task_id, period_id, status, reason, signal, gap, facts,
                                                   reported, computed_at)
                            values (:gov, :task, :period, :status, :reason, :signal, :gap, :facts, :reported, :now)""")
                    .param("gov", period.governmentId())
                    .param("task", taskId)
                    .param("period", period.id())
                    .param("status", a.status().code())
                    .param("reason", clip(a.reason(), 4000))
                    .param("signal", a.signal().name())
                    .param("gap", a.gap())
                    .param("facts", clip(facts, 20000))
                    .param("reported", reported)
                    .param("now", now)
                    .update();
        }
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
