package org.luoshi.text;

import java.util.regex.Pattern;

/**
 * What a number measures: the short phrase before it in its clause, without the period, the filler words
 * and the cue words ("前三季度,全市实现一般公共预算收入158.86亿元" → "一般公共预算收入").
 */
final class Metrics {

    private static final Pattern LEADING =
            Pattern.compile("^(?:\\s|[0-9０-９]{1,2}[.、．]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|其中"
                    + "|截[至止]?目前|截[至止]|至\\d{1,2}月[底末]?|\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月份?|\\d{1,2}月[底末]?|前?[一二三四]季度|第[一二三四]季度|上半年|今年以来|今年|目前|当前|全年"
                    + "|全市|我市|争取|确保|全区|我区|全县|我县|全省|我省|本市|市本级|共计|累计|合计|共|已经|已|年内|同比|预计|预估|力争|其中|并|均|还|实现|完成|达到)+");
    /** The characters {@link #LEADING} can start with: most clauses start with none, and skip the regex. */
    private static final String LEADING_FIRST =
            " \t\n\u000B\f\r0123456789０１２３４５６７８９（(一二三四五六七八九十其截至前第上今目当全我争确本市共累合已年同预力并均还实完达";

    private static final String[] TRAILING = {
        "同比增长", "同比下降", "同比减少", "比上年增长", "比上年同期增长", "较上年同期", "较上年", "比上年", "增长", "增加", "提高", "提升", "下降", "降低", "减少",
        "同比", "分别为", "分别", "达到", "达", "为", "约", "近", "超过", "超", "突破", "力争", "不低于", "不少于", "不超过", "控制在", "保持在", "稳定在",
        "保持", "稳定", "累计", "共计", "共", "了", "已", "预计", "是", "在"
    };

    private Metrics() {}

    /** The metric named by {@code clause} (the clause text before the number). */
    static String of(String clause) {
        String t = clause.strip();
        int guard = 0;
        boolean changed = true;
        while (changed && guard++ < 8) {
            changed = false;
            String w = Cues.endsWithAny(t, TRAILING);
            if (w != null && w.length() < t.length() + 1) {
                t = t.substring(0, t.length() - w.length()).stripTrailing();
                changed = true;
            }
        }
        if (!t.isEmpty() && LEADING_FIRST.indexOf(t.charAt(0)) >= 0) {
            java.util.regex.Matcher leading = LEADING.matcher(t);
            if (leading.lookingAt()) {
                t = t.substring(leading.end());
            }
        }
        if (t.length() > 30) {
            t = t.substring(t.length() - 30);
        }
        return t;
    }

    /** The noun phrase right after a figure, up to the next digit or bracket: "市级重点入海排污口整治销号". */
    static String nounAfter(String after) {
        int i = 0;
        while (i < after.length()) {
            char c = after.charAt(i);
            if (ChineseNumber.isArabicDigit(c) || c == '(' || c == '（' || c == '《') {
                break;
            }
            i++;
        }
        return after.substring(0, i).strip();
    }

    /** The CJK letters of a phrase: punctuation, digits and Latin letters carry no subject. */
    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !Units.isAsciiLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
