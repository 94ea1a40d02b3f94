package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssessmentPolicyTest {

    private final AssessmentPolicy policy = AssessmentPolicy.defaults();

    @Test
    void behindByLessThanTenPointsIsStillGreen() {
        assertThat(policy.signal(Status.BEHIND, new BigDecimal("0.018"))).isEqualTo(Signal.GREEN);
    }

    @Test
    void behindByTenToThirtyPointsIsAmber() {
        assertThat(policy.signal(Status.BEHIND, new BigDecimal("0.10"))).isEqualTo(Signal.AMBER);
        assertThat(policy.signal(Status.BEHIND, new BigDecimal("0.30"))).isEqualTo(Signal.AMBER);
    }

    @Test
    void behindByMoreThanThirtyPointsIsRed() {
        assertThat(policy.signal(Status.BEHIND, new BigDecimal("0.435"))).isEqualTo(Signal.RED);
    }

    @Test
    void behindWithoutAMeasuredGapIsAmber() {
        assertThat(policy.signal(Status.BEHIND, null)).isEqualTo(Signal.AMBER);
    }

    @Test
    void mapsTheOtherStatuses() {
        assertThat(policy.signal(Status.COMPLETED, null)).isEqualTo(Signal.GREEN);
        assertThat(policy.signal(Status.AHEAD, null)).isEqualTo(Signal.GREEN);
        assertThat(policy.signal(Status.QUALITATIVE, null)).isEqualTo(Signal.GREEN);
        assertThat(policy.signal(Status.NO_DATA, null)).isEqualTo(Signal.AMBER);
        assertThat(policy.signal(Status.UNCLEAR, null)).isEqualTo(Signal.AMBER);
        assertThat(policy.signal(Status.AT_RISK, null)).isEqualTo(Signal.RED);
    }

    @Test
    void bandsAreConfigurable() {
        var strict = new AssessmentPolicy(BigDecimal.ZERO, new BigDecimal("0.02"), new BigDecimal("0.05"), 0.3);
        assertThat(strict.signal(Status.BEHIND, new BigDecimal("0.03"))).isEqualTo(Signal.AMBER);
        assertThat(strict.signal(Status.BEHIND, new BigDecimal("0.06"))).isEqualTo(Signal.RED);
    }

    @Test
    void rejectsARedBandInsideTheAmberBand() {
        assertThatThrownBy(
                        () -> new AssessmentPolicy(BigDecimal.ZERO, new BigDecimal("0.3"), new BigDecimal("0.1"), 0.3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toleranceAbsorbsRoundingOfPrintedShares() {
        var facts = new TaskFacts(
                "新增就业1000人。",
                java.util.List.of(
                        Quantities.q("1000人").metric("新增就业").amount("1000", "人").build()),
                "新增就业748人。",
                java.util.List.of(
                        Quantities.q("748人").metric("新增就业").amount("748", "人").build()),
                new BigDecimal("0.75"));
        assertThat(new Rules(policy).judge(facts).status()).isEqualTo(Status.AHEAD);
        var exact = new AssessmentPolicy(BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("0.30"), 0.3);
        assertThat(new Rules(exact).judge(facts).status()).isEqualTo(Status.BEHIND);
    }
}
