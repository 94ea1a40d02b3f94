package org.luoshi.text;

import java.math.BigDecimal;

/**
 * Says what a figure read by {@link QuantityScanner} is: its kind (growth, completion, ratio, amount), its sign,
 * its comparator, its metric, and the span of text that states it (a cue such as 增长 or 完成年度任务的 included).
 * A figure listed right after another ("增长9%、力争10%", "分别减少37.5%和44%") takes its kind, sign and metric.
 */
final class Classifier {

    /** What the scanner read: the number's span and value, its magnitude and unit, range, 余/多, 以上/以内. */
    record Reading(
            int numberStart,
            int end,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            boolean range,
            boolean approx,
            Comparison suffix) {}

    private Classifier() {}

    static Mention classify(String s, Reading r, Mention previous, boolean target) {
        int numberStart = r.numberStart();
        int end = r.end();
        BigDecimal value = r.value();
        String unit = r.unit();
        int n = s.length();
        int clauseStart = Cues.clauseStart(s, numberStart);
        String before = s.substring(clauseStart, numberStart);
        boolean listed = previous != null
                && Cues.stripGlue(before).isBlank()
                && numberStart - previous.end() <= 2 + before.length()
                && clauseStart > 0
                && "、和及与或".indexOf(s.charAt(clauseStart - 1)) >= 0;
        if (!listed
                && previous != null
                && numberStart - previous.end() <= 2
                && numberStart > previous.end()
                && "和及与或".indexOf(s.charAt(numberStart - 1)) >= 0) {
            listed = true; // "分别减少37.5%和44%"
        }
        QuantityKind kind;
        BigDecimal signed = value;
        boolean annual = false;
        int start = numberStart;
        String growth = null;
        if (unit.equals("%") || unit.equals("百分点") || unit.equals("‰")) {
            growth = Cues.growthWord(before);
            if (listed && previous.unit().equals(unit)) {
                kind = previous.kind();
                annual = previous.annual();
                if (kind == QuantityKind.GROWTH && previous.value().signum() < 0) {
                    signed = value.negate();
                }
            } else if (!target && clauseStart == 0 && before.isBlank()) {
                // A progress cell that is only "80%(…)" states how much of the task is done.
                kind = QuantityKind.COMPLETION;
                annual = true;
            } else if (Cues.completion(before, s, end)) {
                kind = QuantityKind.COMPLETION;
                annual = Cues.annual(before) || Cues.goalAfter(s, end);
                start = cueStart(clauseStart, numberStart, before);
            } else if (growth != null) {
                kind = QuantityKind.GROWTH;
                signed = Cues.signed(value, growth);
                start = cueStart(clauseStart, numberStart, before);
            } else if (s.startsWith("的增长", end) || s.startsWith("的增速", end)) {
                kind = QuantityKind.GROWTH;
            } else if (unit.equals("百分点")) {
                kind = QuantityKind.GROWTH;
            } else {
                kind = QuantityKind.RATIO;
            }
        } else {
            kind = QuantityKind.AMOUNT;
        }
        Comparison comparison = r.suffix();
        if (comparison == null && (r.approx() || r.range())) {
            comparison = Comparison.AT_LEAST;
        }
        if (comparison == null) {
            comparison = Cues.prefix(before, target);
        }
        if (comparison == null
                && !target
                && Cues.estimated(s.substring(Cues.sentenceStart(s, numberStart), numberStart))) {
            comparison = Comparison.ABOUT;
        }
        if (comparison == null) {
            comparison = Comparison.EXACT;
        }
        if (start == numberStart) {
            start = prefixStart(numberStart, before);
        }
        String sentence = s.substring(Cues.sentenceStart(s, numberStart), numberStart);
        int afterEnd = end;
        while (afterEnd < n && afterEnd - end < 20 && !Cues.isClauseBreak(s.charAt(afterEnd))) {
            afterEnd++;
        }
        String metric = Metrics.of(before);
        if (metric.isEmpty() && listed) {
            metric = previous.metric();
        } else if (metric.isEmpty() && carries(s, previous, numberStart, kind)) {
            metric = previous.metric(); // "完成工业投资46.2亿元,增长15.8%": the growth of that investment
        } else if (Metrics.letters(metric).length() < 5 && kind == QuantityKind.AMOUNT) {
            // "完成59个市级重点入海排污口整治销号": the thing counted follows the number.
            metric = (metric + Metrics.nounAfter(s.substring(end, afterEnd))).strip();
        }
        return new Mention(
                start,
                numberStart,
                end,
                signed,
                r.magnitude(),
                unit,
                comparison,
                kind,
                metric,
                before,
                sentence,
                s.substring(end, afterEnd),
                Cues.goalMetAfter(s, end),
                annual,
                afterEnd < n && (s.charAt(afterEnd) == ':' || s.charAt(afterEnd) == '：'),
                false);
    }

    /**
     * A growth whose clause names nothing ("…195.1亿元,增长39.2%") measures the amount stated just before it in
     * the same sentence: the metric is carried over to it.
     */
    static boolean carries(String s, Mention previous, int numberStart, QuantityKind kind) {
        if (previous == null
                || kind != QuantityKind.GROWTH
                || previous.kind() != QuantityKind.AMOUNT
                || previous.metric().isEmpty()
                || numberStart - previous.end() > 12) {
            return false;
        }
        for (int i = previous.end(); i < numberStart; i++) {
            if ("。；;\n\r!?！？".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Start of the figure's text including a growth or completion cue: "同比增长21.9%", "完成年度任务的130%". */
    private static int cueStart(int clauseStart, int numberStart, String before) {
        String[] cues = {
            "完成年度", "完成全年", "完成年", "完成总", "已完成", "完成", "为计划", "同比增长", "同比下降", "同比减少", "增长", "下降", "减少", "降低", "提高",
            "提升", "增", "进度", "同比"
        };
        int best = numberStart;
        for (String c : cues) {
            int at = before.lastIndexOf(c);
            if (at >= 0 && numberStart - (clauseStart + at) <= 16) {
                best = Math.min(best, clauseStart + at);
                break;
            }
        }
        return best;
    }

    /** Start including a comparator word right before the number: "超140亿元", "约2600亩", "力争10%". */
    private static int prefixStart(int numberStart, String before) {
        String[] words = {"不低于", "不少于", "不超过", "超过", "突破", "力争", "约", "近", "超"};
        String w = Cues.endsWithAny(before, words);
        return w == null ? numberStart : numberStart - w.length();
    }
}
