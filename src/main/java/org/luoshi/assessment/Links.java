package org.luoshi.assessment;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * Which reported actuals measure which target. A completion share whose metric fits no target
 * ("省“4+1”重点项目投资完成率84.3%") is kept apart: it still tells how the task's parts are going.
 *
 * @param byTarget  for each target, in order, the actuals that measure it
 * @param looseShares completion shares that measure no single target
 */
record Links(List<List<Quantity>> byTarget, List<Quantity> looseShares) {

    static Links of(List<Quantity> targets, List<Quantity> actuals, double metricMatch) {
        List<List<Quantity>> byTarget = new ArrayList<>();
        targets.forEach(t -> byTarget.add(new ArrayList<>()));
        List<Quantity> loose = new ArrayList<>();
        for (Quantity actual : actuals) {
            int target = actual.kind() == QuantityKind.COMPLETION
                    ? shareTarget(targets, actual, metricMatch)
                    : figureTarget(targets, actual, metricMatch);
            if (target >= 0) {
                byTarget.get(target).add(actual);
            } else if (actual.kind() == QuantityKind.COMPLETION) {
                loose.add(actual);
            }
        }
        return new Links(byTarget.stream().map(List::copyOf).toList(), List.copyOf(loose));
    }

    /** A share belongs to the target it names; to a sole target when it names nothing. */
    private static int shareTarget(List<Quantity> targets, Quantity share, double metricMatch) {
        if (share.metric().isBlank()) {
            return targets.size() == 1 ? 0 : -1;
        }
        int best = best(targets, share, null);
        return best >= 0 && Metrics.likeness(targets.get(best), share) >= metricMatch ? best : -1;
    }

    /**
     * A figure belongs to the comparable target whose metric it resembles most. A sole comparable target takes
     * it unless both metrics are written and share nothing (一网通办率 does not measure a 就近办比例).
     */
    private static int figureTarget(List<Quantity> targets, Quantity actual, double metricMatch) {
        List<Integer> comparable = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (Metrics.comparable(targets.get(i), actual)) {
                comparable.add(i);
            }
        }
        if (comparable.isEmpty()) {
            return -1;
        }
        int best = best(targets, actual, comparable);
        double likeness = Metrics.likeness(targets.get(best), actual);
        boolean unnamed =
                actual.metric().isBlank() || targets.get(best).metric().isBlank();
        if (comparable.size() == 1) {
            return likeness > 0.1 || unnamed ? best : -1;
        }
        if (likeness == 0 && unnamed) {
            return nearest(targets, actual, comparable);
        }
        return likeness >= metricMatch ? best : -1;
    }

    /**
     * Without metrics to go by, a figure most likely measures the target of the nearest size: 35348人 measures
     * 4.5万人 rather than 80人.
     */
    private static int nearest(List<Quantity> targets, Quantity actual, List<Integer> among) {
        double got = Math.abs(actual.normalized().doubleValue());
        int nearest = -1;
        double distance = Double.MAX_VALUE;
        for (int i : among) {
            double goal = Math.abs(targets.get(i).normalized().doubleValue());
            double d = got == 0 || goal == 0 ? Double.MAX_VALUE / 2 : Math.abs(Math.log(got / goal));
            if (d < distance) {
                nearest = i;
                distance = d;
            }
        }
        return nearest;
    }

    private static int best(List<Quantity> targets, Quantity actual, List<Integer> among) {
        int best = -1;
        double bestLikeness = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (among != null && !among.contains(i)) {
                continue;
            }
            double l = Metrics.likeness(targets.get(i), actual);
            if (l > bestLikeness) {
                best = i;
                bestLikeness = l;
            }
        }
        return best;
    }
}
