package org.luoshi.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 年度考评 as plain rules. A rule set weighs three shares of a unit's work (tasks completed, judged tasks on
 * schedule, reports on time; the weights add up to 100, so a perfect unit scores 100) and deducts points per
 * returned report, overdue 督办单 and lagging task; the office adds extra points with a reason. Every line of a
 * unit's sheet says which fact gave which points.
 */
public final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /** A rule set's numbers; the constructor refuses weights that do not add up to 100 or negative values. */
    public record Rules(
            BigDecimal completed,
            BigDecimal schedule,
            BigDecimal onTime,
            BigDecimal returned,
            BigDecimal overdue,
            BigDecimal lagging) {
        public Rules {
            for (BigDecimal b : new BigDecimal[] {completed, schedule, onTime, returned, overdue, lagging}) {
                if (b == null || b.signum() < 0 || b.compareTo(HUNDRED) > 0) {
                    throw org.luoshi.DomainException.of(
                            org.luoshi.DomainException.Kind.BAD_INPUT, "supervision.score-value");
                }
            }
            BigDecimal sum = completed.add(schedule).add(onTime);
            if (sum.compareTo(HUNDRED) != 0) {
                throw org.luoshi.DomainException.of(
                        org.luoshi.DomainException.Kind.BAD_INPUT, "supervision.weights-sum", sum.toPlainString());
            }
        }
    }

    /** What a unit did, as stored when the set was computed. */
    public record Facts(
            long unitId,
            String unitName,
            int tasks,
            int completed,
            int judged,
            int onSchedule,
            int reports,
            int onTime,
            int returned,
            int overdueItems,
            int lagging) {}

    /** Extra points the office gave, with its reason. */
    public record Extra(long unitId, BigDecimal points, String reason) {}

    /** One line of a sheet: the rule, the fact it applies to ("8/10"), the points it gives (negative: deducted). */
    public record SheetLine(String rule, String fact, BigDecimal points) {}

    /** A unit's sheet and total; {@code rank} from 1. */
    public record Sheet(long unitId, String unitName, List<SheetLine> lines, BigDecimal total, int rank) {}

    /** Every unit's sheet, ranked by total (ties share the better rank), then by name. */
    public static List<Sheet> rank(Rules rules, List<Facts> facts, List<Extra> extras) {
        List<Sheet> sheets = new ArrayList<>();
        for (Facts f : facts) {
            sheets.add(sheet(
                    rules,
                    f,
                    extras.stream().filter(e -> e.unitId() == f.unitId()).toList()));
        }
        sheets.sort(Comparator.comparing(Sheet::total).reversed().thenComparing(Sheet::unitName));
        List<Sheet> ranked = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            int rank = i > 0 && s.total().compareTo(sheets.get(i - 1).total()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Sheet(s.unitId(), s.unitName(), s.lines(), s.total(), rank));
        }
        return ranked;
    }

    static Sheet sheet(Rules rules, Facts f, List<Extra> extras) {
        List<SheetLine> lines = new ArrayList<>();
        lines.add(share("completed", f.completed(), f.tasks(), rules.completed()));
        lines.add(share("schedule", f.onSchedule(), f.judged(), rules.schedule()));
        lines.add(share("onTime", f.onTime(), f.reports(), rules.onTime()));
        lines.add(per("returned", f.returned(), rules.returned()));
        lines.add(per("overdue", f.overdueItems(), rules.overdue()));
        lines.add(per("lagging", f.lagging(), rules.lagging()));
        for (Extra e : extras) {
            lines.add(new SheetLine("extra", e.reason(), e.points().setScale(2, RoundingMode.HALF_UP)));
        }
        BigDecimal total = lines.stream().map(SheetLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Sheet(f.unitId(), f.unitName(), List.copyOf(lines), total.setScale(2, RoundingMode.HALF_UP), 0);
    }

    /** weight × part / whole; a unit with nothing to count (whole 0) gets the full weight, as it failed nothing. */
    private static SheetLine share(String rule, int part, int whole, BigDecimal weight) {
        BigDecimal points = whole == 0
                ? weight
                : weight.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return new SheetLine(rule, part + "/" + whole, points.setScale(2, RoundingMode.HALF_UP));
    }

    private static SheetLine per(String rule, int count, BigDecimal each) {
        return new SheetLine(
                rule,
                Integer.toString(count),
                each.multiply(BigDecimal.valueOf(count)).negate().setScale(2, RoundingMode.HALF_UP));
    }
}
