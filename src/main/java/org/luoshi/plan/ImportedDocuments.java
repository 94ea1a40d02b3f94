package org.luoshi.plan;

import org.luoshi.document.ReadDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The record of an imported document: its upload as received, its findings and the corrections applied to it. */
@Repository
class ImportedDocuments {

    private final JdbcClient jdbc;

    ImportedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long record(
            long gov,
            long planId,
            Long periodId,
            String fileName,
            byte[] content,
            String actor,
            ReadDocument document,
            ImportEditing editing) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into imported_document
                    (government_id, plan_id, period_id, file_name, sha256, disclosure, imported_by, content)
                values (:gov, :plan, :period, :file, :sha, :disclosure, :actor, :content)""")
                .param("gov", gov)
                .param("plan", planId)
                .param("period", periodId)
                .param("file", fileName)
                .param("sha", PlanImporter.sha256(content))
                .param("disclosure", disclosureText(document))
                .param("actor", actor)
                .param("content", content)
                .update(keys, "id");
        long documentId = keys.getKey().longValue();
        int seq = 0;
        for (var finding : document.findings()) {
            jdbc.sql("""
                    insert into document_finding (government_id, document_id, seq, kind, task_numbers, message)
                    values (:gov, :doc, :seq, :kind, :tasks, :message)""")
                    .param("gov", gov)
                    .param("doc", documentId)
                    .param("seq", seq++)
                    .param("kind", finding.kind())
                    .param("tasks", String.join(",", finding.tasks()))
                    .param("message", finding.message())
                    .update();
        }
        seq = 0;
        for (String line : editing.lines()) {
            jdbc.sql("""
                    insert into imported_correction (document_id, government_id, seq, line)
                    values (:doc, :gov, :seq, :line)""")
                    .param("doc", documentId)
                    .param("gov", gov)
                    .param("seq", seq++)
                    .param("line", line.length() > 8000 ? line.substring(0, 8000) : line)
                    .update();
        }
        return documentId;
    }

    /** The corrections kept with an imported document, in order. */
    java.util.List<String> corrections(long documentId) {
        return jdbc.sql("select line from imported_correction where document_id = :doc order by seq")
                .param("doc", documentId)
                .query(String.class)
                .list();
    }

    private static String disclosureText(ReadDocument document) {
        StringBuilder sb = new StringBuilder();
        document.disclosure()
                .forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.length() > 4000 ? sb.substring(0, 4000) : sb.toString();
    }
}
