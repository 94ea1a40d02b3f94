package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.luoshi.assessment.Evidence.Outcome;
import org.luoshi.text.Quantity;

/**
 * The evidence of a whole task: for each target the best-supported reading of its latest figures, plus the
 * completion shares of its parts. Summing it up follows the office's practice:
 * <ul>
 *   <li>some targets behind and others on schedule or met → unclear, naming which is which, unless the unit's
 *       own word on the schedule (超序时 / 滞后序时) settles it;</li>
 *   <li>only behind (the rest unreported) → behind;</li>
 *   <li>every target met → completed; met or on schedule with some unreported → ahead, because what is
 *       reported is at or above 序时 and nothing says otherwise (completed when the text says all is done);</li>
 *   <li>a hoped-for target (力争) beside a firm one counts when met and is only noted when missed;</li>
 *   <li>nothing reported → decided by the words of the progress text, else no data.</li>
 * </ul>
 */
final class Tally {

    /** 力争 beside a firm target of the same metric ("增长9%、力争10%") is a hope: missing it is not lagging. */
    private static final Pattern HOPE = Pattern.compile("力争|争取");

    private final List<Evidence> measured = new ArrayList<>();
    private final List<String> hopesMissed = new ArrayList<>();
    private final List<String> unreported = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private boolean allTargetsMet = true;

    /** Reads every target's figures and every loose share. */
    static Tally of(List<Quantity> targets, Links links, BigDecimal periodShare, Measures measures) {
        return of(targets, links, periodShare, java.util.Collections.nCopies(targets.size(), periodShare), measures);
    }

    /**
     * As {@link #of(List, Links, BigDecimal, Measures)}, with the share each target is held against: a target
     * whose own milestone is due is held against its whole (1), not against 序时进度.
     */
    static Tally of(
            List<Quantity> targets,
            Links links,
            BigDecimal periodShare,
            List<BigDecimal> targetShares,
            Measures measures) {
        Tally tally = new Tally();
        for (int i = 0; i < targets.size(); i++) {
            Quantity target = targets.get(i);
            int firm = firmTargetOf(targets, i);
            List<Quantity> linked = new ArrayList<>(links.byTarget().get(i));
            if (firm >= 0) {
                linked.addAll(links.byTarget().get(firm));
            }
            List<Quantity> actuals = latest(linked, periodShare);
            if (actuals.isEmpty() && firm >= 0) {
                continue;
            }
            if (actuals.isEmpty()) {
                tally.checks.add(Check.unreported(target));
                tally.unreported.add(Wording.name(target) + target.text());
                tally.allTargetsMet = false;
                continue;
            }
            Evidence best = null;
            Quantity decisive = null;
            List<String> others = new ArrayList<>();
            for (Quantity actual : actuals) {
                Evidence e = measures.against(target, actual, targetShares.get(i));
                if (best == null || e.betterThan(best)) {
                    if (best != null) {
                        others.add(best.text());
                    }
                    best = e;
                    decisive = actual;
                } else {
                    others.add(e.text());
                }
            }
            tally.checks.add(best.check(target, decisive));
            String text = Wording.name(target) + ":" + best.text()
                    + (others.isEmpty() ? "" : "(另:" + String.join(",", others) + ")");
            if (firm >= 0 && !best.outcome().positive()) {
                tally.hopesMissed.add(text);
                continue;
            }
            tally.measured.add(new Evidence(best.outcome(), text, best.gap()));
            tally.allTargetsMet &= best.outcome() == Outcome.COMPLETED;
        }
        for (Quantity share : links.looseShares()) {
            Evidence e = measures.share(share, periodShare);
            tally.checks.add(e.check(null, share));
            tally.measured.add(e);
            tally.allTargetsMet &= e.outcome() == Outcome.COMPLETED;
        }
        return tally;
    }

