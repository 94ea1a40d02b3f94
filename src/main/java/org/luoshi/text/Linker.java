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
            + "持续 深化 一批 新增 市级 省级 我市 发展 推动 体系 服务 管理 体化 一体 进一 一步 打造 积极 提高 同比 增长 创建 "
            // A size class ("亿元以上项目", "50万元以下") says how big, not what is counted.
            + "亿元以上 万元以上 亿元以下 万元以下 ";

    private static final Set<Integer> GENERIC_PAIRS = bigrams(GENERIC.replace(" ", "|"));

    private static final int MAX_TARGETS = 64;

    private Linker() {
    }

    /** Abbreviations offices write in tasks and spell out in progress reports. */
    private static final String[][] ABBREVIATIONS = {
        {"社保", "社会保险养老保险参保"}, {"医保", "医疗保障医疗保险参保"}, {"规上", "规模以上"}, {"双创", "创新创业"},
        {"高企", "高新技术企业"}, {"外贸", "进出口"},
    };

    static List<Mention> select(List<Mention> candidates, List<Quantity> targets, String content) {
        Set<Integer> subject = bigrams(expand(content));
        // A task states a handful of targets; a text that yields hundreds is not a task, and linking every
        // figure to each of them would cost time quadratic in the text.
        List<Quantity> known = targets.size() > MAX_TARGETS ? targets.subList(0, MAX_TARGETS) : targets;
        List<TargetTerms> terms = new ArrayList<>();
        for (Quantity t : known) {
            terms.add(TargetTerms.of(t));
        }
        boolean[] keep = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            keep[i] = keep(candidates.get(i), terms, subject, content);
        }
        // "完成保税燃料油加注量439.1万吨,完成年度目标的70.8%": the amount a kept annual share is computed
        // from measures the same target, whatever it is called.
        for (int i = 1; i < candidates.size(); i++) {
            Mention share = candidates.get(i);
            if (!keep[i] || !share.annual()) {
                continue;
            }
            for (int j = i - 1; j >= 0 && sameSentence(candidates.get(j), share); j--) {
                Mention amount = candidates.get(j);
                if (amount.kind() != QuantityKind.AMOUNT) {
                    continue;
                }
                if (!keep[j] && !isTotal(amount) && known.stream().anyMatch(t -> t.unit().equals(amount.unit()))) {
                    keep[j] = true;
                }
                break;
            }
        }
        // "项目累计完成投资3200万元,完成总工程量的65%": a share right after a kept figure of the same
        // sentence reports on the same work.
        for (int i = 1; i < candidates.size(); i++) {
            Mention share = candidates.get(i);
            if (!keep[i] && keep[i - 1] && share.kind() == QuantityKind.COMPLETION && sameSentence(candidates.get(i - 1), share)) {
                keep[i] = true;
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

    /** The content with the abbreviations it uses spelled out, so that a report's full words match it. */
    static String expand(String content) {
        StringBuilder b = null;
        for (String[] a : ABBREVIATIONS) {
            if (content.contains(a[0])) {
                b = b == null ? new StringBuilder(content) : b;
                b.append('，').append(a[1]);
            }
        }
        return b == null ? content : b.toString();
    }

    private static boolean sameSentence(Mention first, Mention second) {
        return second.sentence().length() >= second.numberStart() - first.numberStart();
    }

    /** A target with its metric's bigrams computed once: the whole metric and each part of a 、 list. */
    record TargetTerms(Quantity target, int[] whole, List<int[]> parts, Set<Integer> all, int[] stem) {
        static TargetTerms of(Quantity t) {
            List<int[]> parts = new ArrayList<>();
            for (String part : t.metric().split("[、和及]")) {
                parts.add(specificPairs(part));
            }
            String letters = Metrics.letters(t.metric());
            String level = letters.replaceFirst("(提高到|提升到|提高至|提升至|达到|达|保持在|稳定在)$", "");
            // The numerator of an intensity, without the scope it is taken over (全社会研发投入强度 → 研发投入).
            int[] stem = t.kind() == QuantityKind.RATIO && level.endsWith("强度")
                    ? specificPairs(level.substring(0, level.length() - 2).replaceFirst("^全(社会|市|省|区|县)", "")) : new int[0];
            return new TargetTerms(t, specificPairs(t.metric()), parts, bigrams(letters), stem);
        }
    }

    static boolean keep(Mention m, List<TargetTerms> targets, Set<Integer> content, String contentText) {
        String around = m.sentence() + m.after();
        if (m.kind() == QuantityKind.COMPLETION) {
            return m.annual() || subjectShared(around, content) >= 1;
        }
        if (unclosedParenthesis(m.clause()) || isTotal(m)) {
            return false;  // "(09-18年1455亩)" is an aside; "13项问题已完成整改9项" states the total first
        }
        if (m.heading() && m.kind() == QuantityKind.AMOUNT && !done(m.clause())) {
            // "8个城镇污水零直排区建设:定海区…已完成": a count that opens a list introduces the items that follow
            // (how many there are), not how many were done; "已建成运动场6个:…" still reports work done.
            return false;
        }
        if (specification(m)) {
            return false;  // "交付了20000方LNG加注运输船", "10万吨级泊位": the size of one vessel or berth, not a total
        }
        if (m.kind() == QuantityKind.AMOUNT && Metrics.letters(m.after()).endsWith("库")) {
            return false;  // "建立102家重点企业培育库": the size of a pool of candidates, not work done
        }
        boolean breakdown = m.clause().strip().startsWith("其中");
        if (!targets.isEmpty()) {
            Set<Integer> near = bigrams(m.clause() + m.after());
            Set<Integer> wide = null;
            int[] own = Metrics.letters(m.metric()).length() >= 4 ? specificPairs(m.metric()) : new int[0];
            for (TargetTerms terms : targets) {
                Quantity t = terms.target();
                if (otherStage(t.metric(), m.clause() + m.after())) {
                    continue;  // "新开工亿元以上产业项目43个" does not measure "引进亿元以上项目100个"
                }
                double forward = 0;
                for (int[] part : terms.parts()) {  // "改造断头路、瓶颈路4条" counts either
                    forward = Math.max(forward, coverage(part, near));
                }
                double backward = coverage(own, terms.all());
                double best = Math.max(forward, backward);
                boolean sameUnit = t.unit().equals(m.unit()) && (!t.isPercent() || t.kind() == m.kind());
                if (best >= 0.7 && (t.isPercent() || m.unit().equals("%") || sameUnit)) {
                    return true;  // "一般公共预算收入158.86亿元" for a growth target of that revenue
                }
                if (breakdown) {
                    continue;
                }
                if (sameUnit && (forward >= 0.3 || backward >= 0.34)) {
                    return true;
                }
                if (sameUnit && t.isPercent() && coverage(terms.whole(), wide == null ? wide = bigrams(around) : wide) >= 0.5) {
                    return true;  // "一般公共预算收入158.86亿元,自然口径增长4.3%": the sentence's subject carries
                }
                if (terms.stem().length > 0 && m.kind() != QuantityKind.RATIO
                        && coverage(terms.stem(), wide == null ? wide = bigrams(around) : wide) >= 0.6) {
                    // An intensity (研发投入强度, 能耗强度) is known only at the year's end; mid-year reports give its
                    // numerator instead: "研发经费投入55.63亿元,同比增长64.5%" for "研发投入强度达到2.2%".
                    return true;
                }
            }
            // "已基本建成…等5个乡村运输服务站" for "加快乡村运输服务站建设,实现主要岛屿1公里范围乘车": a task sets
            // figures for some of its work only; a figure of work done that counts a thing the task names word
            // for word (a phrase of five letters or more right after the figure) reports on the task's other work.
            return !breakdown && m.kind() == QuantityKind.AMOUNT && (done(m.sentence()) || done(m.after()))
                    && !started(m.clause()) && !event(m) && namesTaskPhrase(m.after(), contentText);
        }
        if (breakdown) {
            return false;
        }
        if (m.kind() == QuantityKind.AMOUNT) {
            return reportsWorkOnSubject(m, content);
        }
        if (m.kind() == QuantityKind.GROWTH) {
            // "较上年同期提升0.1个百分点" moves a rate; without a target in points it measures nothing asked.
            return !m.unit().equals("百分点") && subjectShared(around, content) >= 2;
        }
        return subjectShared(m.clause() + m.after(), content) >= 2;
    }

    /**
     * For a task without numeric targets: money invested in it (完成投资, 投入资金), work done on its subject
     * (a 完成/新增/建成 … verb and a shared word), or a count whose clause names the subject outright.
     */
    static boolean reportsWorkOnSubject(Mention m, Set<Integer> content) {
        String clause = m.clause();
        if (clause.contains("完成投资") || clause.contains("投入资金") || m.goalMet()) {
            return true;
        }
        if (event(m)) {
            return false;  // "发生事故30起", "2500名学生参与": what happened or who took part, not work done
        }
        if (honour(m)) {
            return false;  // "3个应用获评省最佳应用", "上榜…发布的12条精品线路": honours won, not work done
        }
        if (started(clause) && !done(clause)) {
            return false;  // "启动未来农场创建3个": work launched is not work done
        }
        if (elidedSubject(m)) {
            return true;  // "开工28个,完工20个": the progress cell's own subject is the task
        }
        boolean done = done(clause) || done(m.after());
        int shared = subjectShared(clause + m.after(), content);
        return (done && shared >= 1) || subjectShared(clause, content) >= 3;
    }

    /**
     * The stages a project passes through, each reported as its own indicator (签约 signed, 引进 attracted,
     * 开工 started, 竣工 finished, 投产 in production); words of one stage are synonyms.
     */
    private static final String[][] STAGES = {
        {"签约"}, {"引进", "招引", "落户"}, {"开工", "动工"}, {"竣工", "完工", "建成"}, {"投产", "达产", "投用", "投运"},
    };

    /**
     * The target counts projects at one stage and the figure's clause names another stage only: "新开工…项目43个"
     * for "引进亿元以上项目100个" is a different indicator of the same pipeline.
     */
    static boolean otherStage(String targetMetric, String clause) {
        int own = -1;
        for (int g = 0; g < STAGES.length && own < 0; g++) {
            for (String w : STAGES[g]) {
                if (targetMetric.contains(w)) {
                    own = g;
                }
            }
        }
        if (own < 0) {
            return false;
        }
        boolean other = false;
        for (int g = 0; g < STAGES.length; g++) {
            for (String w : STAGES[g]) {
                if (clause.contains(w)) {
                    if (g == own) {
                        return false;
                    }
                    other = true;
                }
            }
        }
        return other;
    }

    /** The text after a figure holds a run of at least five letters of the task's content. */
    static boolean namesTaskPhrase(String after, String content) {
        String a = Metrics.letters(after);
        for (int i = 0; i + 5 <= a.length(); i++) {
            if (content.contains(a.substring(i, i + 5))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CAPACITY_UNITS = Set.of("方", "立方米", "吨", "载重吨", "标箱", "TEU", "千瓦");
    private static final String[] VESSELS = {"船", "轮", "舶", "泊位", "码头", "机组", "储罐"};

    /**
     * A capacity written straight before the vessel, berth or unit it describes ("20000方LNG加注运输船",
     * "2万吨化学品船", "10万吨级泊位", "66万千瓦机组") is that item's size class, not an amount of work.
     */
    static boolean specification(Mention m) {
        if (m.kind() != QuantityKind.AMOUNT || !CAPACITY_UNITS.contains(m.unit()) || m.after().isEmpty()) {
            return false;
        }
        char first = m.after().charAt(0);
        if (!Character.isLetter(first)) {
            return false;
        }
        for (String v : VESSELS) {
            if (m.after().contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HONOURS = {"获评", "批示肯定", "入选", "上榜", "荣获"};

    /** The figure counts honours or recognition won (获评, 入选, 上榜), which report standing, not work done. */
    private static boolean honour(Mention m) {
        for (String w : HONOURS) {
            if (m.clause().contains(w) || m.after().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean event(Mention m) {
        for (String w : EVENTS) {
            if (m.clause().contains(w) || m.after().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 开工 is left out: 新开工项目 is a standard count of its own in these reports. */
    private static final String[] STARTED = {"启动", "开始", "着手"};

    /** The clause reports work launched (启动, 着手), which says nothing of how much is done. */
    static boolean started(String clause) {
        for (String w : STARTED) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] FINISHED = {"完工", "建成", "竣工", "完成", "交付", "建成投用", "投用", "投运"};

    /**
     * "开工28个,完工20个,完成投资4.82亿元": a sentence of bare verb-and-figure clauses names no subject of its
     * own, so it reports on the task's. True when the figure's clause is only a completion verb (完工, 建成 …)
     * with nothing named after the figure, and each clause before it in the sentence is a verb and a figure at most (four letters, unit included).
     */
    static boolean elidedSubject(Mention m) {
        String clause = Metrics.letters(m.clause());
        boolean finished = false;
        for (String w : FINISHED) {
            finished |= clause.equals(w) || clause.equals("已" + w);
        }
        if (!finished || Metrics.letters(m.after()).length() > 1) {
            return false;  // "完成70条道路两侧餐饮单位整治": the noun after the figure is its own subject
        }
        String before = m.sentence().substring(0, m.sentence().length() - m.clause().length());
        for (String part : before.split("[，,、；;：:]")) {
            if (Metrics.letters(part).length() > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean unclosedParenthesis(String clause) {
        int open = Math.max(clause.lastIndexOf('('), clause.lastIndexOf('（'));
        int close = Math.max(clause.lastIndexOf(')'), clause.lastIndexOf('）'));
        return open > close;
    }

    private static final String[] EVENTS = {"发生", "收到", "参与", "参加", "吸引", "涉及", "涉案"};

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

    /**
     * "9条精品示范街建设已完成5条", "13项问题已完成整改9项": a figure followed in its clause by 完成 and another
     * number states the total; the second number is the actual.
     */
    static boolean isTotal(Mention m) {
        String after = m.after();
        int done = after.indexOf('已');
        for (String w : DONE) {
            int at = after.indexOf(w);
            if (at >= 0 && (done < 0 || at < done)) {
                done = at;
            }
        }
        if (done < 0) {
            return false;
        }
        for (int i = done; i < after.length(); i++) {
            if (ChineseNumber.isArabicDigit(after.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Share of the metric's specific bigrams found among {@code text}'s bigrams. */
    static double coverage(int[] metric, Set<Integer> text) {
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
            int p = pair(x.charAt(i), x.charAt(i + 1));
            if (!GENERIC_PAIRS.contains(p)) {
                out[k++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, k);
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
