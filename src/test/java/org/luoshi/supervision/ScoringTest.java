package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

class ScoringTest {

    static Scoring.Rules rules(int completed, int schedule, int onTime, int returned, int overdue, int lagging) {
        return new Scoring.Rules(
                BigDecimal.valueOf(completed),
                BigDecimal.valueOf(schedule),
                BigDecimal.valueOf(onTime),
                BigDecimal.valueOf(returned),
                BigDecimal.valueOf(overdue),
                BigDecimal.valueOf(lagging));
    }

    static Scoring.Facts facts(
            long id, String name, int tasks, int completed, int onSchedule, int reports, int onTime) {
        return new Scoring.Facts(
                id, name, tasks, completed, tasks, onSchedule, reports, onTime, 1, 1, tasks - onSchedule);
    }

    @Test
    void refusesWeightsThatDoNotAddUpToAHundred() {
        assertThatThrownBy(() -> rules(50, 30, 30, 1, 1, 1))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("supervision.weights-sum");
                    assertThat(((DomainException) e).zh()).contains("110");
                });
        assertThatThrownBy(() -> rules(40, 30, 30, -1, 0, 0))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("supervision.score-value");
    }

    @Test
    void aSheetSaysWhichFactGaveWhichPoints() {
        Scoring.Sheet s = Scoring.sheet(
                rules(40, 30, 30, 2, 3, 1),
                facts(1, "市住建局", 10, 4, 8, 20, 15),
                List.of(new Scoring.Extra(1, new BigDecimal("2.5"), "获省级表彰")));
        assertThat(s.lines())
                .extracting(l -> l.rule() + " " + l.fact() + " " + l.points())
                .containsExactly(
                        "completed 4/10 16.00",
                        "schedule 8/10 24.00",
                        "onTime 15/20 22.50",
                        "returned 1 -2.00",
                        "overdue 1 -3.00",
                        "lagging 2 -2.00",
                        "extra 获省级表彰 2.50");
        assertThat(s.total()).isEqualByComparingTo("58.00");
    }

    @Test
    void aUnitWithNothingToCountKeepsTheWeightAndTiesShareARank() {
        var r = rules(40, 30, 30, 0, 0, 0);
        var ranked = Scoring.rank(
                r,
                List.of(
                        new Scoring.Facts(1, "乙", 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        new Scoring.Facts(2, "甲", 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        facts(3, "丙", 2, 1, 1, 2, 2)),
                List.of());
        assertThat(ranked).extracting(Scoring.Sheet::rank).containsExactly(1, 1, 3);
        assertThat(ranked.get(0).total()).isEqualByComparingTo("100");
    }
}