    /** The firm target an aspirational one (力争) stands beside, or -1 when it is the only one of its metric. */
    private static int firmTargetOf(List<Quantity> targets, int i) {
        Quantity hope = targets.get(i);
        if (!HOPE.matcher(Hanzi.normalize(hope.text() + hope.metric())).find()) {
            return -1;
        }
        for (int j = 0; j < targets.size(); j++) {
            Quantity other = targets.get(j);
            boolean firm = !HOPE.matcher(Hanzi.normalize(other.text() + other.metric()))
                    .find();
            boolean sameMetric = hope.metric().isBlank() ? j == i - 1 : Metrics.likeness(hope, other) >= 0.5;
            if (j != i
                    && firm
                    && other.kind() == hope.kind()
                    && Metrics.sameUnit(hope.unit(), other.unit())
                    && sameMetric) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Of figures given for several periods (1-8月 and 1-9月), only the latest count: cumulative figures
     * supersede earlier ones. A figure without a period is taken for the report's own. A forecast for a later
     * period (预计全年) counts only when no result is given.
     */
    private static List<Quantity> latest(List<Quantity> actuals, BigDecimal periodShare) {
        int own = periodShare
                .multiply(BigDecimal.valueOf(12))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .intValue();
        List<Quantity> results =
                actuals.stream().filter(a -> month(a, own) <= own).toList();
        List<Quantity> pool = results.isEmpty() ? actuals : results;
        int last = pool.stream().mapToInt(a -> month(a, own)).max().orElse(0);
        return pool.stream().filter(a -> month(a, own) == last).toList();
    }

    private static int month(Quantity q, int own) {
        OptionalInt m = PeriodShares.month(q.asOf());
        return m.isPresent() ? m.getAsInt() : own;
    }

    List<String> unreported() {
        return unreported;
    }

    /** Every figure held against every target, and every target left unreported, in target order. */
    List<Check> checks() {
        return checks;
    }

    /** The status the figures support, or null when there are none. */
    Verdict verdict(StatusCues.Found cues) {
        if (measured.isEmpty()) {
            return null;
        }
        List<Evidence> behind = with(Outcome.BEHIND);
        List<Evidence> positive =
                measured.stream().filter(e -> e.outcome().positive()).toList();
        BigDecimal gap = behind.stream()
                .map(Evidence::gap)
                .filter(g -> g != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (!behind.isEmpty() && !positive.isEmpty()) {
            String mixed = "达到或超过序时:" + texts(positive) + ";滞后:" + texts(behind) + others(Outcome.INCOMPARABLE)
                    + unreportedNote();
            // Figures that disagree are settled by the unit's own overall word on the schedule, when it gives one.
            if (cues.onTrack().isPresent() && cues.lagging().isEmpty()) {
                return Verdict.of(Status.AHEAD, "进展称“" + cues.onTrack().get() + "”;" + mixed);
            }
            if (cues.lagging().isPresent() && cues.onTrack().isEmpty()) {
                return new Verdict(Status.BEHIND, "进展称“" + cues.lagging().get() + "”;" + mixed, gap);
            }
            return new Verdict(Status.UNCLEAR, "各目标进展不一。" + mixed, gap);
        }
        if (!behind.isEmpty()) {
            return new Verdict(Status.BEHIND, texts(behind) + others(Outcome.INCOMPARABLE) + unreportedNote(), gap);
        }
        if (positive.isEmpty()) {
            return Verdict.of(Status.UNCLEAR, texts(measured) + ",无法判断年度进度" + unreportedNote());
        }
        if (allTargetsMet) {
            return Verdict.of(Status.COMPLETED, texts(measured) + unreportedNote());
        }
        boolean onlyMet = positive.stream().allMatch(e -> e.outcome() == Outcome.COMPLETED)
                && with(Outcome.INCOMPARABLE).isEmpty();
        var done = cues.taskDone().or(cues::allDone);
        if (onlyMet && done.isPresent()) {
            return Verdict.of(Status.COMPLETED, texts(positive) + ";进展称“" + done.get() + "”" + unreportedNote());
        }
        return Verdict.of(Status.AHEAD, texts(positive) + others(Outcome.INCOMPARABLE) + unreportedNote());
    }

    private List<Evidence> with(Outcome outcome) {
        return measured.stream().filter(e -> e.outcome() == outcome).toList();
    }

    private String others(Outcome outcome) {
        List<Evidence> more = with(outcome);
        return more.isEmpty() ? "" : ";" + texts(more);
    }

    private String unreportedNote() {
        String hopes = hopesMissed.isEmpty() ? "" : ";力争目标未达到(不计为滞后):" + String.join(";", hopesMissed);
        return hopes + (unreported.isEmpty() ? "" : ";未提及目标的完成数据:" + String.join("、", unreported));
    }

    private static String texts(List<Evidence> evidence) {
        return String.join(";", evidence.stream().map(Evidence::text).toList());
    }
}
