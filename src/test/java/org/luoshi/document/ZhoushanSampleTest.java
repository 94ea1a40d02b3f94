package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ZhoushanSampleTest {

    private final ReadDocument doc = Samples.readSample();

    @Test
    void readsEveryTaskWithItsNumberUnitsAndTextsInOrderAsTheGoldHasThem() {
        JsonNode gold = JsonMapper.builder().build().readTree(Samples.gold());
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        int i = 0;
        for (JsonNode t : gold.path("tasks")) {
            List<String> units = new ArrayList<>();
            t.path("leadUnits").forEach(u -> units.add(u.asString()));
            expected.add(t.path("number").asString() + " " + units + " content+progress start");
            TaskRow row = i < doc.tasks().size()
                    ? doc.tasks().get(i)
                    : new TaskRow("", "", List.of(), List.of(), "", "", null);
            boolean starts = Evaluation.sameStart(t.path("contentStart").asString(), row.content())
                    && Evaluation.sameStart(t.path("progressStart").asString(), row.progress());
            actual.add(row.number() + " " + row.leadUnits()
                    + (starts ? " content+progress start" : " " + row.content() + " / " + row.progress()));
            i++;
        }
        assertThat(doc.tasks()).hasSize(119);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void readsTheDocumentMetadata() {
        assertThat(doc.title()).isEqualTo("2022年市政府工作报告重点工作前三季度完成情况");
        assertThat(doc.government()).isEqualTo("舟山市");
        assertThat(doc.year()).isEqualTo(2022);
        assertThat(doc.periodLabel()).isEqualTo("前三季度");
        assertThat(doc.periodEnd()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(doc.expectedShare()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(doc.disclosure())
                .containsEntry("索引号", "001008009005001/2022-189013")
                .containsEntry("组配分类", "市政府工作报告")
                .containsEntry("发布机构", "市政府办公室")
                .containsEntry("生成日期", "2022-10-10")
                .containsEntry("公开方式", "主动公开");
    }

    @Test
    void findsTheDuplicateTheGapTheCopiedProgressAndTheAbridgedMark() {
        assertThat(doc.findings())
                .extracting(Finding::kind, Finding::tasks)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("duplicate-number", List.of("84")),
                        org.assertj.core.groups.Tuple.tuple("missing-number", List.of("83")),
                        org.assertj.core.groups.Tuple.tuple("copied-progress", List.of("7", "10")),
                        org.assertj.core.groups.Tuple.tuple("abridged", List.of()));
        assertThat(doc.findings()).extracting(Finding::message).contains("序号84出现两次");
    }

    @Test
    void keepsTheCityFinanceBureauWithItsStateAssetsCommissionAsOneUnit() {
        assertThat(doc.tasks().get(3).leadUnits()).containsExactly("市财政局(国资委)");
        assertThat(doc.tasks().get(14).leadUnits()).containsExactly("市政务服务办", "市大数据局");
    }
}
