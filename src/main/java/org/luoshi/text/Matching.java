package org.luoshi.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How much two phrases name the same thing, by their specific bigrams (the words every task uses left out),
 * and which target a figure's words name best.
 */
final class Matching {

    private static final int MAX_PARTS = 16;

    private Matching() {}

    /** Words every task shares; a common subject needs more than these. */
    private static final String GENERIC = " 项目 工程 建设 完成 推进 加快 工作 全市 开展 实施 进度 总体 任务 年度 计划 累计 目前 已经 实现 提升 加强 重点 全面 "
            + "持续 深化 一批 新增 市级 省级 我市 发展 推动 体系 服务 管理 体化 一体 进一 一步 打造 积极 提高 同比 增长 创建 "
            // A size class ("亿元以上项目", "50万元以下") says how big, not what is counted.
            + "亿元以上 万元以上 亿元以下 万元以下 "
            // Where the work is (区域, 区块, 片区) is not what it is: "对接长三角区域高校院所" vs "区域合作开发".
            + "区域 区块 片区 ";

    private static final Pairs GENERIC_PAIRS = bigrams(GENERIC.replace(" ", "|"));

    private static final Pattern LEVEL_VERB = Pattern.compile("(提高到|提升到|提高至|提升至|达到|达|保持在|稳定在)$");
    private static final Pattern WHOLE_SCOPE = Pattern.compile("^全(社会|市|省|区|县)");

    /** A target with its metric's bigrams computed once: the whole metric and each part of a 、 list. */
    record TargetTerms(
            Quantity target, int[] whole, List<int[]> parts, Pairs all, int[] stem, List<String> indicators) {
        static TargetTerms of(Quantity t) {
            List<int[]> parts = new ArrayList<>();
            String metric = Indicators.table().canonical(t.metric()); // 规上工业增加值 is 规模以上工业增加值
            for (String part : metric.split("[、和及]")) {
                parts.add(specificPairs(part));
            }
            String letters = Metrics.letters(metric);
            String level = LEVEL_VERB.matcher(letters).replaceFirst("");
            // The numerator of an intensity, without the scope it is taken over (全社会研发投入强度 → 研发投入).
            int[] stem = t.kind() == QuantityKind.RATIO && level.endsWith("强度")
                    ? specificPairs(WHOLE_SCOPE
                            .matcher(level.substring(0, level.length() - 2))
                            .replaceFirst(""))
                    : new int[0];
            return new TargetTerms(
                    t,
                    specificPairs(metric),
                    parts,
                    bigrams(letters),
                    stem,
                    Indicators.table().named(metric));
        }
    }

    /** How much of the target's metric (or of one part of a 、 list) the figure's clause and the words after it name. */
    static double forward(TargetTerms terms, Pairs near) {
        double forward = 0;
        for (int[] part : terms.parts()) { // "改造断头路、瓶颈路4条" counts either
            forward = Math.max(forward, coverage(part, near));
        }
        return forward;
    }

    /**
     * "新增蔬菜基地面积700亩" beside "已完成1.6万亩蔬菜基地强基工程" for the target "1.33万亩蔬菜基地强基工程": where
     * one figure names a target's metric fully, another of the same unit and kind that names it only in part
     * measures something else (here, new land rather than the upgraded base). Each part of a listed metric
     * ("改造断头路、瓶颈路4条") is matched on its own. A part (其中) of a kept total for the same target goes too.
     */
    static void preferFullMatches(List<Mention> candidates, boolean[] keep, List<TargetTerms> terms) {
        if (terms.isEmpty()) {
            return;
        }
        int[] target = new int[candidates.size()];
        double[] score = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            target[i] = -1;
            Mention m = candidates.get(i);
            if (!keep[i] || m.kind() != QuantityKind.AMOUNT) {
                continue;
            }
            Indicators names = Indicators.table();
            Pairs near = bigrams(names.canonical(m.clause() + m.after()));
            String metric = names.canonical(m.metric());
            int[] own = Metrics.letters(metric).length() >= 4 ? specificPairs(metric) : new int[0];
            for (int k = 0; k < terms.size(); k++) {
                TargetTerms t = terms.get(k);
                if (!t.target().unit().equals(m.unit()) || t.target().kind() != m.kind()) {
                    continue;
                }
                int part = 0;
                double forward = 0;
                for (int p = 0; p < t.parts().size(); p++) {
                    double c = coverage(t.parts().get(p), near);
                    if (c > forward) {
                        forward = c;
                        part = p;
                    }
                }
                double best = Math.max(forward, coverage(own, t.all()));
                if (best > score[i]) {
                    score[i] = best;
                    target[i] =
                            k * MAX_PARTS + Math.min(part, MAX_PARTS - 1); // each part of a 、 list is its own measure
                }
            }
        }
        boolean[] fullyNamed = new boolean[terms.size() * MAX_PARTS];
        for (int i = 0; i < candidates.size(); i++) {
            if (target[i] >= 0 && score[i] >= 0.7) {
                fullyNamed[target[i]] = true;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (target[i] >= 0 && score[i] < 0.7 && fullyNamed[target[i]]) {
                keep[i] = false;
            }
        }
        // "累计引进亿元以上项目52个,其中10亿元以上项目20个": a part (其中) of a kept figure of the same sentence that
        // measures the same target restates a share of that total; "…大宗商品贸易额6500亿元,其中油气贸易额5700亿元"
        // measures a target of its own and stays.
        for (int i = 1; i < candidates.size(); i++) {
            Mention part = candidates.get(i);
            if (!keep[i] || target[i] < 0 || !part.clause().strip().startsWith("其中")) {
                continue;
            }
            for (int j = i - 1; j >= 0 && Linker.sameSentence(candidates.get(j), part); j--) {
                Mention whole = candidates.get(j);
                if (keep[j] && whole.unit().equals(part.unit()) && whole.kind() == part.kind()) {
                    if (target[j] >= 0 && target[j] / MAX_PARTS == target[i] / MAX_PARTS) {
                        keep[i] = false;
                    }
                    break;
                }
            }
        }
    }

    /** Share of the metric's specific bigrams found among {@code text}'s bigrams. */
    static double coverage(int[] metric, Pairs text) {
        if (metric.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int p : metric) {
            if (text.contains(p)) {
                shared++;
            }
        }
        return (double) shared / metric.length;
    }

    /** The bigrams of a metric's letters, leaving out words every task uses (新增, 建设, 完成 …). */
    static int[] specificPairs(String metric) {
        String x = Metrics.letters(metric);
        int[] out = new int[Math.max(0, x.length() - 1)];
        int k = 0;
        for (int i = 0; i + 1 < x.length(); i++) {
            int p = Pairs.pack(x.charAt(i), x.charAt(i + 1));
            if (!GENERIC_PAIRS.contains(p)) {
                out[k++] = p;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Distinct non-generic bigrams of {@code text} that also occur in the task's content. */
    static int subjectShared(String text, Pairs content) {
        String x = Metrics.letters(text);
        Pairs seen = null;
        for (int i = 0; i + 1 < x.length(); i++) {
            int b = Pairs.pack(x.charAt(i), x.charAt(i + 1));
            if (content.contains(b) && !GENERIC_PAIRS.contains(b)) {
                if (seen == null) {
                    seen = Pairs.empty(8);
                }
                seen.add(b);
            }
        }
        return seen == null ? 0 : seen.size();
    }

    static Pairs bigrams(String text) {
        return Pairs.of(text);
    }
}
