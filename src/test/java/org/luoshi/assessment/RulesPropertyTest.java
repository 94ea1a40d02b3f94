package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * Properties of the rules over generated tasks (hand-rolled generators, fixed seeds so a failure repeats).
 * The order of statuses is {@link StatusOrder}.
 */
class RulesPropertyTest {

    private static final int RUNS = 2_000;
    private static final String[] METRICS = {"新建改建污水管网", "农产品交易额", "新增城镇就业", "规上工业增加值", "粮食播种面积", "新增婴幼儿托位"};
    private static final String[] UNITS = {"公里", "元", "人", "%", "亩", "个"};
    private static final BigDecimal[] SHARES = {
        new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.75"), new BigDecimal("0.9167"), BigDecimal.ONE
    };

    private final Rules rules = new Rules();

    /** One target and the actual(s) that measure it. */
    private record Pair(Quantity target, List<Quantity> actuals) {}

    @Test
    void moreProgressNeverWorsensAStatus() {
        Random random = new Random(20221010L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal share = SHARES[random.nextInt(SHARES.length)];
            List<Pair> pairs = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                pairs.add(pair(random, i));
            }
            TaskFacts before = facts(pairs, share);
            int bumped = random.nextInt(n);
            List<Pair> better = new ArrayList<>(pairs);
            better.set(bumped, improve(pairs.get(bumped), random));
            TaskFacts after = facts(better, share);

            Status s0 = rules.judge(before).status();
            Status s1 = rules.judge(after).status();
            assertThat(StatusOrder.ordered(s0) && StatusOrder.ordered(s1))
                    .as("%s → %s", s0, s1)
                    .isTrue();
            assertThat(StatusOrder.PROGRESS.compare(s1, s0))
                    .as("run %d: %s then %s for %s → %s", run, s0, s1, before, after)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void writingWanOrTheFullNumberGivesTheSameJudgement() {
        Random random = new Random(13300L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal share = SHARES[random.nextInt(SHARES.length)];
            BigDecimal goalWan = decimal(random, 0.1, 500);
            BigDecimal gotWan = goalWan.multiply(decimal(random, 0.05, 1.6)).setScale(4, RoundingMode.HALF_UP);
            TaskFacts inWan = amountTask(goalWan, gotWan, new BigDecimal("10000"), share);
            TaskFacts inFull = amountTask(goalWan.movePointRight(4), gotWan.movePointRight(4), BigDecimal.ONE, share);

            Assessment a = rules.assess(inWan);
            Assessment b = rules.assess(inFull);
            assertThat(b.status()).as("%s vs %s", inWan, inFull).isEqualTo(a.status());
            assertThat(percentages(b.reason())).isEqualTo(percentages(a.reason()));
            assertThat(b.signal()).isEqualTo(a.signal());
        }
    }

    @Test
    void anAtMostRateIsJudgedInReverse() {
        Random random = new Random(3L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal share = SHARES[random.nextInt(SHARES.length)];
            BigDecimal goal = decimal(random, 0.5, 30);
            BigDecimal got = decimal(random, -10, 60);
            BigDecimal mirrored = goal.add(goal).subtract(got);
            Status atLeast =
                    rules.judge(rateTask(goal, Comparison.AT_LEAST, got, share)).status();
            Status atMost = rules.judge(rateTask(goal, Comparison.AT_MOST, mirrored, share))
                    .status();
            assertThat(atMost)
                    .as("target %s, actual %s / mirrored %s", goal, got, mirrored)
                    .isEqualTo(atLeast);
        }
    }

    @Test
    void lessUseOfACapNeverWorsensAStatus() {
        Random random = new Random(65000L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal share = SHARES[random.nextInt(SHARES.length)];
            BigDecimal cap = decimal(random, 1, 1000);
            BigDecimal used = cap.multiply(decimal(random, 0, 1.5));
            BigDecimal less = used.multiply(decimal(random, 0, 1));
            Status s0 = rules.judge(capTask(cap, used, share)).status();
            Status s1 = rules.judge(capTask(cap, less, share)).status();
            assertThat(StatusOrder.PROGRESS.compare(s1, s0))
                    .as("cap %s: %s then %s", cap, used, less)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void anyTextAndAnyFiguresGiveAJudgementWithAReason() {
        Random random = new Random(119L);
        String alphabet = "已完成未获暂缓延期尚在核算数据超序时滞后预计全年任务目标的%0123456789,。;()部分前期总工程量力争以内";
        for (int run = 0; run < RUNS; run++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                pairs.add(pair(random, i));
            }
            BigDecimal share = random.nextBoolean() ? null : SHARES[random.nextInt(SHARES.length)];
            List<Quantity> targets = pairs.stream().map(Pair::target).toList();
            List<Quantity> actuals =
                    pairs.stream().flatMap(p -> p.actuals().stream()).toList();
            Assessment a = rules.assess(new TaskFacts(text.toString(), targets, text.toString(), actuals, share));
            assertThat(a.reason()).as(text.toString()).isNotBlank();
        }
    }

    private static Pair pair(Random random, int i) {
        String metric = METRICS[i % METRICS.length] + i;
        int kind = random.nextInt(3);
        if (kind == 0) {
            BigDecimal goal = decimal(random, 1, 30);
            Quantity target = rate(metric, "增长" + goal + "%", goal, Comparison.AT_LEAST);
            return new Pair(target, List.of(rate(metric, "增长", decimal(random, -5, 40), Comparison.EXACT)));
        }
        String unit = UNITS[random.nextInt(UNITS.length)].replace("%", "个");
        BigDecimal goal = decimal(random, 1, 10_000);
        Quantity target = amount(metric, goal, unit, Comparison.AT_LEAST);
        if (random.nextInt(5) == 0) {
            // a target nobody reported on, beside the others
            return new Pair(target, List.of(share("另一项工作" + i, decimal(random, 0, 130))));
        }
        if (kind == 1) {
            return new Pair(
                    target, List.of(amount(metric, goal.multiply(decimal(random, 0, 1.5)), unit, Comparison.EXACT)));
        }
        return new Pair(target, List.of(share(metric, decimal(random, 0, 130))));
    }

    /** The same figure, made larger: a higher rate, a larger amount, a larger share. */
    private static Pair improve(Pair pair, Random random) {
        Quantity old = pair.actuals().get(0);
        BigDecimal more = old.value().add(decimal(random, 0, 50)).setScale(4, RoundingMode.HALF_UP);
        Quantity better = new Quantity(
                old.text(),
                old.metric(),
                old.kind(),
                more,
                old.magnitude(),
                old.unit(),
                old.comparison(),
                old.asOf(),
                -1);
        return new Pair(pair.target(), List.of(better));
    }

    private static TaskFacts facts(List<Pair> pairs, BigDecimal share) {
        List<Quantity> targets = pairs.stream().map(Pair::target).toList();
        List<Quantity> actuals =
                pairs.stream().flatMap(p -> p.actuals().stream()).toList();
        return new TaskFacts("生成的任务。", targets, "生成的进展。", actuals, share);
    }

    private static TaskFacts amountTask(BigDecimal goal, BigDecimal got, BigDecimal magnitude, BigDecimal share) {
        Quantity target =
                new Quantity("目标", "蔬菜基地强基工程", QuantityKind.AMOUNT, goal, magnitude, "亩", Comparison.EXACT, "", -1);
        Quantity actual =
                new Quantity("实际", "蔬菜基地强基工程", QuantityKind.AMOUNT, got, magnitude, "亩", Comparison.EXACT, "", -1);
        return new TaskFacts("蔬菜基地强基工程。", List.of(target), "已完成。", List.of(actual), share);
    }

    private static TaskFacts rateTask(BigDecimal goal, Comparison comparison, BigDecimal got, BigDecimal share) {
        return new TaskFacts(
                "居民消费价格涨幅。",
                List.of(rate("居民消费价格涨幅", "涨幅", goal, comparison)),
                "进展。",
                List.of(rate("居民消费价格涨幅", "涨幅", got, Comparison.EXACT)),
                share);
    }

    private static TaskFacts capTask(BigDecimal cap, BigDecimal used, BigDecimal share) {
        return new TaskFacts(
                "能源消费总量控制。",
                List.of(amount("能源消费总量", cap, "吨标准煤", Comparison.AT_MOST)),
                "进展。",
                List.of(amount("能源消费总量", used, "吨标准煤", Comparison.EXACT)),
                share);
    }

    private static Quantity rate(String metric, String text, BigDecimal value, Comparison comparison) {
        return new Quantity(text, metric, QuantityKind.GROWTH, value, BigDecimal.ONE, "%", comparison, "", -1);
    }

    private static Quantity amount(String metric, BigDecimal value, String unit, Comparison comparison) {
        return new Quantity(
                value + unit,
                metric,
                QuantityKind.AMOUNT,
                value.setScale(4, RoundingMode.HALF_UP),
                BigDecimal.ONE,
                unit,
                comparison,
                "",
                -1);
    }

    private static Quantity share(String metric, BigDecimal value) {
        return new Quantity(
                "完成年度任务的" + value + "%",
                metric,
                QuantityKind.COMPLETION,
                value,
                BigDecimal.ONE,
                "%",
                Comparison.EXACT,
                "",
                -1);
    }

    private static BigDecimal decimal(Random random, double from, double to) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The computed percentages of a reason ("= 79.3%"), which must not depend on how a figure is written. */
    private static List<String> percentages(String reason) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("= [\\d.]+%").matcher(reason);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
