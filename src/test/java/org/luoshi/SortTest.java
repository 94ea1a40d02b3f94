package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.TaskSort;
import org.luoshi.progress.ReportSort;

class SortTest {

    @Test
    void aWhitelistedColumnAndDirectionAreTaken() {
        Sort<TaskSort> sort = TaskSort.parse("lead", "desc");

        assertThat(sort.column()).isEqualTo(TaskSort.LEAD);
        assertThat(sort.descending()).isTrue();
        assertThat(sort.dir()).isEqualTo("desc");
        assertThat(sort.orderBy()).contains(" desc nulls last").endsWith(", t.seq");
    }

    @Test
    void anythingElseFallsBackToTheDefaultAscending() {
        for (String bad : new String[] {null, "", "t.seq; drop table task", "NUMBER", "content"}) {
            Sort<TaskSort> sort = TaskSort.parse(bad, "sideways");
            assertThat(sort.column()).isEqualTo(TaskSort.NUMBER);
            assertThat(sort.descending()).isFalse();
            assertThat(sort.orderBy()).isEqualTo("t.seq asc");
        }
    }

    @Test
    void theOrderByNeverCarriesWhatTheUserTyped() {
        Sort<ReportSort> sort = ReportSort.parse("unit", "desc; delete from progress_report");

        assertThat(sort.column()).isEqualTo(ReportSort.UNIT);
        assertThat(sort.descending()).isFalse();
        assertThat(sort.orderBy()).isEqualTo("r.id").doesNotContain("delete");
    }

    @Test
    void theWorkListSortsByTheColumnThenThePlansOrderThenTheUnit() {
        var b2 = row(2, "乙局");
        var a1 = row(1, "甲局");
        var a2 = row(2, "甲局");

        assertThat(java.util.stream.Stream.of(b2, a2, a1)
                        .sorted(ReportSort.UNIT.comparator(true))
                        .toList())
                .containsExactly(a1, a2, b2);
        assertThat(java.util.stream.Stream.of(b2, a2, a1)
                        .sorted(ReportSort.NUMBER.comparator(false))
                        .toList())
                .containsExactly(a1, b2, a2);
    }

    private static org.luoshi.progress.ReportViews.ReportRow row(int seq, String unit) {
        return new org.luoshi.progress.ReportViews.ReportRow(
                seq * 10L + unit.length(),
                1,
                "",
                null,
                seq,
                "" + seq,
                seq,
                "",
                1,
                unit,
                "draft",
                "",
                0,
                null,
                false,
                "",
                "",
                null,
                null);
    }

    @Test
    void headersToggleTheSortedColumnAndStartOthersAscending() {
        Sort<ReportSort> byUnit = ReportSort.parse("unit", "asc");

        assertThat(byUnit.nextDir("unit")).isEqualTo("desc");
        assertThat(byUnit.nextDir("state")).isEqualTo("asc");
        assertThat(ReportSort.parse("unit", "desc").nextDir("unit")).isEqualTo("asc");
        assertThat(byUnit.ariaSort("unit")).isEqualTo("ascending");
        assertThat(ReportSort.parse("unit", "desc").ariaSort("unit")).isEqualTo("descending");
        assertThat(byUnit.ariaSort("updated")).isNull();
        assertThat(byUnit.arrow("unit")).isEqualTo("↑");
        assertThat(byUnit.arrow("state")).isEqualTo("↕");
    }

    @Test
    void everyColumnHasItsOwnParameterName() {
        assertThat(java.util.Arrays.stream(TaskSort.values()).map(TaskSort::param))
                .containsExactly("number", "lead", "status", "period");
        assertThat(java.util.Arrays.stream(ReportSort.values()).map(ReportSort::param))
                .containsExactly("number", "unit", "state", "updated");
    }
}
