package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void reorderedWordsStillReadAlike() {
        assertThat(Metrics.likeness("新增城镇就业", "城镇新增就业")).isGreaterThan(0.5);
    }

    @Test
    void aContainedMetricReadsLessAlikeThanAnEqualOne() {
        double equal = Metrics.likeness("出口额", "出口额");
        double contained = Metrics.likeness("外贸进出口额", "出口额");
        assertThat(equal).isEqualTo(1.0);
        assertThat(contained).isLessThan(equal).isGreaterThan(0.5);
    }

    @Test
    void unrelatedMetricsShareNothing() {
        assertThat(Metrics.likeness("一网通办率", "民生高频事项“就近办”比例")).isZero();
        assertThat(Metrics.likeness("", "出口额")).isZero();
    }

    @Test
    void unitsWrittenDifferentlyAreOne() {
        assertThat(Metrics.sameUnit("TEU", "标箱")).isTrue();
        assertThat(Metrics.sameUnit("名", "人")).isTrue();
        assertThat(Metrics.sameUnit("美元", "元")).isFalse();
        assertThat(Metrics.sameUnit("", "元")).isTrue();
    }
}
