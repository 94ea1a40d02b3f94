package org.luoshi.dashboard;

import java.util.List;
import java.util.Map;
import org.luoshi.judgement.JudgementViews.RateCounts;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.plan.Government;
import org.luoshi.plan.PlanViews.PlanView;

/**
 * The combined view of one level of the government tree for one year: the government the user stands at, then one
 * page of the governments directly below it (or, for a scope with several tops, a page of those), each with the
 * figures of its plan's dashboard and a way down; the chart and the table beneath it read the same rows. Its size
 * is bounded by the page, whatever the size of the country.
 *
 * @param at           the government the level is of; null at the tops of a scope with several
 * @param ancestry     the governments above {@code at} within the scope, the top first (the way back up)
 * @param query        the search over the level's names and codes, blank for all
 * @param nextAfter    the 行政区划代码 after which the next page starts; null on the last page
 * @param year         the year shown; null when no plan in scope has any year
 * @param years        the years that have plans in scope, latest first
 * @param periodLabel  the period asked for; blank for each plan's own latest period
 * @param periodLabels the period labels of the year's plans, earliest first, for the choice
 * @param mixedPeriods true when the rows show different periods (each plan's own latest)
 */
public record OverviewView(
        Government at,
        List<Government> ancestry,
        String query,
        String nextAfter,
        Integer year,
        List<Integer> years,
        String periodLabel,
        List<String> periodLabels,
        List<Row> rows,
        Totals totals,
        boolean mixedPeriods) {

    /** Why a row has no figures. */
    public enum Gap {
        /** No plan for the year (未导入计划). */
        NO_PLAN,
        /** A plan, but not the period asked for (or no period at all). */
        NO_PERIOD
    }

    /**
     * @param depth    0 for the government of the level (or the tops), 1 for those below it
     * @param children the governments of the scope directly below this one (0: no way further down)
     * @param plan     null when the government has no plan for the year
     * @param rollup   null when there is a gap
     */
    public record Row(
            Government government,
            int depth,
            int children,
            PlanView plan,
            Rollup rollup,
            RateCounts rates,
            int missingReports,
            Gap gap) {

        public boolean hasFigures() {
            return gap == null;
        }

        public int count(String status) {
            return rollup == null
                    ? 0
                    : rollup.byStatus().stream()
                            .filter(s -> s.status().equals(status))
                            .mapToInt(s -> s.count())
                            .sum();
        }

        /** Tasks behind schedule plus tasks at risk. */
        public int behindOrAtRisk() {
            return count("behind") + count("at_risk");
        }
    }

    /** The sums over the rows with figures; the rates are computed from summed counts, not averaged. */
    public record Totals(
            int governments,
            int tasks,
            Map<String, Integer> byStatus,
            RateCounts rates,
            int behindOrAtRisk,
            int missingReports) {

        public int count(String status) {
            return byStatus.getOrDefault(status, 0);
        }
    }
}
