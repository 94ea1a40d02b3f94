package org.luoshi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the trail, scoped to the governments a caller may see: system-wide entries (no government) only for
 * a caller who sees everything. Scopes are bound as parameters, never spliced.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private static final String WHERE = """
             from audit_event where (:all or government_id in (:govs))
               and (:action = '' or action like :actionLike) and (:entityId = '' or entity_id = :entityId)
            """;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many entries the trail holds, of every government (for tools that need an empty trail). */
    public long total() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    /** Newest first. */
    public List<AuditEntry> page(
            boolean all, List<Long> governmentIds, String action, String entityId, int page, int size) {
        return jdbc.sql(
                        "select id, government_id, occurred_at, actor, action, entity, entity_id, detail, chain_id, chain_seq, key_id, prev_hash, entry_hash"
                                + WHERE + " order by id desc limit :size offset :offset")
                .param("all", all)
                .param("govs", ids(governmentIds))
                .param("action", nn(action))
                .param("actionLike", nn(action) + "%")
                .param("entityId", nn(entityId))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(AuditEntry.class)
                .list();
    }

    /** The same entries, oldest first, as CSV (UTF-8 with BOM so that Excel reads Chinese). */
    public void exportCsv(boolean all, List<Long> governmentIds, String action, Writer out) {
        try {
            out.write('\ufeff');
            out.write("id,occurred_at,government_id,actor,action,entity,entity_id,detail,entry_hash\r\n");
            try (var rows = jdbc
                    .sql(
                            "select id, government_id, occurred_at, actor, action, entity, entity_id, detail, chain_id, chain_seq, key_id, prev_hash, entry_hash"
                                    + WHERE + " order by id")
                    .param("all", all)
                    .param("govs", ids(governmentIds))
                    .param("action", nn(action))
                    .param("actionLike", nn(action) + "%")
                    .param("entityId", "")
                    .query(AuditEntry.class)
                    .stream()) {
                rows.forEach(e -> {
                    try {
                        out.write(
                                e.id() + "," + e.occurredAt() + "," + (e.governmentId() == null ? "" : e.governmentId())
                                        + "," + csv(e.actor()) + "," + csv(e.action()) + "," + csv(e.entity()) + ","
                                        + csv(e.entityId()) + "," + csv(e.detail()) + "," + nn(e.entryHash()) + "\r\n");
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a field and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String csv(String s) {
        String v = nn(s);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static List<Long> ids(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
