package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void readsStackedMagnitudes() {
        assertThat(Units.magnitudeAt("千万元", 0).scale()).isEqualByComparingTo("10000000");
        assertThat(Units.magnitudeAt("百亿", 0).scale()).isEqualByComparingTo("10000000000");
    }

    @Test
    void stopsMagnitudeBeforeQianWa() {
        Units.Match m = Units.magnitudeAt("万千瓦", 0);
        assertThat(m.length()).isEqualTo(1);
        assertThat(Units.unitAt("万千瓦", 1).unit()).isEqualTo("千瓦");
    }

    @Test
    void prefersTheLongestUnit() {
        assertThat(Units.unitAt("人次", 0).unit()).isEqualTo("人次");
        assertThat(Units.unitAt("个百分点", 0).unit()).isEqualTo("百分点");
        assertThat(Units.unitAt("平方米", 0).unit()).isEqualTo("平方米");
    }

    @Test
    void refusesUnitCharactersThatStartOtherWords() {
        assertThat(Units.unitAt("方面", 0)).isNull();
        assertThat(Units.unitAt("部门", 0)).isNull();
        assertThat(Units.unitAt("座谈", 0)).isNull();
        assertThat(Units.unitAt("人才", 0)).isNull();
    }

    @Test
    void readsMoneyUnits() {
        assertThat(Units.unitAt("美元", 0).unit()).isEqualTo("美元");
        assertThat(Units.isMoney("美元")).isTrue();
        assertThat(Units.isMoney("亩")).isFalse();
    }
}
