package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.text.Comparison;
import org.luoshi.text.QuantityKind;

class TargetDraftTest {

    private static TargetDraft draft(String kind, String value, String magnitude, String unit, String comparator) {
        return new TargetDraft(
                "新增城镇就业",
                kind,
                new BigDecimal(value),
                magnitude == null ? null : new BigDecimal(magnitude),
                unit,
                comparator);
    }

    @Test
    void writesTheTargetAsAnOfficePrintsIt() {
        var q = draft("amount", "1.2", "10000", "人", ">=").quantity();
        assertThat(q.text()).isEqualTo("新增城镇就业1.2万人以上");
        assertThat(q.normalized()).isEqualByComparingTo("12000");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void aGrowthSaysGrowth() {
        var q = new TargetDraft("地区生产总值", "growth", new BigDecimal("7"), null, "%", "~").quantity();
        assertThat(q.text()).isEqualTo("地区生产总值增长7%左右");
        assertThat(q.kind()).isEqualTo(QuantityKind.GROWTH);
    }

    @Test
    void takesAtLeastAndOnesWhenNotGiven() {
        var q = draft("amount", "10", null, "公里", null).quantity();
        assertThat(q.magnitude()).isEqualByComparingTo("1");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void rejectsAUnitThatDoesNotFitItsKind() {
        for (var bad : List.of(
                draft("amount", "10", null, "%", ">="),
                draft("growth", "7", null, "亿元", ">="),
                draft("ratio", "60", null, "个百分点", ">="),
                draft("amount", "10", null, "", ">="))) {
            assertThatThrownBy(bad::quantity)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.unit"));
        }
        assertThat(draft("growth", "0.5", null, "个百分点", ">=").quantity().unit()).isEqualTo("个百分点");
    }

    @Test
    void rejectsAnUnknownKindComparatorOrMagnitude() {
        assertThatThrownBy(() -> draft("speed", "1", null, "个", ">=").quantity())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.kind"));
        assertThatThrownBy(() -> draft("amount", "1", null, "个", "!=").quantity())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.comparator"));
        assertThatThrownBy(() -> draft("amount", "1", "0.5", "个", ">=").quantity())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.magnitude"));
    }

    @Test
    void rejectsAnEmptyMetricOrValue() {
        assertThatThrownBy(() -> new TargetDraft(" ", "amount", BigDecimal.ONE, null, "个", ">=").quantity())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.metric.empty"));
        assertThatThrownBy(() -> new TargetDraft("指标", "amount", null, null, "个", ">=").quantity())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.target.value.empty"));
    }
}
