package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luoshi.Phrase;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * What the office should look at in a period: reports missing at the due date, tasks behind or at risk, progress
 * copied from another task or unchanged from the previous period, implausible figures (a jump of three orders of
 * magnitude against the previous period or the target, as when 万元 is written for 亿元, or a cumulative figure
 * that falls), targets with no reported actual, and actuals whose unit matches no target.
 */
public final class PeriodFindings {

    /** Texts at least this alike are "the same or nearly the same". */
    static final double SAME_TEXT = 0.9;
    /** Shorter texts ("已完成。") are alike by nature, not by copying. */
    private static final int MIN_COPY_LENGTH = 20;

    private static final BigDecimal IMPLAUSIBLE_RATIO = BigDecimal.valueOf(1000);

    /**
     * @param previous the same plan's tasks in the period before, by task id (empty for the first period)
     * @param dueDate  when reports were due, null when no due date was set (an imported document)
     * @param today    the date findings are computed on
     */
    public List<PeriodFinding> find(
            List<TaskPeriod> current,
            Map<Long, TaskPeriod> previous,
            String previousLabel,
            LocalDate dueDate,
            LocalDate today) {
        List<PeriodFinding> found = new ArrayList<>();
        for (TaskPeriod t : current) {
            missing(t, dueDate, today, found);
            if (t.status() == Status.BEHIND) {
                found.add(new PeriodFinding("behind", t.taskId(), new Phrase("finding.text.behind", t.named())));
            }
            if (t.status() == Status.AT_RISK) {
                found.add(new PeriodFinding("at-risk", t.taskId(), new Phrase("finding.text.at-risk", t.named())));
            }
            TaskPeriod before = previous.get(t.taskId());
            if (before != null) {
                unchanged(t, before, previousLabel, found);
                againstPrevious(t, before, previousLabel, found);
            }
            againstTargets(t, found);
        }
        copied(current, found);
        return found;
    }

    private static void missing(TaskPeriod t, LocalDate dueDate, LocalDate today, List<PeriodFinding> found) {
        if (!t.progress().isBlank()) {
            return;
        }
        if (dueDate == null) {
            found.add(new PeriodFinding("missing-report", t.taskId(), new Phrase("finding.text.missing", t.named())));
        } else if (today.isAfter(dueDate)) {
            found.add(new PeriodFinding(
                    "missing-report",
                    t.taskId(),
                    new Phrase("finding.text.missing-due", t.named(), dueDate.toString())));
        }
    }

    private static void unchanged(TaskPeriod t, TaskPeriod before, String previousLabel, List<PeriodFinding> found) {
        if (t.progress().length() >= MIN_COPY_LENGTH
                && TextSimilarity.of(t.progress(), before.progress()) >= SAME_TEXT) {
            found.add(new PeriodFinding(
                    "unchanged-progress", t.taskId(), new Phrase("finding.text.unchanged", t.named(), previousLabel)));
        }
    }

    private static void againstPrevious(
            TaskPeriod t, TaskPeriod before, String previousLabel, List<PeriodFinding> found) {
        for (Quantity now : t.actuals()) {
            for (Quantity then : before.actuals()) {
                if (!comparable(now, then)) {
                    continue;
                }
                BigDecimal ratio = ratio(now, then);
                if (ratio == null) {
                    continue;
                }
                if (ratio.compareTo(IMPLAUSIBLE_RATIO) >= 0
                        || ratio.multiply(IMPLAUSIBLE_RATIO).compareTo(BigDecimal.ONE) <= 0) {
                    found.add(new PeriodFinding(
                            "implausible-figure",
                            t.taskId(),
                            new Phrase(
                                    "finding.text.previous-ratio",
                                    t.named(),
                                    now.text(),
                                    previousLabel,
                                    then.text(),
                                    times(ratio))));
                } else if (now.kind() == QuantityKind.AMOUNT
                        && ratio.compareTo(BigDecimal.ONE) < 0
                        && cumulative(now)) {
                    found.add(new PeriodFinding(
                            "implausible-figure",
                            t.taskId(),
                            new Phrase(
                                    "finding.text.cumulative-lower",
                                    t.named(),
                                    now.text(),
                                    previousLabel,
                                    then.text())));
                }
            }
        }
    }

