package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.document.Finding;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.Reading;
import org.luoshi.document.TaskRow;

class ImportGridTest {

    private static ReadDocument read() {
        List<TaskRow> rows = List.of(
                new TaskRow("1", "新建污水管网", List.of("县住建局"), List.of(), "已完成8公里", "", Map.of("备注", "县水利局")),
                new TaskRow("", "10公里。", List.of(), List.of(), "", "", Map.of()),
                new TaskRow("2", "一、民生实事", List.of(), List.of(), "", "", Map.of()),
                new TaskRow("3", "完成造林1万亩。新增就业2500人。", List.of("县林业局"), List.of(), "", "", Map.of()));
        Reading reading = new Reading(
                "table",
                0.9,
                List.of(
                        new Reading.ColumnReading("序号", "number", 0.95, ""),
                        new Reading.ColumnReading("工作内容", "content", 0.75, ""),
                        new Reading.ColumnReading("牵头单位", "lead", 0.95, ""),
                        new Reading.ColumnReading("备注", "extra", 0.5, "")),
                List.of(
                        new Reading.RowReading(0.95, ""),
                        new Reading.RowReading(0.4, "task text very short"),
                        new Reading.RowReading(0.8, ""),
                        new Reading.RowReading(0.95, "")));
        return new ReadDocument(
                "2021年重点工作",
                "",
                2021,
                "",
                null,
                null,
                Map.of(),
                rows,
                List.of(new Finding("missing-unit", List.of("2"), "x")),
                reading);
    }

    @Test
    void joinsARowToTheOneAboveAndGivesAColumnAnotherRole() {
        ImportGrid grid = ImportGrid.of(read());
        grid.apply(new Correction.Merge(2));
        grid.apply(new Correction.SetRole("备注", ColumnRole.CO));
        ReadDocument corrected = grid.document(read());
        assertThat(corrected.tasks()).hasSize(3);
        TaskRow first = corrected.tasks().get(0);
        assertThat(first.content()).isEqualTo("新建污水管网10公里。");
        assertThat(first.coUnits()).containsExactly("县水利局");
        assertThat(first.extra()).doesNotContainKey("备注");
        assertThat(corrected.reading().rows().get(0).confidence()).isEqualTo(0.4);
    }

    @Test
    void aHeadingGroupsTheRowsBelowAndIsNoTask() {
        ImportGrid grid = ImportGrid.of(read());
        grid.apply(new Correction.Heading(3));
        ReadDocument corrected = grid.document(read());
        assertThat(corrected.tasks()).extracting(TaskRow::number).containsExactly("1", "", "3");
        assertThat(corrected.tasks().get(2).group()).isEqualTo("一、民生实事");
        assertThat(grid.taskRows()).containsExactly(1, 2, 4);
    }

    @Test
    void splitsARowAtAnOffsetKeepingItsUnits() {
        ImportGrid grid = ImportGrid.of(read());
        grid.apply(new Correction.Split(4, "完成造林1万亩。".length()));
        ReadDocument corrected = grid.document(read());
        assertThat(corrected.tasks()).hasSize(5);
        assertThat(corrected.tasks().get(4).content()).isEqualTo("新增就业2500人。");
        assertThat(corrected.tasks().get(4).leadUnits()).containsExactly("县林业局");
    }

    @Test
    void anEditedUnitCellIsSplitIntoUnitsAndSettlesTheMissingUnitFinding() {
        ImportGrid grid = ImportGrid.of(read());
        grid.apply(new Correction.EditCell(3, "牵头单位", "县民政局、县财政局"));
        grid.apply(new Correction.NotATask(2));
        ReadDocument corrected = grid.document(read());
        assertThat(corrected.tasks().get(1).leadUnits()).containsExactly("县民政局", "县财政局");
        assertThat(corrected.findings()).noneMatch(f -> f.kind().equals("missing-unit"));
    }

    @Test
    void refusesCorrectionsThatDoNotFitTheGrid() {
        ImportGrid grid = ImportGrid.of(read());
        assertThatThrownBy(() -> grid.apply(new Correction.Merge(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> grid.apply(new Correction.Heading(9)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("9");
        assertThatThrownBy(() -> grid.apply(new Correction.SetRole("工作内容", ColumnRole.IGNORE)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> grid.apply(new Correction.Split(1, 0))).isInstanceOf(DomainException.class);
        assertThat(grid.rows()).hasSize(4);
    }

    @Test
    void aProfileAppliesOnlyWhatFitsAndKeepsTheLayoutCorrections() {
        ImportGrid grid = ImportGrid.of(read());
        grid.apply(new Correction.SetRole("备注", ColumnRole.IGNORE));
        grid.apply(new Correction.NotATask(3));
        List<Correction> layout = grid.layout();
        assertThat(layout)
                .containsExactly(new Correction.SetRole("备注", ColumnRole.IGNORE), new Correction.IgnoreLine("一、民生实事"));
        ImportGrid next = ImportGrid.of(read());
        int applied = next.applyProfile(List.of(
                new Correction.SetRole("备注", ColumnRole.IGNORE),
                new Correction.SetRole("不存在", ColumnRole.LEAD),
                new Correction.IgnoreLine("一、民生实事")));
        assertThat(applied).isEqualTo(2);
        assertThat(next.rows().get(2).kind()).isEqualTo(ImportGrid.RowKind.SKIPPED);
    }

    @Test
    void aCorrectionSurvivesItsStoredLine() {
        for (Correction c : List.of(
                new Correction.SetRole("责任 单位", ColumnRole.LEAD),
                new Correction.Merge(3),
                new Correction.Split(2, 14),
                new Correction.Heading(1),
                new Correction.NotATask(5),
                new Correction.EditCell(2, "进展", "第一行\n第二行\t带制表符\\"),
                new Correction.IgnoreLine("合计"))) {
            assertThat(Correction.parse(c.line())).isEqualTo(c);
        }
        assertThatThrownBy(() -> Correction.parse("explode\t1")).isInstanceOf(IllegalArgumentException.class);
    }
}
