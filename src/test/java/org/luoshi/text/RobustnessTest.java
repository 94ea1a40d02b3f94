package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No text makes the extractor throw or take long. */
class RobustnessTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    /**
     * A guard against a hang, not a measure of speed (that is {@code luoshi bench extract}): linear work on ~100 KB
     * takes about a second on a quiet core and took 9-11 s on this 2-core machine under a load of 20; quadratic work
     * or regex backtracking on these inputs would need hours, so two minutes fails only on that.
     */
    private void readsQuickly(String text) {
        long begin = System.nanoTime();
        assertThatCode(() -> extractor.actuals(text, extractor.targets(text), text))
                .doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void readsNullAndEmptyAsNothing() {
        assertThat(extractor.targets(null)).isEmpty();
        assertThat(extractor.targets("")).isEmpty();
        assertThat(extractor.actuals(null, List.of(), null)).isEmpty();
    }

    @Test
    void survivesLongRunsOfDigits() {
        readsQuickly("1".repeat(100_000));
        readsQuickly("1,".repeat(50_000));
        readsQuickly("1.".repeat(50_000));
        readsQuickly("1-".repeat(50_000));
    }

    @Test
    void survivesLongRunsOfChineseNumerals() {
        readsQuickly("新增" + "一二三四五六七八九十百千万亿".repeat(7_000));
        readsQuickly("万".repeat(100_000));
        readsQuickly("分之".repeat(50_000));
    }

    @Test
    void survivesUnbalancedQuotesAndTitles() {
        readsQuickly("“".repeat(30_000) + "12个" + "《".repeat(30_000) + "3亩");
        readsQuickly("〔2022〕".repeat(15_000));
    }

    @Test
    void survivesManyPeriodsAndCues() {
        readsQuickly("截至9月底,增长5%,完成年度任务的80%;".repeat(5_000));
        readsQuickly("1-8月".repeat(25_000));
    }

    @Test
    void survivesRandomText() {
        Random random = new Random(42);
        String alphabet = "0123456789０１.,．-—~～%％‰万亿千百十两零〇一二三四五六七八九几数余多个亿元人亩吨千瓦米平方立标箱TEUkmGWkV+#/:"
                + "以上内下左右约近超突破力争达到不低于少超过增长下降同比提高到至完成年度任务计划的总工程量进度率“”《》〔〕()（）,，。;；:：、\n "
                + "截止至月底季度前上半年第是其中分之点萬億個兩";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(500);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThatCode(() -> {
                        List<Quantity> targets = extractor.targets(text);
                        for (Quantity q : targets) {
                            assertThat(text.startsWith(q.text(), q.start())).isTrue();
                        }
                        for (Quantity q : extractor.actuals(text, targets, text)) {
                            assertThat(text.startsWith(q.text(), q.start())).isTrue();
                        }
                        extractor.actuals(text, targets);
                    })
                    .as(text)
                    .doesNotThrowAnyException();
        }
    }
}
