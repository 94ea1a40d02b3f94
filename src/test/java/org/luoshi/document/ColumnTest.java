package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void recognisesTheContentColumnUnderItsManyNames() {
        for (String h : List.of("工作内容", "主要工作任务", "目标任务", "任务内容", "工作事项", "内容与要求", "具体工作任务和要求")) {
            assertThat(Column.recognise(h)).as(h).isEqualTo(Column.CONTENT);
        }
    }

    @Test
    void recognisesTheUnitColumnUnderItsManyNames() {
        for (String h : List.of("牵头单位", "责任单位", "牵头部门", "具体责任单位", "牵头责任单位")) {
            assertThat(Column.recognise(h)).as(h).isEqualTo(Column.LEAD);
        }
        assertThat(Column.recognise("配合单位")).isEqualTo(Column.CO);
    }

    @Test
    void recognisesTheProgressColumnUnderItsManyNames() {
        for (String h : List.of("进展情况", "完成情况", "三季度进展情况", "前三季度完成情况", "推进情况", "落实情况", "全年完成情况", "1-9月完成情况")) {
            assertThat(Column.recognise(h)).as(h).isEqualTo(Column.PROGRESS);
        }
    }

    @Test
    void doesNotMistakeStatusDeadlineOrScheduleColumnsForProgress() {
        for (String h : List.of("分管市长", "进度安排", "完成时限", "进展状态", "完成状态", "是否达序", "说明", "备注")) {
            assertThat(Column.recognise(h)).as(h).isEqualTo(Column.EXTRA);
        }
    }

    @Test
    void readsTraditionalAndFullWidthHeaders() {
        assertThat(Column.recognise("牽頭單位")).isEqualTo(Column.LEAD);
        assertThat(Column.recognise("序 號")).isEqualTo(Column.NUMBER);
        assertThat(Column.recognise("進展情況(1-9月)")).isEqualTo(Column.PROGRESS);
    }

    @Test
    void takesARowAsHeaderOnlyWithContentAndAnotherKnownColumn() {
        assertThat(Column.isHeader(List.of("序号", "工作内容", "牵头单位", "进展情况"))).isTrue();
        assertThat(Column.isHeader(List.of("1", "建成茶山大桥。", "市交通局", "已完工。"))).isFalse();
        assertThat(Column.isHeader(List.of("序号", "备注"))).isFalse();
    }
}
