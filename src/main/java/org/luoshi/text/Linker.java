package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which figures of a progress text measure the task: completion shares, figures of the same kind
 * and unit as a target about a similar metric, and, for a task without numeric targets, the figures that
 * report work done on the task's own subject.
 */
final class Linker {

    /** Words every task shares; a common subject needs more than these. */
    private static final String GENERIC = " 项目 工程 建设 完成 推进 加快 工作 全市 开展 实施 进度 总体 任务 年度 计划 累计 目前 已经 实现 提升 加强 重点 全面 "
            + "持续 深化 一批 新增 市级 省级 我市 发展 推动 体系 服务 管理 体化 一体 进一 一步 打造 积极 提高 同比 增长 创建 ";

    private Linker() {
    }

    static List<Mention> select(List<Mention> candidates, List<Quantity> targets, String content) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : candidates) {
            if (keep(m, targets, content)) {
                kept.add(m);
            }
        }
        return kept;
    }

    static boolean keep(Mention m, List<Quantity> targets, String content) {
        String around = m.sentence() + m.after();
        if (m.kind() == QuantityKind.COMPLETION) {
            return m.annual() || subjectShared(around, content) >= 1;
        }
        boolean breakdown = m.clause().strip().startsWith("其中");
        if (!targets.isEmpty()) {
            for (Quantity t : targets) {
                if (restatesTarget(m, t)) {
                    return false;
                }
            }
            for (Quantity t : targets) {
                double near = Math.max(coverage(t.metric(), m.clause() + m.after()), coverage(m.metric(), t.metric()));
                boolean sameUnit = t.unit().equals(m.unit()) && (!t.isPercent() || t.kind() == m.kind());
                if (near >= 0.6) {
                    return true;
                }
                if (breakdown) {
                    continue;
                }
                if (sameUnit && near >= 0.34) {
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
            return subjectScore(m, content) >= 2;
        }
        if (m.kind() == QuantityKind.GROWTH) {
            return subjectShared(around, content) >= 2;
        }
        return subjectShared(m.clause() + m.after(), content) >= 2;
    }

    private static final String[] DONE = {"完成投资", "完成", "完工", "建成", "新增", "培育", "引进", "累计", "交付", "整改", "清零", "下达",
        "压减", "减负", "新建", "抓获", "匹配", "贯通", "播种"};

    static int subjectScore(Mention m, String content) {
        return subjectShared(m.clause() + m.after(), content) + (done(m.clause()) ? 1 : 0);
    }

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

    /** Distinct non-generic bigrams of {@code text} that also occur in {@code content}. */
    static int subjectShared(String text, String content) {
        String x = Metrics.letters(text);
        int shared = 0;
        String seen = "";
        for (int i = 0; i + 1 < x.length(); i++) {
            String b = x.substring(i, i + 2);
            if (content.contains(b) && !GENERIC.contains(" " + b + " ") && !seen.contains(b)) {
                shared++;
                seen += b + " ";
            }
        }
        return shared;
    }
}
