package org.luoshi.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.assessment.Status;
import org.luoshi.dashboard.OverviewView.Gap;
import org.luoshi.dashboard.OverviewView.Row;
import org.luoshi.dashboard.OverviewView.Totals;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.PlanRollup;
import org.luoshi.judgement.JudgementViews.RateCounts;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.plan.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles one level of the combined view for one year: a government and one page of those directly below it (a
 * leader drills down province → cities → counties, with paging and search at each level). It takes a fixed number
 * of queries bounded by the page (years, the level's governments, their plans and periods, one roll-up query for
 * all the chosen periods and one for their missing reports), whatever the size of the country, and every figure
 * comes from {@link JudgementQueries}, as on each plan's dashboard.
 */
@Service
@Transactional(readOnly = true)
public class Overviews {

    private final PlanQueries plans;
    private final Governments governments;
    private final PeriodData periods;
    private final JudgementQueries judgements;

    Overviews(PlanQueries plans, Governments governments, PeriodData periods, JudgementQueries judgements) {
        this.plans = plans;
        this.governments = governments;
        this.periods = periods;
        this.judgements = judgements;
    }

    /** Governments on one page of a level. */
    public static final int PAGE = 50;

    /**
     * @param year        null for the latest year that has plans in scope
     * @param periodLabel null or blank for each plan's latest period
     * @param at          the government whose level to show; null (or one outside the scope) for the scope's top
     * @param query       blank, or a part of the names or codes of the level's governments
     * @param after       blank for the first page, or the {@code nextAfter} of the previous one
     */
    public OverviewView of(Integer year, String periodLabel, Scope scope, Long at, String query, String after) {
        String label = periodLabel == null ? "" : periodLabel.strip();
        String q = query == null ? "" : query.strip();
        List<Integer> years = plans.years(scope);
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);

        Government current =
                at == null || !scope.allows(at) ? null : governments.byId(at).orElse(null);
        if (current == null) {
            List<Government> tops = governments.tops(scope, 2);
            current = tops.size() == 1 ? tops.get(0) : null;
        }
        List<Government> level = new ArrayList<>();
        List<Government> page;
        if (current != null) {
            level.add(current);
            page = governments.children(current.id(), scope, q, after, PAGE + 1);
        } else {
            page = governments.tops(scope, PAGE + 1).stream()
                    .filter(g -> (after == null || g.code().compareTo(after) > 0)
                            && (q.isEmpty() || g.name().contains(q) || g.code().contains(q)))
                    .toList();
        }
        String nextAfter = page.size() > PAGE ? page.get(PAGE - 1).code() : null;
        level.addAll(page.subList(0, Math.min(page.size(), PAGE)));
        List<Long> ids = level.stream().map(Government::id).toList();
        Map<Long, Integer> below = governments.childCounts(ids, scope);

        Map<Long, PlanView> planOf = new LinkedHashMap<>();
        if (shown != null) {
            plans.plansOf(ids, shown, scope).forEach(p -> planOf.putIfAbsent(p.governmentId(), p));
        }
        List<Period> ofPlans =
                periods.periodsOf(planOf.values().stream().map(PlanView::id).toList());
        Map<Long, PlanRollup> rollups = judgements.rollups(ofPlans, label, scope);

        List<Row> rows = new ArrayList<>();
        for (Placed g : treeOrder(level)) {
            PlanView plan = planOf.get(g.government().id());
            PlanRollup r = plan == null ? null : rollups.get(plan.id());
            Gap gap = plan == null ? Gap.NO_PLAN : r == null ? Gap.NO_PERIOD : null;
            rows.add(new Row(
                    g.government(),
                    g.depth(),
                    below.getOrDefault(g.government().id(), 0),
                    plan,
                    r == null ? null : r.rollup(),
                    r == null ? RateCounts.NONE : r.rates(),
                    r == null ? 0 : r.missingReports(),
                    gap));
        }
        Set<String> labels = new LinkedHashSet<>();
        ofPlans.stream().sorted(Comparator.comparing(Period::endDate)).forEach(p -> labels.add(p.label()));
        boolean mixed = rows.stream()
                        .filter(Row::hasFigures)
                        .map(r -> r.rollup().periodLabel())
                        .distinct()
                        .count()
                > 1;
        List<Government> ancestry = current == null
                ? List.of()
                : governments.ancestry(current.id()).stream()
                        .filter(g -> scope.allows(g.id()))
                        .toList();
        return new OverviewView(
                current, ancestry, q, nextAfter, shown, years, label, List.copyOf(labels), rows, totals(rows), mixed);
    }

    private static Totals totals(List<Row> rows) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        RateCounts rates = RateCounts.NONE;
        int governments = 0;
        int tasks = 0;
        int lagging = 0;
        int missing = 0;
        for (Row r : rows.stream().filter(Row::hasFigures).toList()) {
            governments++;
            tasks += r.rollup().tasks();
            for (Status s : Status.values()) {
                byStatus.merge(s.code(), r.count(s.code()), Integer::sum);
            }
            rates = rates.plus(r.rates());
            lagging += r.behindOrAtRisk();
            missing += r.missingReports();
        }
        return new Totals(governments, tasks, byStatus, rates, lagging, missing);
    }

    record Placed(Government government, int depth) {}

    /**
     * The governments depth first, each followed by those below it (by 行政区划代码); the top ones are those whose
     * parent is not in the list: for a leader, its own government.
     */
    static List<Placed> treeOrder(List<Government> visible) {
        Set<Long> ids = new HashSet<>();
        visible.forEach(g -> ids.add(g.id()));
        Map<Long, List<Government>> children = new LinkedHashMap<>();
        List<Government> tops = new ArrayList<>();
        for (Government g :
                visible.stream().sorted(Comparator.comparing(Government::code)).toList()) {
            if (g.parentId() != null && ids.contains(g.parentId())) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            } else {
                tops.add(g);
            }
        }
        List<Placed> result = new ArrayList<>();
        tops.forEach(g -> place(g, 0, children, result));
        return result;
    }

    private static void place(Government g, int depth, Map<Long, List<Government>> children, List<Placed> into) {
        into.add(new Placed(g, depth));
        children.getOrDefault(g.id(), List.of()).forEach(c -> place(c, depth + 1, children, into));
    }
}
