package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.luoshi.assessment.Evidence.Outcome;
import org.luoshi.text.Quantity;

/**
 * The evidence of a whole task: for each target the best-supported reading of its latest figures, plus the
 * completion shares of its parts. Summing it up follows the office's practice:
 * <ul>
 *   <li>some targets behind and others on schedule or met → unclear, naming which is which;</li>
 *   <li>only behind (the rest unreported) → behind;</li>
 *   <li>every target met → completed; met or on schedule with some unreported → ahead, because what is
 *       reported is at or above 序时 and nothing says otherwise;</li>
 *   <li>nothing reported → decided by the words of the progress text, else no data.</li>
 * </ul>
 */
final class Tally {

    private final List<Evidence> measured = new ArrayList<>();
    private final List<String> unreported = new ArrayList<>();
    private boolean allTargetsMet = true;

    /** Reads every target's figures and every loose share. */
    static Tally of(List<Quantity> targets, Links links, BigDecimal periodShare, Measures measures) {
        Tally tally = new Tally();
        for (int i = 0; i < targets.size(); i++) {
            Quantity target = targets.get(i);
            List<Quantity> actuals = latest(links.byTarget().get(i));
            if (actuals.isEmpty()) {
                tally.unreported.add(Wording.name(target) + target.text());
                tally.allTargetsMet = false;
                continue;
            }
            Evidence best = null;
            List<String> others = new ArrayList<>();
            for (Quantity actual : actuals) {
                Evidence e = measures.against(target, actual, periodShare);
                if (best == null || e.betterThan(best)) {
                    if (best != null) {
                        others.add(best.text());
                    }
                    best = e;
                } else {
                    others.add(e.text());
                }
            }
            String text = Wording.name(target) + ":" + best.text()
                    + (others.isEmpty() ? "" : "(另:" + String.join(",", others) + ")");
            tally.measured.add(new Evidence(best.outcome(), text, best.gap()));
            tally.allTargetsMet &= best.outcome() == Outcome.COMPLETED;
        }
        for (Quantity share : links.looseShares()) {
            Evidence e = measures.share(share, periodShare);
            tally.measured.add(e);
            tally.allTargetsMet &= e.outcome() == Outcome.COMPLETED;
        }
        return tally;
    }

    /**
     * Of figures given for several periods (1-8月 and 1-9月), only the latest count: cumulative figures
     * supersede earlier ones. A figure without a period is the report's own, hence the latest.
     */
    private static List<Quantity> latest(List<Quantity> actuals) {
        int last = actuals.stream().mapToInt(Tally::month).max().orElse(0);
        return actuals.stream().filter(a -> month(a) == last).toList();
    }

    private static int month(Quantity q) {
        OptionalInt m = PeriodShares.month(q.asOf());
        return m.isPresent() ? m.getAsInt() : 99;
    }

    boolean hasEvidence() {
        return !measured.isEmpty();
    }

    List<String> unreported() {
        return unreported;
    }

    /** The status the figures support, or null when there are none. */
    Verdict verdict(StatusCues.Found cues) {
        if (measured.isEmpty()) {
            return null;
        }
        List<Evidence> behind = with(Outcome.BEHIND);
        List<Evidence> positive = measured.stream().filter(e -> e.outcome().positive()).toList();
        BigDecimal gap = behind.stream().map(Evidence::gap).filter(g -> g != null)
                .max(Comparator.naturalOrder()).orElse(null);
        if (!behind.isEmpty() && !positive.isEmpty()) {
            return new Verdict(Status.UNCLEAR, "各目标进展不一。达到或超过序时:" + texts(positive) + ";滞后:"
                    + texts(behind) + others(Outcome.INCOMPARABLE) + unreportedNote(), gap);
        }
        if (!behind.isEmpty()) {
            return new Verdict(Status.BEHIND, texts(behind) + others(Outcome.INCOMPARABLE) + unreportedNote(), gap);
        }
        if (positive.isEmpty()) {
            return Verdict.of(Status.UNCLEAR, texts(measured) + ",无法判断年度进度" + unreportedNote());
        }
        if (allTargetsMet) {
            return Verdict.of(Status.COMPLETED, texts(measured));
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
        return unreported.isEmpty() ? "" : ";未提及目标的完成数据:" + String.join("、", unreported);
    }

    private static String texts(List<Evidence> evidence) {
        return String.join(";", evidence.stream().map(Evidence::text).toList());
    }
}
