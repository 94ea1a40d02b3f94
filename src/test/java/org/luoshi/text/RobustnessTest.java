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

    private void readsQuickly(String text) {
        long begin = System.nanoTime();
        assertThatCode(() -> extractor.actuals(text, extractor.targets(text), text)).doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(3));
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
        String alphabet = "0123456789.,-%万亿千百十两一二三四五六七八九个亿元人亩以上以内增长下降完成年度任务的“”《》〔〕(),。;:\n 截至月底";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(500);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThatCode(() -> {
                List<Quantity> targets = extractor.targets(text);
                for (Quantity q : targets) {
                    assertThat(text.substring(q.start(), q.start() + q.text().length())).isEqualTo(q.text());
                }
                extractor.actuals(text, targets, text);
            }).as(text).doesNotThrowAnyException();
        }
    }
}
