package org.luoshi.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which figures of a progress text measure the task: completion shares, figures of the same kind
 * and unit as a target about a similar metric, and, for a task without numeric targets, the figures that
 * report work done on the task's own subject.
 */
final class Linker {

    /** Words every task shares; a common subject needs more than these. */
    private static final String GENERIC = " 项目 工程 建设 完成 推进 加快 工作 全市 开展 实施 进度 总体 任务 年度 计划 累计 目前 已经 实现 提升 加强 重点 全面 "
            + "持续 深化 一批 新增 市级 省级 我市 发展 推动 体系 服务 管理 体化 一体 进一 一步 打造 积极 提高 同比 增长 创建 ";

    private static final Set<Integer> GENERIC_PAIRS = bigrams(GENERIC.replace(" ", "|"));

    private static final int MAX_TARGETS = 64;

    private Linker() {
    }

    static List<Mention> select(List<Mention> candidates, List<Quantity> targets, String content) {
        Set<Integer> subject = bigrams(content);
        // A task states a handful of targets; a text that yields hundreds is not a task, and linking every
        // figure to each of them would cost time quadratic in the text.
        List<Quantity> known = targets.size() > MAX_TARGETS ? targets.subList(0, MAX_TARGETS) : targets;
        boolean[] keep = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            keep[i] = keep(candidates.get(i), known, subject);
        }
        // "完成保税燃料油加注量439.1万吨,完成年度目标的70.8%": the amount a kept annual share is computed
        // from measures the same target, whatever it is called.
        for (int i = 1; i < candidates.size(); i++) {
            Mention share = candidates.get(i);
            Mention amount = candidates.get(i - 1);
            if (keep[i] && share.annual() && !keep[i - 1] && amount.kind() == QuantityKind.AMOUNT
                    && share.numberStart() - amount.end() <= share.clause().length() + 1 && sameSentence(amount, share)
                    && known.stream().anyMatch(t -> t.unit().equals(amount.unit()))) {
                keep[i - 1] = true;
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (keep[i]) {
                kept.add(candidates.get(i));
            }
        }
        return kept;
    }

    private static boolean sameSentence(Mention first, Mention second) {
        return second.sentence().length() >= second.numberStart() - first.numberStart();
    }

    static boolean keep(Mention m, List<Quantity> targets, Set<Integer> content) {
        String around = m.sentence() + m.after();
        if (m.kind() == QuantityKind.COMPLETION) {
            return m.annual() || subjectShared(around, content) >= 1;
        }
        boolean breakdown = m.clause().strip().startsWith("其中") || unclosedParenthesis(m.clause());
        if (!targets.isEmpty()) {
            for (Quantity t : targets) {
                if (restatesTarget(m, t)) {
                    return false;
                }
            }
            for (Quantity t : targets) {
                double forward = coverage(t.metric(), m.clause() + m.after());
                double backward = Metrics.letters(m.metric()).length() >= 3 ? coverage(m.metric(), t.metric()) : 0;
                double near = Math.max(forward, backward);
                boolean sameUnit = t.unit().equals(m.unit()) && (!t.isPercent() || t.kind() == m.kind());
                if (near >= 0.8) {
                    return true;
                }
                if (breakdown) {
                    continue;
                }
                if (sameUnit && (forward >= 0.3 || backward >= 0.34)) {
                    return true;
                }
                if (sameUnit && t.isPercent() && coverage(t.metric(), around) >= 0.5) {
                    return true;  // "一般公共预算收入158.86亿元,自然口径增长4.3%": the sentence's subject carries
                }
            }
            return false;
        }
        if (breakdown) {
            return false;
        }
        if (m.kind() == QuantityKind.AMOUNT) {
            return reportsWorkOnSubject(m, content);
        }
        if (m.kind() == QuantityKind.GROWTH) {
            return subjectShared(around, content) >= 2;
        }
        return subjectShared(m.clause() + m.after(), content) >= 2;
    }

    /**
     * For a task without numeric targets: money invested in it (完成投资, 投入资金), work done on its subject
     * (a 完成/新增/建成 … verb and a shared word), or a count whose clause names the subject outright.
     */
    static boolean reportsWorkOnSubject(Mention m, Set<Integer> content) {
        String clause = m.clause();
        if (clause.contains("完成投资") || clause.contains("投入资金")) {
            return true;
        }
        boolean done = done(clause) || done(m.after());
        int shared = subjectShared(clause + m.after(), content);
        return (done && shared >= 1) || subjectShared(clause, content) >= 3;
    }

    private static boolean unclosedParenthesis(String clause) {
        int open = Math.max(clause.lastIndexOf('('), clause.lastIndexOf('（'));
        int close = Math.max(clause.lastIndexOf(')'), clause.lastIndexOf('）'));
        return open > close;
    }

    private static final String[] DONE = {"完成", "完工", "建成", "新增", "培育", "引进", "累计", "交付", "整改", "清零", "下达",
        "压减", "减负", "新建", "抓获", "匹配", "贯通", "播种", "销号"};

    /** The clause reports work done (完成, 建成, 新增 …), not work started or planned. */
    static boolean done(String clause) {
        for (String w : DONE) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "9条精品示范街建设已完成5条": the first figure repeats the target; the second is the actual. */
    static boolean restatesTarget(Mention m, Quantity t) {
        return t.unit().equals(m.unit()) && t.normalized().compareTo(m.normalized()) == 0 && m.after().chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Share of the target metric's bigrams found in {@code text}. */
    static double coverage(String metric, String text) {
        String x = Metrics.letters(metric);
        if (x.length() < 2) {
            return 0;
        }
        int shared = 0;
        int total = 0;
        for (int i = 0; i + 1 < x.length(); i++) {
            total++;
            if (text.contains(x.substring(i, i + 2))) {
                shared++;
            }
        }
        return (double) shared / total;
    }

    /** Distinct non-generic bigrams of {@code text} that also occur in the task's content. */
    static int subjectShared(String text, Set<Integer> content) {
        String x = Metrics.letters(text);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            int b = pair(x.charAt(i), x.charAt(i + 1));
            if (content.contains(b) && !GENERIC_PAIRS.contains(b)) {
                seen.add(b);
            }
        }
        return seen.size();
    }

    static Set<Integer> bigrams(String text) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            out.add(pair(text.charAt(i), text.charAt(i + 1)));
        }
        return out;
    }

    private static int pair(char a, char b) {
        return (a << 16) | b;
    }
}
