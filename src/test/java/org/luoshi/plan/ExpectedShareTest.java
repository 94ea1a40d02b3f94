package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpectedShareTest {

    @Test
    void readsPercentWholeNumberAndFractionAlike() {
        assertThat(ExpectedShare.parse("75%"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
        assertThat(ExpectedShare.parse("75"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
        assertThat(ExpectedShare.parse("0.75"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
        assertThat(ExpectedShare.parse(" 75\uFF05 "))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
    }

    @Test
    void readsOneAsTheWholeYearAndOnePercentAsOnePercent() {
        assertThat(ExpectedShare.parse("1"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(ExpectedShare.parse("1%"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.01"));
        assertThat(ExpectedShare.parse("100%"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void blankMeansComputeIt() {
        assertThat(ExpectedShare.parse("  ")).isEmpty();
        assertThat(ExpectedShare.parse(null)).isEmpty();
    }

    @Test
    void rejectsWordsNegativesAndMoreThanTheWholeYear() {
        assertThatThrownBy(() -> ExpectedShare.parse("七成五")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpectedShare.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpectedShare.parse("120%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesTheElapsedShareOfTheYear() {
        assertThat(ExpectedShare.ofYear(LocalDate.of(2022, 9, 30))).isEqualByComparingTo("0.75");
        assertThat(ExpectedShare.ofYear(LocalDate.of(2022, 6, 30))).isEqualByComparingTo("0.50");
        assertThat(ExpectedShare.ofYear(LocalDate.of(2022, 12, 31))).isEqualByComparingTo("1");
        assertThat(ExpectedShare.ofYear(LocalDate.of(2022, 3, 31))).isEqualByComparingTo("0.25");
    }
}
