package org.luoshi.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a number that say how it binds (comparator) and what it is (growth, completion, ratio).
 *
 * <p>Decisions, documented once: 以上/不低于/不少于/超/超过/突破/力争/余/多 and a range's lower bound read as
 * at least; 以内/以下/不超过/控制在/低于 as at most; 左右/约/近/预计 as about; in a target 达到 is a floor
 * (at least), in an actual it is the level reached (exact). 下降/减少/降低/回落 make a growth negative, but
 * 提高到/降至 name a level (ratio), not a change.
 */
final class Cues {

    private static final String CLAUSE_BREAKS = "，,。；;：:\n\r!?！？、";
    private static final String SENTENCE_BREAKS = "。；;\n\r!?！？";
    private static final int MAX_CLAUSE = 48;
    /** What follows the digits of a period or date rather than of a figure: 1-9月, 2023年, 6日. */
    private static final String PERIOD_AFTER = "月日年号季-—–~～至";

    private static final String[] NEGATED_AT_LEAST = {"不低于", "不少于", "不下于"};
    private static final String[] AT_LEAST_PREFIX = {
        "不低于", "不少于", "不下于", "至少", "超过", "超出", "突破", "多于", "高于", "大于", "超", "力争", "争取"
    };
    private static final String[] AT_MOST_PREFIX = {"不超过", "不高于", "不多于", "控制在", "低于", "少于", "小于", "压缩至", "压缩到"};
    private static final String[] ABOUT_PREFIX = {"大约", "约", "接近", "近", "预计", "预估", "大概"};
    private static final String[] REACH_PREFIX = {"达到", "达"};
    private static final String[] AT_LEAST_SUFFIX = {"及以上", "以上", "余", "多"};
    private static final String[] AT_MOST_SUFFIX = {"以内", "以下", "之内", "范围内", "范围"};
    private static final String[] ABOUT_SUFFIX = {"左右", "上下"};

    /** Words that may sit between a cue and the number: "增长了", "分别增长", "达到了". */
    private static final String[] GLUE = {
        "分别为", "分别", "了", "为", "达到", "达", "约", "近", "超过", "超", "突破", "力争", "共计", "共", "控制在", "保持在", "稳定在", "保持"
    };

    private static final String[] GROWTH = {
        "负增长", "同比增长", "同比下降", "同比减少", "增长", "增加", "提高", "提升", "上升", "增幅", "增速", "涨幅", "下降", "降低", "减少", "回落", "下滑",
        "降幅", "压减", "缩减", "增", "降", "减", "同比"
    };
    private static final String NEGATIVE = "负增长 下降 降低 减少 回落 下滑 降幅 压减 缩减 降 减 同比下降 同比减少";
    private static final String[] COMPLETION_END = {"完成率", "完工率", "执行率", "兑现率", "进度", "完成", "完工", "完成至", "形象完成至"};
    private static final Pattern COMPLETION_OF =
            Pattern.compile("(?:完成|为|占)[^，。；,;:：]{0,14}?(?:任务|计划|目标|预算|投资|工程量|程量|任务量|开挖量|总量|投资额|进度)的?$");
    private static final Pattern ANNUAL = Pattern.compile("年度|全年|年计划|年度计划|年度目标|年度任务|年目标|年任务|预算|省定目标|计划|目标|任务|总投资");

    private Cues() {}

