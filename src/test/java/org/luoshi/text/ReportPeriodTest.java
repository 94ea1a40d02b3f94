package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static ReportPeriod find(String text) {
        return ReportPeriod.find(text, 2022).orElseThrow();
    }

    @Test
    void readsQuartersAndHalves() {
        assertThat(find("重点工作前三季度完成情况").label()).isEqualTo("前三季度");
        assertThat(find("重点工作前三季度完成情况").expectedShare()).isEqualByComparingTo("0.75");
        assertThat(find("一季度进展情况").end()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(find("半年度工作进展").expectedShare()).isEqualByComparingTo("0.5");
        assertThat(find("全年完成情况").expectedShare()).isEqualByComparingTo("1");
    }

    @Test
    void readsMonthRangesAsMonthsOverTwelve() {
        ReportPeriod p = find("2022年1-11月推进情况");
        assertThat(p.label()).isEqualTo("1-11月");
        assertThat(p.expectedShare()).isEqualByComparingTo("0.9167");
        assertThat(find("1至8月").end()).isEqualTo(LocalDate.of(2022, 8, 31));
    }

    @Test
    void readsAsOfDates() {
        assertThat(find("截至9月底").expectedShare()).isEqualByComparingTo("0.75");
        assertThat(find("截至10月31日完成情况").end()).isEqualTo(LocalDate.of(2022, 10, 31));
    }

    @Test
    void findsNothingInATextWithoutAPeriod() {
        assertThat(ReportPeriod.find("重点工作任务分解", 2022)).isEmpty();
    }
}
