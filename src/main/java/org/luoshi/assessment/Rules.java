package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.luoshi.assessment.Milestones.Milestone;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * Proposes a status and its reason from a task's facts. Plain Java, no I/O, thread-safe.
 *
 * <p>Order of the rules, and why:
 * <ol>
 *   <li>no progress text → no data;</li>
 *   <li>an explicit failure or postponement (未获, 暂缓, 延期 …) → at risk, because an office acts on it
 *       whatever the figures say, unless the figures show every target met;</li>
 *   <li>no numeric target → qualitative (ordinary progress), unless the text says the figures are not out, or
 *       a one-item task says its annual task is done, or a milestone of its own ("上半年开工") is due by the
 *       period's end: then the event must have happened ({@link Milestones});</li>
 *   <li>targets → the figures decide ({@link Tally}); without figures the words do (已完成目标任务,
 *       超序时, 滞后序时, 尚在核算), else no data. A target whose own milestone is due ("6月底前建成10公里"
 *       in Q3) is held against its whole, not against target × 序时进度.</li>
 * </ol>
 */
public final class Rules {

    /** A task of one sentence is one item: a statement that "the annual task" is done can only mean it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。;;!!]");

    /** Where a clause ends: a milestone does not reach past it to a target. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,,。;;、!!]");

    /** A report this short says one thing only. */
    private static final int SHORT_REPORT = 40;

    /** A done statement this short is all the report says. */
    private static final int SHORT_CLAUSE = 16;

    private final AssessmentPolicy policy;
    private final Measures measures;

    public Rules() {
        this(AssessmentPolicy.defaults());
    }

    public Rules(AssessmentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.measures = new Measures(policy);
    }

    public Judgement judge(TaskFacts facts) {
        return assess(facts).judgement();
    }

    /**
     * A task the unit did not report for the period: 未报送, its own status, not 待核算 (which says the text gives no
     * figures yet). Only the period knows a report is missing; a document's row without progress is judged by
     * {@link #assess} as text.
     */
    public Assessment notReported() {
        return new Assessment(
                new Judgement(Status.NOT_REPORTED, "未报送进展情况"),
                policy.signal(Status.NOT_REPORTED, null),
                null,
                List.of());
    }

    /** The judgement with its signal and schedule gap. */
    public Assessment assess(TaskFacts facts) {
        Verdict v = verdict(facts);
        return new Assessment(
                new Judgement(v.status(), v.reason()), policy.signal(v.status(), v.gap()), v.gap(), v.checks());
    }

    private Verdict verdict(TaskFacts facts) {
        if (facts.progress().isBlank()) {
            return Verdict.of(Status.NO_DATA, "未报送进展情况");
        }
        StatusCues.Found cues = StatusCues.read(facts.progress());
        if (facts.targets().isEmpty()) {
            return withoutTargets(facts, cues);
        }
        BigDecimal share = facts.expectedShare() == null ? BigDecimal.ONE : facts.expectedShare();
        Links links = Links.of(facts.targets(), facts.actuals(), policy.metricMatch());
        List<Milestone> dueOnTargets = new ArrayList<>();
        List<BigDecimal> shares = targetShares(facts, share, dueOnTargets);
        Tally tally = Tally.of(facts.targets(), links, share, shares, measures);
        Verdict figures = tally.verdict(cues);
        Verdict verdict = targeted(facts, cues, tally, figures);
        if (!dueOnTargets.isEmpty()) {
            verdict = new Verdict(
                    verdict.status(), "里程碑" + quoted(dueOnTargets) + "已到期,按全部目标衡量;" + verdict.reason(), verdict.gap());
        }
        return verdict.withChecks(tally.checks());
    }

    /**
     * The share each target is held against: 序时进度, or its whole when a milestone of its own is due by the
     * period's end ("年底前建成10公里" at year end; "上半年完成50%" from July on is held against 50%).
     */
    private static List<BigDecimal> targetShares(TaskFacts facts, BigDecimal share, List<Milestone> due) {
        List<BigDecimal> shares = new ArrayList<>();
        List<Milestone> milestones = facts.expectedShare() == null ? List.of() : Milestones.of(facts.content());
        String content = Hanzi.normalize(facts.content());
        int month = periodMonth(share);
        for (Quantity target : facts.targets()) {
            Optional<Milestone> own = milestones.stream()
                    .filter(m -> m.dueBy(month))
                    .filter(m -> belongsTo(m, target, content))
                    .findFirst();
            own.ifPresent(m -> {
                if (!due.contains(m)) {
                    due.add(m);
                }
            });
            shares.add(
                    own.isEmpty()
                            ? share
                            : target.kind() == QuantityKind.COMPLETION && target.isPercent()
                                    ? target.value().divide(BigDecimal.valueOf(100))
                                    : BigDecimal.ONE);
        }
        return shares;
    }