    private static void againstTargets(TaskPeriod t, List<PeriodFinding> found) {
        if (t.targets().isEmpty() || t.progress().isBlank()) {
            return;
        }
        boolean anyCompletion = t.actuals().stream().anyMatch(a -> a.kind() == QuantityKind.COMPLETION);
        List<Quantity> amounts = t.actuals().stream()
                .filter(a -> a.kind() == QuantityKind.AMOUNT)
                .toList();
        for (Quantity target : t.targets()) {
            List<Quantity> sameKind =
                    t.actuals().stream().filter(a -> a.kind() == target.kind()).toList();
            boolean sameUnit = sameKind.stream().anyMatch(a -> a.unit().equals(target.unit()));
            if (target.kind() == QuantityKind.AMOUNT && !sameUnit && !amounts.isEmpty() && !anyCompletion) {
                found.add(new PeriodFinding(
                        "unit-mismatch",
                        t.taskId(),
                        new Phrase(
                                "finding.text.unit-mismatch",
                                t.named(),
                                target.text(),
                                target.unit(),
                                amounts.get(0).unit())));
            } else if (!sameUnit && !anyCompletion) {
                found.add(new PeriodFinding(
                        "target-without-actual",
                        t.taskId(),
                        new Phrase("finding.text.no-actual", t.named(), target.text())));
            }
            if (target.kind() == QuantityKind.AMOUNT) {
                for (Quantity a : sameKind) {
                    BigDecimal ratio = a.unit().equals(target.unit()) ? ratio(a, target) : null;
                    if (ratio != null
                            && (ratio.compareTo(IMPLAUSIBLE_RATIO) >= 0
                                    || ratio.multiply(IMPLAUSIBLE_RATIO).compareTo(BigDecimal.ONE) <= 0)) {
                        found.add(new PeriodFinding(
                                "implausible-figure",
                                t.taskId(),
                                new Phrase(
                                        "finding.text.target-ratio",
                                        t.named(),
                                        a.text(),
                                        target.text(),
                                        times(ratio))));
                    }
                }
            }
        }
    }

    private static void copied(List<TaskPeriod> current, List<PeriodFinding> found) {
        Map<Integer, Integer> copies =
                CopiedProgress.find(current.stream().map(TaskPeriod::progress).toList(), MIN_COPY_LENGTH, SAME_TEXT);
        for (int i = 0; i < current.size(); i++) {
            Integer first = copies.get(i);
            if (first != null) {
                TaskPeriod a = current.get(first);
                TaskPeriod b = current.get(i);
                found.add(new PeriodFinding(
                        "copied-progress", b.taskId(), new Phrase("finding.text.copied", a.named(), b.bare())));
            }
        }
    }

    /** Same kind and unit, and the same metric where both name one. */
    private static boolean comparable(Quantity a, Quantity b) {
        if (a.kind() != b.kind() || !a.unit().equals(b.unit()) || a.kind() == QuantityKind.GROWTH) {
            return false;
        }
        return a.metric().isEmpty() || b.metric().isEmpty() || TextSimilarity.of(a.metric(), b.metric()) >= 0.5;
    }

    private static BigDecimal ratio(Quantity a, Quantity b) {
        BigDecimal x = a.normalized();
        BigDecimal y = b.normalized();
        if (x.signum() <= 0 || y.signum() <= 0) {
            return null;
        }
        return x.divide(y, MathContext.DECIMAL64);
    }

    private static boolean cumulative(Quantity q) {
        String s = q.asOf() + q.metric();
        return s.contains("累计") || s.contains("截至") || s.contains("1-") || s.contains("前三季度") || s.contains("上半年");
    }

    private static String times(BigDecimal ratio) {
        BigDecimal r =
                ratio.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE.divide(ratio, MathContext.DECIMAL64) : ratio;
        return r.round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
