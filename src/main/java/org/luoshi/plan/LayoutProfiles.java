package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.document.ReadDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The layout corrections (column roles by header, ignored lines) an office made on a government's imports, kept per
 * source so that the next period's document of that source reads right without them. The source is the issuing
 * office the document prints (发布机构, 发文单位 …); a document naming none shares the government's profile ''.
 * Column roles are keyed by the header as printed, so a profile only touches documents of the same layout.
 */
@Repository
class LayoutProfiles {

    private static final List<String> SOURCE_LABELS = List.of(
            "\u53D1\u5E03\u673A\u6784",
            "\u53D1\u6587\u673A\u5173",
            "\u53D1\u6587\u5355\u4F4D",
            "\u5370\u53D1\u673A\u5173");

    private final JdbcClient jdbc;

    LayoutProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String source(ReadDocument document) {
        for (String label : SOURCE_LABELS) {
            String v = document.disclosure().getOrDefault(label, "").strip();
            if (!v.isEmpty()) {
                return v.length() > 200 ? v.substring(0, 200) : v;
            }
        }
        return "";
    }

    List<Correction> of(long governmentId, String source) {
        return jdbc
                .sql("select line from layout_profile where government_id = :gov and source = :source order by seq")
                .param("gov", governmentId)
                .param("source", source)
                .query(String.class)
                .list()
                .stream()
                .map(Correction::parse)
                .toList();
    }

    /**
     * The profile with {@code layout} added: a column's new role replaces its old one, an ignored line is kept once.
     * Written only when it changes.
     */
    void remember(long governmentId, String source, List<Correction> layout, String actor) {
        List<Correction> old = of(governmentId, source);
        List<Correction> merged = new ArrayList<>(old);
        for (Correction c : layout) {
            if (c instanceof Correction.SetRole r) {
                merged.removeIf(
                        x -> x instanceof Correction.SetRole o && o.column().equals(r.column()));
            }
            if (!merged.contains(c)) {
                merged.add(c);
            }
        }
        if (merged.equals(old)) {
            return;
        }
        jdbc.sql("delete from layout_profile where government_id = :gov and source = :source")
                .param("gov", governmentId)
                .param("source", source)
                .update();
        int seq = 0;
        for (Correction c : merged) {
            String line = c.line();
            if (line.length() > 2000) {
                continue;
            }
            jdbc.sql("""
                    insert into layout_profile (government_id, source, seq, line, updated_by)
                    values (:gov, :source, :seq, :line, :actor)""")
                    .param("gov", governmentId)
                    .param("source", source)
                    .param("seq", seq++)
                    .param("line", line)
                    .param("actor", actor)
                    .update();
        }
    }
}
