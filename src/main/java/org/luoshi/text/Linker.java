package org.luoshi.text;

import static org.luoshi.text.Matching.bigrams;
import static org.luoshi.text.Matching.coverage;
import static org.luoshi.text.Matching.forward;
import static org.luoshi.text.Matching.specificPairs;
import static org.luoshi.text.Matching.subjectShared;
import static org.luoshi.text.Wording.done;
import static org.luoshi.text.Wording.elidedSubject;
import static org.luoshi.text.Wording.event;
import static org.luoshi.text.Wording.honour;
import static org.luoshi.text.Wording.isTotal;
import static org.luoshi.text.Wording.namesTaskPhrase;
import static org.luoshi.text.Wording.otherProgramme;
import static org.luoshi.text.Wording.otherStage;
import static org.luoshi.text.Wording.planned;
import static org.luoshi.text.Wording.reporters;
import static org.luoshi.text.Wording.specification;
import static org.luoshi.text.Wording.spent;
import static org.luoshi.text.Wording.started;
import static org.luoshi.text.Wording.unclosedParenthesis;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.text.Matching.TargetTerms;

/**
 * Decides which figures of a progress text measure the task: completion shares, figures of the same kind
 * and unit as a target about a similar metric, and, for a task without numeric targets, the figures that
 * report work done on the task's own subject.
 */
final class Linker {

    private static final int MAX_TARGETS = 64;

    private Linker() {}

