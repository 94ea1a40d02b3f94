package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

class PeriodClosureTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2022-10-15T09:00:00+08:00");

    private static PeriodClosure aClosedPeriod() {
        return PeriodClosure.opened(7, "前三季度").close("office", AT);
    }

    @Test
    void anOpenedPeriodIsOpenAndLetsReportsChange() {
        PeriodClosure open = PeriodClosure.opened(7, "前三季度");

        assertThat(open.closed()).isFalse();
        open.requireOpen();
    }

    @Test
    void closingRecordsWhoAndWhenAndLocksTheReports() {
        PeriodClosure closed = aClosedPeriod();

        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo("office");
        assertThat(closed.closedAt()).isEqualTo(AT);
        assertThatThrownBy(closed::requireOpen).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo("period.closed");
            assertThat(e.zh()).contains("前三季度").contains("已关闭");
            assertThat(e.en()).contains("前三季度").contains("closed");
        });
    }

    @Test
    void refusesToCloseAClosedPeriodOrReopenAnOpenOne() {
        assertThatThrownBy(() -> aClosedPeriod().close("office", AT))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("period.already-closed"));
        assertThatThrownBy(() -> PeriodClosure.opened(7, "前三季度").reopen("补报", "office", AT))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("period.not-closed"));
    }

    @Test
    void reopeningNeedsAReasonOfAtMostTwoThousandCharacters() {
        assertThatThrownBy(() -> aClosedPeriod().reopen("  ", "office", AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.BAD_INPUT);
                    assertThat(e.code()).isEqualTo("period.reopen-reason-required");
                });
        assertThatThrownBy(() -> aClosedPeriod().reopen("理".repeat(2001), "office", AT))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("period.reopen-reason-too-long"));
    }

    @Test
    void reopeningKeepsTheStrippedReasonAndOpensThePeriod() {
        PeriodClosure reopened = aClosedPeriod().reopen(" 补报年底数据 ", "office", AT.plusDays(1));

        assertThat(reopened.closed()).isFalse();
        assertThat(reopened.closedBy()).isNull();
        assertThat(reopened.reopenReason()).isEqualTo("补报年底数据");
        assertThat(reopened.reopenedAt()).isEqualTo(AT.plusDays(1));
        reopened.requireOpen();
    }
}
