package org.luoshi.assessment;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * Whether an actual can measure a target: the same kind of figure in the same unit, and a metric that reads
 * alike ("新引进高校毕业生" and "引进高校毕业生"). Likeness is the Dice coefficient of character bigrams, which
 * needs no segmenter and tolerates the reordering reports are full of ("新增城镇就业" / "城镇新增就业").
 */
final class Metrics {

    /** Units written differently for the same thing. */
    private static final Map<String, String> UNIT_ALIASES =
            Map.of("TEU", "标箱", "teu", "标箱", "名", "人", "单次", "单", "余人", "人");

    private Metrics() {}

    /** 0..1; 0 when either metric is blank. */
    static double likeness(Quantity a, Quantity b) {
        return likeness(a.metric(), b.metric());
    }

    static double likeness(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        if (x.contains(y) || y.contains(x)) {
            // "出口额" lies inside "外贸进出口额" but is not it: containment counts less than equality.
            return 0.5 + 0.45 * Math.min(x.length(), y.length()) / Math.max(x.length(), y.length());
        }
        Set<String> bx = bigrams(x);
        Set<String> by = bigrams(y);
        if (bx.isEmpty() || by.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : bx) {
            if (by.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (bx.size() + by.size());
    }

    /** The share of a metric's character bigrams that a longer text contains: does the text speak of it? */
    static double coverage(String metric, String text) {
        Set<String> wanted = bigrams(letters(metric));
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> found = bigrams(letters(text));
        return (double) wanted.stream().filter(found::contains).count() / wanted.size();
    }

    /**
     * Whether {@code actual} is a figure of the same sort as {@code target}: rates with rates (growth and
     * ratio only with each other when their metrics agree well), amounts with amounts in the same unit.
     * Completion shares are matched by metric alone, elsewhere.
     */
    static boolean comparable(Quantity target, Quantity actual) {
        QuantityKind t = target.kind();
        QuantityKind a = actual.kind();
        if (t == QuantityKind.AMOUNT || a == QuantityKind.AMOUNT) {
            return t == a && sameUnit(target.unit(), actual.unit());
        }
        if (t == QuantityKind.COMPLETION || a == QuantityKind.COMPLETION) {
            return false;
        }
        // 增长7% and 提高1.2个百分点 are both rates but not comparable with each other.
        return sameUnit(target.unit(), actual.unit()) && (t == a || likeness(target, actual) >= 0.5);
    }

    /** A unit left unwritten ("550亿以上") is taken as the target's. */
    static boolean sameUnit(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        String x = Hanzi.normalize(a);
        String y = Hanzi.normalize(b);
        return UNIT_ALIASES.getOrDefault(x, x).equals(UNIT_ALIASES.getOrDefault(y, y));
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        Hanzi.normalize(s).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }
}
