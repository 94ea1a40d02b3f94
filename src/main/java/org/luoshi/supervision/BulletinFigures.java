package org.luoshi.supervision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.Lead;
import org.springframework.stereotype.Component;

/**
 * The figures of a bulletin, read from the same roll-up the dashboard shows ({@link JudgementQueries#rollup}), so
 * that both say the same for a period: totals by status, the units ranked by on-schedule then on-time rate, the
 * lagging and at-risk tasks with the judgement's reason, the units with reports missing, and the open 督办单.
 */
@Component
class BulletinFigures {

    /** One row of a bulletin's tables, its columns in the order of {@code bulletin_row}. */
    record Line(String kind, List<String> cells) {}

    /** The figures as generated, by kind, each list in the order printed. */
    record Figures(
            int tasks, List<Line> statuses, List<Line> units, List<Line> lagging, List<Line> silent, List<Line> items) {
        List<Line> all() {
            List<Line> all = new ArrayList<>(statuses);
            all.addAll(units);
            all.addAll(lagging);
            all.addAll(silent);
            all.addAll(items);
            return all;
        }
    }

    private final JudgementQueries judgements;
    private final TaskCatalog catalog;
    private final SupervisionQueries queries;

    BulletinFigures(JudgementQueries judgements, TaskCatalog catalog, SupervisionQueries queries) {
        this.judgements = judgements;
        this.catalog = catalog;
        this.queries = queries;
    }

    Figures of(long planId, String periodLabel, LuoshiUser user) {
        Rollup rollup = judgements.rollup(planId, periodLabel, user.scope());
        List<Line> statuses = rollup.byStatus().stream()
                .map(s -> new Line("status", List.of(s.label(), Integer.toString(s.count()), plain(s.share()))))
                .toList();
        List<Line> units = rollup.byUnit().stream()
                .sorted(Comparator.comparing((UnitRollup u) -> orZero(u.onScheduleRate()))
                        .thenComparing(u -> orZero(u.onTimeRate()))
                        .reversed()
                        .thenComparing(UnitRollup::unit))
                .map(u -> new Line(
                        "unit",
                        List.of(
                                u.unit(),
                                Integer.toString(u.tasks()),
                                plain(u.onTimeRate()),
                                plain(u.onScheduleRate()))))
                .toList();
        List<Line> silent = rollup.byUnit().stream()
                .filter(u -> u.onTimeRate() != null && u.onTimeRate().compareTo(BigDecimal.ONE) < 0)
                .sorted(Comparator.comparing(UnitRollup::onTimeRate).thenComparing(UnitRollup::unit))
                .map(u -> new Line("silent", List.of(u.unit(), Integer.toString(u.tasks()), plain(u.onTimeRate()))))
                .toList();
        Map<Long, List<Lead>> leads = catalog.leadsOf(List.of(planId));
        List<Line> lagging = new ArrayList<>();
        for (JudgementView j :
                judgements.forPeriod(rollup.periodId(), user.scope()).values()) {
            if (!"behind".equals(j.status()) && !"at_risk".equals(j.status())) {
                continue;
            }
            String unit = String.join(
                    "\u3001",
                    leads.getOrDefault(j.taskId(), List.of()).stream()
                            .map(Lead::unitName)
                            .toList());
            lagging.add(new Line("lagging", List.of(j.number(), j.content(), unit, j.statusLabel(), j.reason())));
        }
        long governmentId = judgements.period(planId, periodLabel, user.scope()).governmentId();
        List<Line> items = queries.items(user, true).stream()
                .filter(i -> i.governmentId() == governmentId)
                .map(i -> new Line(
                        "item",
                        List.of(
                                i.docNumber(),
                                i.content(),
                                i.unitName(),
                                i.deadline().toString(),
                                i.state())))
                .toList();
        return new Figures(rollup.tasks(), statuses, units, lagging, silent, items);
    }

    private static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.valueOf(-1) : b;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }
}
