package org.luoshi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader found in one document: its metadata, its task rows in document order (duplicates kept)
 * and its data-quality findings.
 *
 * @param title         "" when the document has none
 * @param government    "" when not stated
 * @param year          null when not stated
 * @param periodLabel   the document's own words (前三季度); "" for a task list without progress
 * @param periodEnd     null when unknown
 * @param expectedShare 序时进度 at periodEnd; null when there is no period
 * @param disclosure    disclosure metadata by its printed label (索引号, 发布机构, 生成日期, 组配分类, 公开方式 …)
 * @param reading       how the document was read: layout, column roles and row confidence ({@link Reading#NONE}
 *                      for a document made otherwise)
 */
public record ReadDocument(
        String title,
        String government,
        Integer year,
        String periodLabel,
        LocalDate periodEnd,
        BigDecimal expectedShare,
        Map<String, String> disclosure,
        List<TaskRow> tasks,
        List<Finding> findings,
        Reading reading) {

    /** A document without a record of how it was read. */
    public ReadDocument(
            String title,
            String government,
            Integer year,
            String periodLabel,
            LocalDate periodEnd,
            BigDecimal expectedShare,
            Map<String, String> disclosure,
            List<TaskRow> tasks,
            List<Finding> findings) {
        this(title, government, year, periodLabel, periodEnd, expectedShare, disclosure, tasks, findings, Reading.NONE);
    }

    public ReadDocument {
        title = Objects.requireNonNullElse(title, "");
        government = Objects.requireNonNullElse(government, "");
        periodLabel = Objects.requireNonNullElse(periodLabel, "");
        disclosure = disclosure == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(disclosure));
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        reading = reading == null ? Reading.NONE : reading;
    }

    public boolean hasProgress() {
        return tasks.stream().anyMatch(t -> !t.progress().isEmpty());
    }
}