    /** A milestone governs the target written right after it in the same clause ("年底前建成10公里"). */
    private static boolean belongsTo(Milestone milestone, Quantity target, String content) {
        int at = content.indexOf(Hanzi.normalize(target.text()), milestone.start());
        return at >= milestone.end() - milestone.event().length()
                && !CLAUSE_END
                        .matcher(content.substring(milestone.end(), Math.max(milestone.end(), at)))
                        .find();
    }

    static int periodMonth(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(12))
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static String quoted(List<Milestone> milestones) {
        return String.join(
                "、", milestones.stream().map(m -> "“" + m.text() + "”").toList());
    }

    /**
     * A task without numeric targets whose own milestone is due: the event must have happened. Null when no
     * milestone is due.
     */
    private static Verdict dueMilestone(TaskFacts facts) {
        if (facts.expectedShare() == null) {
            return null;
        }
        int month = periodMonth(facts.expectedShare());
        List<Milestone> due = Milestones.of(facts.content()).stream()
                .filter(m -> m.dueBy(month))
                .toList();
        if (due.isEmpty()) {
            return null;
        }
        List<Milestone> missed = due.stream()
                .filter(m -> !Milestones.happened(m, facts.progress()))
                .toList();
        if (!missed.isEmpty()) {
            return Verdict.of(
                    Status.BEHIND,
                    String.join(
                            ";",
                            missed.stream()
                                    .map(m -> "里程碑“" + m.text() + "”已到期,进展未提及" + m.event())
                                    .toList()));
        }
        // A one-item task is its milestone: met, it is done (建成) or on schedule (开工). In a task of several
        // items the milestone is one part of it, and the rest is still judged in words (有序推进).
        boolean single = milestoneIsTheTask(facts.content());
        boolean whole = single && due.stream().allMatch(Milestones::finishes);
        Status status = whole ? Status.COMPLETED : single ? Status.AHEAD : Status.QUALITATIVE;
        return Verdict.of(
                status,
                "里程碑" + quoted(due) + "已到期,进展称已"
                        + String.join(
                                "、",
                                due.stream().map(Milestone::event).distinct().toList())
                        + (whole ? ",任务已完成" : single ? ",按节点推进" : ",其余事项按进展情况有序推进"));
    }

    /** Milestones not yet due, to be named in a reason; "" when none. */
    private static String notYetDue(TaskFacts facts) {
        if (facts.expectedShare() == null) {
            return "";
        }
        int month = periodMonth(facts.expectedShare());
        List<Milestone> later = Milestones.of(facts.content()).stream()
                .filter(m -> !m.dueBy(month))
                .toList();
        return later.isEmpty() ? "" : ";里程碑" + quoted(later) + "尚未到期";
    }

    private static Verdict targeted(TaskFacts facts, StatusCues.Found cues, Tally tally, Verdict figures) {
        if (cues.atRisk().isPresent() && (figures == null || figures.status() != Status.COMPLETED)) {
            return new Verdict(
                    Status.AT_RISK,
                    "进展称“" + cues.atRisk().get() + "”,存在风险" + (figures == null ? "" : ";" + figures.reason()),
                    figures == null ? null : figures.gap());
        }
        if (facts.expectedShare() == null) {
            return undated(figures, cues);
        }
        return figures != null ? figures : fromWords(facts, cues, tally);
    }

    private static Verdict withoutTargets(TaskFacts facts, StatusCues.Found cues) {
        if (cues.atRisk().isPresent()) {
            return Verdict.of(Status.AT_RISK, "进展称“" + cues.atRisk().get() + "”,存在风险");
        }
        // Without targets, "figures not out" only means no data when that is all the report says.
        if (cues.noData().isPresent()
                && Hanzi.normalize(facts.progress()).strip().length() <= SHORT_REPORT) {
            return Verdict.of(Status.NO_DATA, "无量化目标;进展称“" + cues.noData().get() + "”");
        }
        if (cues.taskDone().isPresent() && oneItem(facts.content())) {
            return Verdict.of(Status.COMPLETED, "无量化目标;进展称“" + cues.taskDone().get() + "”");
        }
        // A report of one short clause that says the work is done ("已完成", "其中5项已完成") says it of the task.
        if (cues.done().isPresent() && oneClause(facts.progress())) {
            return Verdict.of(Status.COMPLETED, "无量化目标;进展称“" + cues.done().get() + "”");
        }
        Verdict milestone = dueMilestone(facts);
        if (milestone != null) {
            return Verdict.of(milestone.status(), "无量化目标;" + milestone.reason());
        }
        Verdict share = reportedShare(facts);
        if (share != null) {
            return share;
        }
        if (cues.lagging().isPresent()) {
            // An explicit lag is not ordinary progress, even without a figure to measure it.
            return Verdict.of(Status.BEHIND, "无量化目标;进展称“" + cues.lagging().get() + "”");
        }
        return Verdict.of(Status.QUALITATIVE, "无量化目标,按进展情况有序推进" + notYetDue(facts));
    }

