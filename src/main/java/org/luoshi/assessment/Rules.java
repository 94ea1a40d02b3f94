package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Proposes a status and its reason from a task's facts. Plain Java, no I/O, thread-safe.
 *
 * <p>Order of the rules, and why:
 * <ol>
 *   <li>no progress text → no data;</li>
 *   <li>an explicit failure or postponement (未获, 暂缓, 延期 …) → at risk, because an office acts on it
 *       whatever the figures say, unless the figures show every target met;</li>
 *   <li>no numeric target → qualitative (ordinary progress), unless the text says the figures are not out, or
 *       a one-item task says its annual task is done;</li>
 *   <li>targets → the figures decide ({@link Tally}); without figures the words do (已完成目标任务,
 *       超序时, 滞后序时, 尚在核算), else no data.</li>
 * </ol>
 */
public final class Rules {

    /** A task of one sentence is one item: a statement that "the annual task" is done can only mean it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。;;!!]");

    /** A report this short says one thing only. */
    private static final int SHORT_REPORT = 40;

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

    /** The judgement with its signal and schedule gap. */
    public Assessment assess(TaskFacts facts) {
        Verdict v = verdict(facts);
        return new Assessment(new Judgement(v.status(), v.reason()), policy.signal(v.status(), v.gap()), v.gap(),
                v.checks());
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
        Tally tally = Tally.of(facts.targets(), links, share, measures);
        Verdict figures = tally.verdict(cues);
        return targeted(facts, cues, tally, figures).withChecks(tally.checks());
    }

    private static Verdict targeted(TaskFacts facts, StatusCues.Found cues, Tally tally, Verdict figures) {
        if (cues.atRisk().isPresent() && (figures == null || figures.status() != Status.COMPLETED)) {
            return new Verdict(Status.AT_RISK, "进展称“" + cues.atRisk().get() + "”,存在风险"
                    + (figures == null ? "" : ";" + figures.reason()), figures == null ? null : figures.gap());
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
        if (cues.noData().isPresent() && Hanzi.normalize(facts.progress()).strip().length() <= SHORT_REPORT) {
            return Verdict.of(Status.NO_DATA, "无量化目标;进展称“" + cues.noData().get() + "”");
        }
        if (cues.taskDone().isPresent() && oneItem(facts.content())) {
            return Verdict.of(Status.COMPLETED, "无量化目标;进展称“" + cues.taskDone().get() + "”");
        }
        if (cues.lagging().isPresent()) {
            // An explicit lag is not ordinary progress, even without a figure to measure it.
            return Verdict.of(Status.BEHIND, "无量化目标;进展称“" + cues.lagging().get() + "”");
        }
        return Verdict.of(Status.QUALITATIVE, "无量化目标,按进展情况有序推进");
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
            return Verdict.of(Status.AHEAD, "进展称“" + cues.done().get() + "”,另“" + cues.pending().get()
                    + "”,部分已完成、其余在推进;" + missing);
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
        return Verdict.of(Status.QUALITATIVE, "无报告期,无法对照序时进度"
                + (figures == null ? "" : ";" + figures.reason()));
    }

    private static boolean namesATarget(String clause, java.util.List<org.luoshi.text.Quantity> targets) {
        return targets.stream().anyMatch(t -> Metrics.coverage(t.metric(), clause) >= 0.5);
    }

    private static boolean oneItem(String content) {
        return SENTENCE_END.splitAsStream(Hanzi.normalize(content)).filter(s -> !s.isBlank()).count() <= 1;
    }
}
