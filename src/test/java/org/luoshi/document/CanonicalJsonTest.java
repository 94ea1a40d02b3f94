package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.assessment.Judgement;
import org.luoshi.assessment.Status;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

class CanonicalJsonTest {

    private static final Quantity TARGET = new Quantity(
            "1.8万人以上",
            "新引进高校毕业生",
            QuantityKind.AMOUNT,
            new BigDecimal("1.80"),
            new BigDecimal("10000"),
            "人",
            Comparison.AT_LEAST,
            "",
            5);
    private static final Quantity ACTUAL = new Quantity(
            "2万人",
            "新引进高校毕业生",
            QuantityKind.AMOUNT,
            new BigDecimal("2"),
            new BigDecimal("1E+4"),
            "人",
            Comparison.EXACT,
            "1-8月",
            3);

    private static AnalyzedDocument document(Map<String, String> extra, String group) {
        TaskRow row =
                new TaskRow("84", "新引进高校毕业生1.8万人以上。", List.of("市委人才办"), List.of("市人社局"), "1-8月新引进2万人。", group, extra);
        ReadDocument doc = new ReadDocument(
                "标题",
                "舟山市",
                2022,
                "前三季度",
                LocalDate.of(2022, 9, 30),
                new BigDecimal("0.7500"),
                Map.of("索引号", "001/2022-1"),
                List.of(row),
                List.of(new Finding("duplicate-number", List.of("84"), "序号84出现两次")));
        return new AnalyzedDocument(
                doc,
                List.of(new AnalyzedTask(
                        row,
                        List.of(TARGET),
                        List.of(ACTUAL),
                        new Judgement(Status.COMPLETED, "2万人 vs 目标1.8万人 => 111%"))));
    }

    @Test
    void writesTheDocumentedFieldsInTheDocumentedOrder() {
        String json = CanonicalJson.write(document(Map.of(), ""));
        assertThat(json)
                .containsSubsequence(
                        "\"title\"",
                        "\"government\"",
                        "\"year\"",
                        "\"periodLabel\"",
                        "\"periodEnd\"",
                        "\"expectedShare\"",
                        "\"tasks\"",
                        "\"number\"",
                        "\"content\"",
                        "\"leadUnits\"",
                        "\"coUnits\"",
                        "\"progress\"",
                        "\"targets\"",
                        "\"text\"",
                        "\"metric\"",
                        "\"kind\"",
                        "\"value\"",
                        "\"magnitude\"",
                        "\"unit\"",
                        "\"normalized\"",
                        "\"comparator\"",
                        "\"asOf\"",
                        "\"actuals\"",
                        "\"status\"",
                        "\"statusReason\"",
                        "\"findings\"",
                        "\"message\"");
        assertThat(json).doesNotContain("\"extra\"").doesNotContain("\"group\"");
    }

    @Test
    void writesNumbersWithoutTrailingZerosOrExponents() {
        String json = CanonicalJson.write(document(Map.of(), "")).replaceAll("\\s", "");
        assertThat(json)
                .contains(
                        "\"expectedShare\":0.75",
                        "\"value\":1.8",
                        "\"magnitude\":10000",
                        "\"normalized\":18000",
                        "\"comparator\":\">=\"",
                        "\"periodEnd\":\"2022-09-30\"");
    }

    @Test
    void writesExtraColumnsAndGroupOnlyWhenPresent() {
        String json =
                CanonicalJson.write(document(Map.of("分管市长", "张三"), "一、人才")).replaceAll("\\s", "");
        assertThat(json).contains("\"group\":\"一、人才\"", "\"extra\":{\"分管市长\":\"张三\"}");
    }

    @Test
    void readsBackWhatItWroteWithoutLoss() {
        AnalyzedDocument original = document(Map.of("分管市长", "张三"), "一、人才");
        String json = CanonicalJson.write(original);
        AnalyzedDocument back = CanonicalJson.read(json);
        assertThat(CanonicalJson.write(back)).isEqualTo(json);
        assertThat(back.document().tasks()).isEqualTo(original.document().tasks());
        assertThat(back.document().findings()).isEqualTo(original.document().findings());
        assertThat(back.document().disclosure()).isEqualTo(original.document().disclosure());
        assertThat(back.tasks().get(0).judgement())
                .isEqualTo(original.tasks().get(0).judgement());
    }

    @Test
    void roundTripsTheWholeSampleLosslessly() {
        ReadDocument doc = Samples.readSample();
        List<AnalyzedTask> tasks = doc.tasks().stream()
                .map(r -> new AnalyzedTask(r, List.of(), List.of(), null))
                .toList();
        String json = CanonicalJson.write(new AnalyzedDocument(doc, tasks));
        ReadDocument back =
                new DocumentReaders().read("export.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(back.tasks()).isEqualTo(doc.tasks());
        assertThat(back)
                .usingRecursiveComparison()
                .ignoringFields("expectedShare")
                .isEqualTo(doc);
        assertThat(back.expectedShare()).isEqualByComparingTo(doc.expectedShare());
    }
}
