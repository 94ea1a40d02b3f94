package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

class DocumentAnalyzerTest {

    @Test
    void readsNumbersInTraditionalTextAndQuotesThemAsPrinted() {
        TaskRow row = new TaskRow("1", "新增城鎮就業1.8萬人以上。", List.of("市人社局"), List.of(), "1-9月新增城鎮就業2萬人。", "", null);
        ReadDocument doc =
                new ReadDocument("", "", 2022, "前三季度", null, new BigDecimal("0.75"), null, List.of(row), List.of());
        AnalyzedTask task = new DocumentAnalyzer().analyze(doc).tasks().get(0);
        assertThat(task.targets()).extracting(Quantity::text).containsExactly("1.8萬人以上");
        assertThat(task.targets().get(0).normalized()).isEqualByComparingTo("18000");
        assertThat(task.actuals()).extracting(Quantity::text).contains("2萬人");
    }
}
