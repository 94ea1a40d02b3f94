package org.luoshi.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.judgement.FindingGroups.Line;

class FindingGroupsTest {

    private static final List<Line> LINES = List.of(
            new Line("missing-report", 1L, "1", "市住建局", "任务1未报送进展"),
            new Line("behind", 2L, "2", "市财政局", "任务2滞后序时进度"),
            new Line("missing-report", 3L, "3", "市财政局", "任务3未报送进展"),
            new Line("missing-report", 4L, "4", "市住建局", "任务4未报送进展"),
            new Line("missing-report", 5L, "5", "市住建局", "任务5未报送进展"));

    @Test
    void groupsByKindInReportedOrderThenByUnitLargestFirst() {
        var groups = FindingGroups.group(LINES);
        assertThat(groups).extracting(FindingGroups.KindGroup::kind).containsExactly("missing-report", "behind");
        assertThat(groups.get(0).count()).isEqualTo(4);
        assertThat(groups.get(0).units())
                .extracting(FindingGroups.UnitGroup::unit, FindingGroups.UnitGroup::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("市住建局", 3), org.assertj.core.groups.Tuple.tuple("市财政局", 1));
    }

    @Test
    void filtersByKindAndUnitBlankMeaningAny() {
        assertThat(FindingGroups.filter(LINES, "missing-report", "市财政局"))
                .extracting(Line::taskId)
                .containsExactly(3L);
        assertThat(FindingGroups.filter(LINES, "", "")).hasSize(5);
        assertThat(FindingGroups.counts(LINES))
                .containsEntry("missing-report", 4)
                .containsEntry("behind", 1);
    }
}