    /**
     * Start of the clause holding {@code pos}. A 、 ends a clause only when the list item before it carries
     * its own figure ("进出口额2500亿元、出口额800亿元"); between bare nouns ("改造断头路、瓶颈路4条") it
     * joins them into one metric.
     */
    static int clauseStart(CharSequence s, int pos) {
        int limit = Math.max(0, pos - MAX_CLAUSE);
        for (int i = pos - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == '、') {
                if (itemHasFigure(s, i, limit)) {
                    return i + 1;
                }
                continue;
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean itemHasFigure(CharSequence s, int comma, int limit) {
        for (int i = comma - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == '%' || c == '％') {
                return true;
            }
            if (ChineseNumber.isArabicDigit(c)) {
                // "1-9月规上工业增加值、…": a period or a date is no figure of the item
                if (i + 1 < comma && PERIOD_AFTER.indexOf(s.charAt(i + 1)) >= 0) {
                    continue;
                }
                return true;
            }
            if (c == '、' || CLAUSE_BREAKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    static int sentenceStart(CharSequence s, int pos) {
        int limit = Math.max(0, pos - 400);
        for (int i = pos - 1; i >= limit; i--) {
            if (SENTENCE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    static boolean isClauseBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    /** Comparator from what follows the figure; null when nothing there binds it. */
    static Comparison suffix(CharSequence s, int pos) {
        if (startsWithAny(s, pos, AT_LEAST_SUFFIX) != null) {
            return Comparison.AT_LEAST;
        }
        if (startsWithAny(s, pos, AT_MOST_SUFFIX) != null) {
            return Comparison.AT_MOST;
        }
        if (startsWithAny(s, pos, ABOUT_SUFFIX) != null) {
            return Comparison.ABOUT;
        }
        return null;
    }

    /** Length of the comparator word at {@code pos} (以上, 左右 …), 0 when none. */
    static int suffixLength(CharSequence s, int pos) {
        for (String[] words : new String[][] {AT_LEAST_SUFFIX, AT_MOST_SUFFIX, ABOUT_SUFFIX}) {
            String w = startsWithAny(s, pos, words);
            if (w != null) {
                return w.equals("范围") || w.equals("范围内") ? 0 : w.length();
            }
        }
        return 0;
    }

    /** Comparator from the words just before the number ("超140亿元", "约2600亩", "力争10%"). */
    static Comparison prefix(String before, boolean target) {
        String t = before.stripTrailing();
        if (endsWithAny(t, NEGATED_AT_LEAST) != null) {
            return Comparison.AT_LEAST;
        }
        if (endsWithAny(t, AT_MOST_PREFIX) != null) {
            return Comparison.AT_MOST;
        }
        if (endsWithAny(t, AT_LEAST_PREFIX) != null) {
            return Comparison.AT_LEAST;
        }
        String reach = endsWithAny(t, REACH_PREFIX);
        if (reach != null) {
            String rest = t.substring(0, t.length() - reach.length());
            if (endsWithAny(rest, AT_LEAST_PREFIX) != null) {
                return Comparison.AT_LEAST;
            }
            if (endsWithAny(rest, ABOUT_PREFIX) != null) {
                return Comparison.ABOUT;
            }
            return target ? Comparison.AT_LEAST : null;
        }
        if (endsWithAny(t, ABOUT_PREFIX) != null) {
            return Comparison.ABOUT;
        }
        return null;
    }

    /** 预计/预估 anywhere earlier in the sentence makes a reported figure an estimate. */
    static boolean estimated(String sentenceBefore) {
        return sentenceBefore.contains("预计") || sentenceBefore.contains("预估");
    }

    /** Removes connective words at the end: "同比分别增长了" → "同比分别增长" → … */
    static String stripGlue(String t) {
        String r = t.stripTrailing();
        boolean changed = true;
        int guard = 0;
        while (changed && guard++ < 6) {
            changed = false;
            String g = endsWithAny(r, GLUE);
            if (g != null) {
                r = r.substring(0, r.length() - g.length()).stripTrailing();
                changed = true;
            }
        }
        return r;
    }

    /**
     * The growth word that ends {@code before} ("同比增长"), or null. "提高到"/"降至" name a level, so they
     * are not growth.
     */
    static String growthWord(String before) {
        String raw = before.stripTrailing();
        if (raw.endsWith("到") || raw.endsWith("至")) {
            return null;
        }
        return endsWithAny(stripGlue(raw), GROWTH);
    }

    static boolean isNegative(String growthWord) {
        return growthWord != null && (" " + NEGATIVE + " ").contains(" " + growthWord + " ");
    }

    static BigDecimal signed(BigDecimal v, String growthWord) {
        return isNegative(growthWord) ? v.negate() : v;
    }

    /** A percent that is a share of a task done: "完成年度任务的130%", "完成率84.3%", "进度为49.8%". */
    static boolean completion(String before, CharSequence s, int after) {
        String t = before.stripTrailing();
        if (COMPLETION_OF.matcher(tail(t, 24)).find()) {
            return true;
        }
        String g = stripGlue(t);
        if (endsWithAny(g, COMPLETION_END) != null || g.endsWith("为计划的") || g.endsWith("为目标的")) {
            return true;
        }
        return startsWithAny(s, after, new String[] {"完工率", "完成率", "执行率", "的完成率", "创建目标"}) != null;
    }

    /** Completion measured against the year (年度任务, 全年计划, 年度预算), as opposed to 总工程量. */
    static boolean annual(String before) {
        Matcher m = ANNUAL.matcher(tail(before, 16));
        return m.find();
    }

    /** "完成100%创建目标", "完成100%年度任务": the goal named right after the share makes it annual. */
    static boolean goalAfter(CharSequence s, int pos) {
        int to = Math.min(s.length(), pos + 6);
        for (int i = pos; i + 1 < to; i++) {
            char c = s.charAt(i);
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                return false;
            }
            char d = s.charAt(i + 1);
            if ((c == '目' && d == '标') || (c == '任' && d == '务')) {
                return true;
            }
        }
        return false;
    }

    /** Statements that a goal is met; "完成年度任务的77%" is a share, not such a statement. */
    private static final String[] GOAL_MET = {"超额完成", "提前完成", "已完成年度目标", "已完成全年目标", "已完成年度任务", "已完成全年任务"};

    /** The rest of the sentence (up to 30 characters) says the year's goal is met: "已提前超额完成年度目标任务". */
    static boolean goalMetAfter(CharSequence s, int pos) {
        int to = Math.min(s.length(), pos + 30);
        for (int i = pos; i < to; i++) {
            if (SENTENCE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
            if (s.charAt(i) == '已' || s.charAt(i) == '超' || s.charAt(i) == '提') {
                if (startsWithAny(s, i, GOAL_MET) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    static String endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    static String startsWithAny(CharSequence s, int pos, String[] words) {
        for (String w : words) {
            if (pos + w.length() <= s.length()) {
                boolean ok = true;
                for (int k = 0; k < w.length() && ok; k++) {
                    ok = s.charAt(pos + k) == w.charAt(k);
                }
                if (ok) {
                    return w;
                }
            }
        }
        return null;
    }
}