    /**
     * A task without numeric targets whose progress cell opens with the share of it that is done ("95%"): that
     * share against 序时进度. Null when no such share or no period.
     */
    private static Verdict reportedShare(TaskFacts facts) {
        if (facts.expectedShare() == null) {
            return null;
        }
        Optional<Quantity> done = facts.actuals().stream()
                .filter(q -> q.kind() == QuantityKind.COMPLETION && q.isPercent())
                .filter(q -> opens(facts.progress(), q))
                .findFirst();
        if (done.isEmpty()) {
            return null;
        }
        BigDecimal reported = done.get().value().divide(BigDecimal.valueOf(100));
        String figures = "无量化目标;完成" + done.get().text() + ",序时进度"
                + facts.expectedShare()
                        .multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros()
                        .toPlainString() + "%";
        if (reported.compareTo(BigDecimal.ONE) >= 0) {
            return Verdict.of(Status.COMPLETED, figures + ",已完成");
        }
        return reported.compareTo(facts.expectedShare()) >= 0
                ? Verdict.of(Status.AHEAD, figures + ",达到序时")
                : Verdict.of(Status.BEHIND, figures + ",低于序时");
    }

    /**
     * Whether a share is what the progress cell says first ("95%(…)"): the cell is the share of the task done. A
     * share further on in a narrative measures a part ("完成年度投资的80%") and leaves the task qualitative.
     */
    private static boolean opens(String progress, Quantity share) {
        return Hanzi.normalize(progress).strip().startsWith(Hanzi.normalize(share.text()));
    }

    /** No figures against any target: only the words can tell. */
    private static Verdict fromWords(TaskFacts facts, StatusCues.Found cues, Tally tally) {
        String missing = "未提及目标的完成数据:" + String.join("、", tally.unreported());
        if (cues.noData().isPresent()) {
            return Verdict.of(Status.NO_DATA, "进展称“" + cues.noData().get() + "”;" + missing);
        }
        Optional<String> whole = cues.taskDone().or(cues::allDone);
        if (whole.isPresent()) {
            return Verdict.of(Status.COMPLETED, "进展称“" + whole.get() + "”(未报具体数字)");
        }
        boolean partNamed = cues.done().isPresent() && namesATarget(cues.done().get(), facts.targets());
        if (partNamed && cues.pending().isPresent()) {
            return Verdict.of(
                    Status.AHEAD,
                    "进展称“" + cues.done().get() + "”,另“" + cues.pending().get() + "”,部分已完成、其余在推进;" + missing);
        }
        // "已竣工" of something the targets do not name is a part done, not the task.
        if (partNamed) {
            return Verdict.of(Status.COMPLETED, "进展称“" + cues.done().get() + "”(未报具体数字)");
        }
        if (cues.onTrack().isPresent()) {
            return Verdict.of(Status.AHEAD, "进展称“" + cues.onTrack().get() + "”;" + missing);
        }
        if (cues.lagging().isPresent()) {
            return Verdict.of(Status.BEHIND, "进展称“" + cues.lagging().get() + "”;" + missing);
        }
        return Verdict.of(Status.NO_DATA, missing);
    }

    /** A task list without a period: figures can show a target met, but nothing can be held against 序时. */
    private static Verdict undated(Verdict figures, StatusCues.Found cues) {
        if (figures != null && figures.status() == Status.COMPLETED) {
            return figures;
        }
        Optional<String> done = cues.anyDone();
        if (done.isPresent()) {
            return Verdict.of(Status.COMPLETED, "进展称“" + done.get() + "”");
        }
        return Verdict.of(Status.QUALITATIVE, "无报告期,无法对照序时进度" + (figures == null ? "" : ";" + figures.reason()));
    }

    private static boolean namesATarget(String clause, List<Quantity> targets) {
        return targets.stream().anyMatch(t -> Metrics.coverage(t.metric(), clause) >= 0.5);
    }

    /**
     * Whether a task is its milestone: every clause sets one ("年底前建成通车"), or a lead-in names what it is for
     * ("加快建设XX大桥,年底前建成"). "加快建设产业园,确保首期项目上半年开工,争取引进外资" has more to it.
     */
    private static boolean milestoneIsTheTask(String content) {
        List<String> clauses = CLAUSE_END
                .splitAsStream(Hanzi.normalize(content))
                .filter(c -> !c.isBlank())
                .toList();
        long without = clauses.stream().filter(c -> Milestones.of(c).isEmpty()).count();
        return clauses.size() <= 2 && without <= 1 && without < clauses.size();
    }

    /** A report that is one clause of at most {@value #SHORT_CLAUSE} characters. */
    private static boolean oneClause(String progress) {
        String p = Hanzi.normalize(progress).strip();
        return p.length() <= SHORT_CLAUSE
                && !CLAUSE_END.matcher(p.replaceAll("[。;;!!]$", "")).find();
    }

    private static boolean oneItem(String content) {
        return SENTENCE_END
                        .splitAsStream(Hanzi.normalize(content))
                        .filter(s -> !s.isBlank())
                        .count()
                <= 1;
    }
}
