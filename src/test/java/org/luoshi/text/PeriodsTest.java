package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static String before(String text) {
        return Periods.before(text, text.length());
    }

    @Test
    void readsMonthRanges() {
        assertThat(before("1-8月,全市")).isEqualTo("1-8月");
        assertThat(before("1—9月累计")).isEqualTo("1-9月");
        assertThat(before("1至11月份")).isEqualTo("1-11月");
    }

    @Test
    void readsAsOfMonthEnds() {
        assertThat(before("截至9月底,累计")).isEqualTo("截至9月底");
        assertThat(before("截止8月末,全市")).isEqualTo("截至8月底");
        assertThat(before("至9月底,完成")).isEqualTo("截至9月底");
    }

    @Test
    void readsQuarters() {
        assertThat(before("前三季度,全市")).isEqualTo("前三季度");
        assertThat(before("工程三季度完成投资")).isEqualTo("三季度");
        assertThat(before("截至三季度,全市")).isEqualTo("截至三季度");
        assertThat(before("上半年完成")).isEqualTo("上半年");
    }

    @Test
    void takesTheNearestPrecedingPhrase() {
        assertThat(before("1-8月,外贸进出口额2178亿元。1-9月,实际利用外资")).isEqualTo("1-9月");
    }

    @Test
    void staysInsideTheParagraph() {
        assertThat(before("前三季度,收入增长。\n2.累计引进")).isEqualTo("");
    }

    @Test
    void ignoresJieZhiMuQian() {
        assertThat(before("截至目前,全市")).isEqualTo("");
    }
}
