package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PeriodSharesTest {

    private static final BigDecimal Q3 = new BigDecimal("0.75");

    @Test
    void readsTheLastMonthOfARange() {
        assertThat(PeriodShares.month("1-8月")).hasValue(8);
        assertThat(PeriodShares.month("截至9月底")).hasValue(9);
        assertThat(PeriodShares.month("截至九月底")).hasValue(9);
        assertThat(PeriodShares.month("1-11月")).hasValue(11);
    }

    @Test
    void readsQuartersAndHalves() {
        assertThat(PeriodShares.month("前三季度")).hasValue(9);
        assertThat(PeriodShares.month("上半年")).hasValue(6);
        assertThat(PeriodShares.month("一季度")).hasValue(3);
        assertThat(PeriodShares.month("")).isEmpty();
    }

    @Test
    void anEarlierMonthLowersTheExpectedShareButNeverRaisesIt() {
        assertThat(PeriodShares.expectedFor("1-8月", Q3)).isEqualByComparingTo("0.6667");
        assertThat(PeriodShares.expectedFor("1-9月", Q3)).isEqualByComparingTo("0.75");
        assertThat(PeriodShares.expectedFor("1-11月", Q3)).isEqualByComparingTo("0.75");
        assertThat(PeriodShares.expectedFor("", Q3)).isEqualByComparingTo("0.75");
    }
}
