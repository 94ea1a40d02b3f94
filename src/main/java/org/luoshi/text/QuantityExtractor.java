package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the quantities that matter out of a task's text and its progress text.
 * Thread-safe and free of I/O; create one and share it. Never throws on text: what cannot be read is left out.
 *
 * <p>Conventions, decided once for every government's wording:
 * <ul>
 *   <li>value as written, magnitude 万/亿/千/百 (stacked: 千亿 = 10¹¹), base unit after it; 千瓦, 千克, 千米,
 *       百分点 are units; a bare 亿 (and a bare 万 next to 资金/收入/投资 …) is money, unit 元;</li>
 *   <li>ranges (1-2个, 4.5%-5%, 1.2万-1.5万人) read as their lower bound, at least; 余/多/十几/几十 likewise;
 *       三分之一 is 33.33 %; 百分之八十 is 80 %;</li>
 *   <li>comparators: see {@link Cues}; 力争 is at least, and a 力争 figure listed after a growth
 *       ("增长9%、力争10%") is itself a growth of the same metric;</li>
 *   <li>not quantities: years, dates, document numbers, list ordinals, codes, anything inside “…” quotes,
 *       《…》 titles or 〔…〕, voltage classes (10千伏线路), durations in months, a figure that qualifies
 *       the count after it (100亿元以上1个), and a size class of entities (亩均税收低于5万元企业, 500人以上行政村);</li>
 *   <li>actuals: every completion share measured against the year (完成年度任务的130%, 年度计划完成率);
 *       other completion shares when their sentence names the task's subject; figures of a target's unit and
 *       kind whose clause names a similar metric (the total restated before "已完成" left out, a partial match
 *       giving way to a full one, a 其中 part of a kept total left out); for a task without numeric targets,
 *       figures that report work done on its subject. A share measures what its own clause names, a ratio its
 *       numerator (not the base after 占); see {@link Linker}, {@link Shares}, {@link Matching}.</li>
 * </ul>
 */
public final class QuantityExtractor {

    /** "两年平均增长9.8%", "三年年均增长": growth averaged over several years, another basis than a year's target. */
    private static final Pattern YEARS_AVERAGE = Pattern.compile("([两二三四五3-5]年(平均|年均)|年均)[^,，。;；]{0,2}$");

    /** The quantitative targets stated in a task's content (工作内容), in text order. */
    public List<Quantity> targets(String content) {
        if (content == null || content.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (Mention m : QuantityScanner.scan(Traditional.simplify(content), true)) {
            out.add(m.toQuantity(content, ""));
        }
        return List.copyOf(out);
    }

    /**
     * The goals a progress text states for the year, in text order: "超额完成40所的年度目标任务", "年内计划完成投资8亿元".
     * They are never actuals; a task whose content states no figure is measured against them.
     */
    public List<Quantity> statedGoals(String progress) {
        if (progress == null || progress.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        String simplified = Traditional.simplify(progress);
        Mention done = null;
        for (Mention m : QuantityScanner.scan(simplified, true)) {
            if (m.kind() != QuantityKind.COMPLETION && Wording.planned(m)) {
                Quantity goal = m.toQuantity(progress, "");
                out.add(done != null && measuresTheDone(m, done, simplified) ? withMetric(goal, done.metric()) : goal);
            } else {
                done = m;
            }
        }
        return List.copyOf(out);
    }

    /** "超额完成", "已提前完成": a goal's clause that names no metric of its own. */
    private static final java.util.regex.Pattern BARE_DONE =
            java.util.regex.Pattern.compile("^[,;\\s\\uFF0C\\uFF1B]*(已|均)?(提前)?(超额)?完成了?$");

    /**
     * "全年新建幼儿园48所,超额完成40所的年度目标任务": a goal stated right after the figure done, in the same
     * sentence and unit, with no metric of its own, measures what that figure measures.
     */
    private static boolean measuresTheDone(Mention goal, Mention done, String text) {
        if (!goal.unit().equals(done.unit()) || done.metric().isEmpty() || done.end() > goal.start()) {
            return false;
        }
        String between = text.substring(done.end(), goal.start());
        return between.indexOf('\u3002') < 0
                && between.indexOf(';') < 0
                && between.indexOf('\uFF1B') < 0
                && BARE_DONE.matcher(goal.clause()).find();
    }

    private static Quantity withMetric(Quantity q, String metric) {
        return new Quantity(
                q.text(), metric, q.kind(), q.value(), q.magnitude(), q.unit(), q.comparison(), q.asOf(), q.start());
    }

    /**
     * The quantities in a progress text that measure one of {@code targets}, plus explicit completion
     * shares (完成年度任务的130%), in text order, each with the period it covers when stated.
     */
    public List<Quantity> actuals(String progress, List<Quantity> targets) {
        StringBuilder subject = new StringBuilder();
        if (targets != null) {
            for (Quantity t : targets) {
                subject.append(t.metric()).append('，'); // without the content, the targets' metrics name the subject
            }
        }
        return actuals(progress, targets, subject.toString());
    }

    /**
     * As {@link #actuals(String, List)}, also using the task's content (工作内容) to recognise the figures
     * that report work on the task's own subject: in a task without numeric targets these are the actuals,
     * and a completion share not measured against the year (完成总工程量的71%) is kept only when its
     * sentence names that subject. Prefer this form whenever the content is at hand.
     */
    public List<Quantity> actuals(String progress, List<Quantity> targets, String content) {
        if (progress == null || progress.isEmpty()) {
            return List.of();
        }
        List<Quantity> known = targets == null ? List.of() : targets;
        String subject = content == null ? "" : Traditional.simplify(content);
        String simplified = Traditional.simplify(progress);
        List<Mention> kept = Linker.select(QuantityScanner.scan(simplified, false), known, subject);
        if (known.stream().noneMatch(QuantityExtractor::isAverage)) {
            kept = kept.stream().filter(m -> !averagedOverYears(simplified, m)).toList();
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        Periods.Index periods = Periods.index(simplified);
        List<Quantity> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            out.add(m.toQuantity(progress, Periods.before(periods, m.start())));
        }
        return List.copyOf(out);
    }

    private static boolean averagedOverYears(String text, Mention m) {
        return m.kind() == QuantityKind.GROWTH
                && YEARS_AVERAGE
                        .matcher(text.substring(Math.max(0, m.start() - 8), m.start()))
                        .find();
    }

    private static boolean isAverage(Quantity target) {
        String said = target.metric() + target.text();
        return said.contains("年均") || said.contains("平均");
    }
}