    static List<Mention> select(List<Mention> candidates, List<Quantity> targets, String content) {
        Pairs subject = bigrams(expand(content));
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
                if (!keep[j]
                        && !isTotal(amount)
                        && !planned(amount)
                        && known.stream().anyMatch(t -> t.unit().equals(amount.unit()))) {
                    keep[j] = true;
                }
                break;
            }
        }
        sameWording(candidates, keep, known);
        Matching.preferFullMatches(candidates, keep, terms);
        // "项目累计完成投资3200万元,完成总工程量的65%": a share right after a kept figure of the same
        // sentence reports on the same work, unless its clause names a part of its own ("设备安装完成80%").
        for (int i = 1; i < candidates.size(); i++) {
            Mention share = candidates.get(i);
            if (!keep[i]
                    && keep[i - 1]
                    && share.kind() == QuantityKind.COMPLETION
                    && sameSentence(candidates.get(i - 1), share)
                    && (Shares.ofTheWhole(share.clause())
                            || Shares.ownSubject(share.clause()).isEmpty())) {
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

    /**
     * The content followed by its canonical wording ({@link Indicators}: abbreviations and other names of an
     * indicator spelled as the table's first name), so that a report's full words match it.
     */
    static String expand(String content) {
        String canonical = Indicators.table().canonical(content);
        return canonical.equals(content) ? content : content + '，' + canonical;
    }

    /** The figure's own words name headline indicators, and none of them is the one the target names. */
    private static boolean otherIndicator(List<String> own, TargetTerms target) {
        if (own.isEmpty()) {
            return false;
        }
        List<String> targets = target.indicators();
        return !targets.isEmpty() && own.stream().noneMatch(targets::contains);
    }

    private static String canonical(String text) {
        return Indicators.table().canonical(text);
    }

    static boolean sameSentence(Mention first, Mention second) {
        return second.sentence().length() >= second.numberStart() - first.numberStart();
    }

    static boolean keep(Mention m, List<TargetTerms> targets, Pairs content, String contentText) {
        String around = m.sentence() + m.after();
        if (m.kind() == QuantityKind.COMPLETION) {
            return m.annual() || shareOfSubject(m, around, content);
        }
        if (planned(m) || reporters(m)) {
            return false; // "年内计划完成投资5亿元", "超额完成40所的年度目标任务", "全市86家企业上报数据"
        }
        if (unclosedParenthesis(m.clause()) || isTotal(m)) {
            return false; // "(09-18年1455亩)" is an aside; "13项问题已完成整改9项" states the total first
        }
        if (m.heading() && m.kind() == QuantityKind.AMOUNT && !done(m.clause())) {
            // "8个城镇污水零直排区建设:定海区…已完成": a count that opens a list introduces the items that follow
            // (how many there are), not how many were done; "已建成运动场6个:…" still reports work done.
            return false;
        }
        if (specification(m)) {
            return false; // "交付了20000方LNG加注运输船", "10万吨级泊位": the size of one vessel or berth, not a total
        }
        if (m.kind() == QuantityKind.AMOUNT && Metrics.letters(m.after()).endsWith("库")) {
            return false; // "建立102家重点企业培育库": the size of a pool of candidates, not work done
        }
        boolean breakdown = m.clause().strip().startsWith("其中");
        if (!breakdown && reportsGroupMember(m, contentText)) {
            return true; // "确保完成主要预期目标" is measured by "规上工业增加值增长9.3%"
        }
        if (!targets.isEmpty() && m.kind() == QuantityKind.AMOUNT && event(m)) {
            return false; // "3家书房的读者参加了阅读节": who took part, not work done
        }
        if (!targets.isEmpty()) {
            // A figure of a 分别 list is linked by its own item only; the sentence names the other items too.
            Pairs near = bigrams(canonical(m.item() ? m.metric() : m.clause() + m.after()));
            Pairs wide = m.item() ? near : null;
            String metric = canonical(m.metric());
            // "外轮供应货值24.38亿美元,同比增长17.05%": a percent whose clause names nothing borrows its metric from
            // the figure before it; it measures a percent target of that metric, not the amount target.
            List<String> ownIndicators = Indicators.table().named(m.item() ? m.metric() : m.clause());
            boolean borrowed =
                    m.unit().equals("%") && !m.item() && Metrics.of(m.clause()).isEmpty();
            int[] own = Metrics.letters(metric).length() >= 4 ? specificPairs(metric) : new int[0];
            for (TargetTerms terms : targets) {
                Quantity t = terms.target();
                if (otherStage(t.metric(), m.clause() + m.after())) {
                    continue; // "新开工亿元以上产业项目43个" does not measure "引进亿元以上项目100个"
                }
                if (otherIndicator(ownIndicators, terms)) {
                    continue; // "工业投资增长4%" does not measure "固定资产投资增长10%", whatever the sentence names
                }
                double forward = forward(terms, near);
                double backward = coverage(own, terms.all());
                double best = Math.max(forward, backward);
                boolean sameUnit = t.unit().equals(m.unit()) && (!t.isPercent() || t.kind() == m.kind());
                if (best >= 0.7 && (t.isPercent() || m.unit().equals("%") && !borrowed || sameUnit)) {
                    return true; // "一般公共预算收入158.86亿元" for a growth target of that revenue
                }
                if (breakdown) {
                    continue;
                }
                if (sameUnit && m.kind() == QuantityKind.AMOUNT && Wording.bareDone(m)) {
                    return true; // "上半年已完成610公里" for "3000公里…": nothing named but the work done
                }
                if (sameUnit && (forward >= 0.3 || backward >= 0.34) && !otherProgramme(m, contentText)) {
                    return true;
                }
                if (sameUnit
                        && t.isPercent()
                        && coverage(terms.whole(), wide == null ? wide = bigrams(canonical(around)) : wide) >= 0.5) {
                    return true; // "一般公共预算收入158.86亿元,自然口径增长4.3%": the sentence's subject carries
                }
                if (terms.stem().length > 0
                        && m.kind() != QuantityKind.RATIO
                        && coverage(terms.stem(), wide == null ? wide = bigrams(canonical(around)) : wide) >= 0.6) {
                    // An intensity (研发投入强度, 能耗强度) is known only at the year's end; mid-year reports give its
                    // numerator instead: "研发经费投入55.63亿元,同比增长64.5%" for "研发投入强度达到2.2%".
                    return true;
                }
            }
            // "已基本建成…等5个乡村运输服务站" for "加快乡村运输服务站建设,实现主要岛屿1公里范围乘车": a task sets
            // figures for some of its work only; a figure of work done that counts a thing the task names word
            // for word (a phrase of five letters or more right after the figure) reports on the task's other work.
            if (breakdown || m.kind() != QuantityKind.AMOUNT || started(m.clause()) || event(m)) {
                return false;
            }
            if ((done(m.sentence()) || done(m.after())) && namesTaskPhrase(m.after(), contentText)) {
                return true;
            }
            // "发放各类消费券3300万元" for "支持发放数字消费券…各地打造1-2个消费新场景": money the clause spends on
            // the task's own instrument, where no target counts money.
            return m.unit().equals("元")
                    && targets.stream().noneMatch(t -> t.target().unit().equals("元"))
                    && spent(m.clause())
                    && subjectShared(m.clause(), content) >= 3;
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
        return subjectShared(Shares.rated(m) + m.after(), content) >= 2;
    }

    /**
     * "上半年解决了59.6万人的饮水安全问题。累计解决了498.1万人的饮水安全问题": a figure worded like a kept one (the
     * same unit and the same metric, or the same words after it) reports the same work for another span of time.
     * Only for a task with targets of that unit; a part (其中), a total restated, a plan stay out.
     */
    static void sameWording(List<Mention> candidates, boolean[] keep, List<Quantity> targets) {
        for (int i = 0; i < candidates.size(); i++) {
            Mention m = candidates.get(i);
            if (keep[i]
                    || m.kind() != QuantityKind.AMOUNT
                    || m.clause().strip().startsWith("其中")
                    || isTotal(m)
                    || planned(m)
                    || targets.stream().noneMatch(t -> t.unit().equals(m.unit()))) {
                continue;
            }
            for (int j = 0; j < candidates.size() && !keep[i]; j++) {
                Mention k = candidates.get(j);
                if (j != i && keep[j] && k.kind() == m.kind() && k.unit().equals(m.unit()) && alike(k, m)) {
                    keep[i] = true;
                }
            }
        }
    }

    private static boolean alike(Mention a, Mention b) {
        String am = Metrics.letters(a.metric());
        String after = Metrics.letters(a.after());
        return am.length() >= 2 && am.equals(Metrics.letters(b.metric()))
                || after.length() >= 3 && after.equals(Metrics.letters(b.after()));
    }

    /**
     * The task names an indicator group (主要预期目标, 约束性指标 …) and the figure's own clause names one of the
     * table's headline indicators: the group's progress reports its members.
     */
    static boolean reportsGroupMember(Mention m, String contentText) {
        Indicators table = Indicators.table();
        return m.kind() != QuantityKind.COMPLETION
                && table.namesGroup(contentText)
                && !table.named(m.clause() + '，' + m.metric()).isEmpty();
    }

    /**
     * A share of work not measured against the year reports on the task when what it is a share of is the
     * task's subject: named in its own clause ("黄泽山二期安装工程累计完成95%"), or, when its clause names nothing
     * or the share is of the whole work ("…已完成桩基施工,完成总工程量的40%", "土建施工已完成总工程量的50%"), in
     * its sentence. A clause naming a part of its own ("外墙粉刷完成50%",
     * "城东街道完成工程量60%") measures that part; "相关场馆总体建设进度达98.5%" refers back to the task's work.
     */
    static boolean shareOfSubject(Mention m, String around, Pairs content) {
        if (Shares.overallOfTheWork(m.clause())) {
            return true;
        }
        String own = Shares.ownSubject(m.clause());
        if (own.isEmpty() || Shares.ofTheWhole(m.clause())) {
            return subjectShared(around, content) >= 1;
        }
        return subjectShared(own + m.after(), content) >= 1;
    }

    /**
     * For a task without numeric targets: money invested in it (完成投资, 投入资金), work done on its subject
     * (a 完成/新增/建成 … verb and a shared word), or a count whose clause names the subject outright.
     */
    static boolean reportsWorkOnSubject(Mention m, Pairs content) {
        String clause = m.clause();
        if (clause.contains("完成投资") || clause.contains("投入资金") || m.goalMet()) {
            return true;
        }
        if (event(m)) {
            return false; // "发生事故30起", "2500名学生参与": what happened or who took part, not work done
        }
        if (honour(m)) {
            return false; // "3个应用获评省最佳应用", "上榜…发布的12条精品线路": honours won, not work done
        }
        if (started(clause) && !done(clause)) {
            return false; // "启动未来农场创建3个": work launched is not work done
        }
        if (elidedSubject(m)) {
            return true; // "开工28个,完工20个": the progress cell's own subject is the task
        }
        boolean done = done(clause) || done(m.after());
        int shared = subjectShared(clause + m.after(), content);
        return (done && shared >= 1) || subjectShared(clause, content) >= 3;
    }
}
