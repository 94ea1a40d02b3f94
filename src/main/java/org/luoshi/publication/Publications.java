package org.luoshi.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.luoshi.DomainException;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores and loads publications with their rows; every load is scoped to the caller's governments. */
@Repository
class Publications {

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param governmentCode the government's 行政区划代码, kept with the names the publication was drafted under */
    long insert(Publication p, String governmentCode) {
        Publication.Source s = p.source();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into publication (government_id, plan_id, period_id, government_name, government_code,
                            report_year, period_label, period_end, expected_share, title, status, disclosure, category,
                            publisher, validity, with_status, created_on, drafted_by, search_text)
                        values (:gov, :plan, :period, :govName, :govCode, :y, :label, :end, :share, :title, :status,
                            :disclosure, :category, :publisher, :validity, :withStatus, :created, :by, :search)""")
                .param("gov", s.governmentId())
                .param("plan", s.planId())
                .param("period", s.periodId())
                .param("govName", s.governmentName())
                .param("govCode", governmentCode)
                .param("end", s.periodEnd())
                .param("share", s.expectedShare())
                .param("y", s.year())
                .param("label", s.periodLabel())
                .param("title", s.title())
                .param("status", p.status().code())
                .param("disclosure", p.catalogue().disclosure().code())
                .param("category", p.catalogue().category())
                .param("publisher", p.catalogue().publisher())
                .param("validity", p.catalogue().valid() ? "valid" : "repealed")
                .param("withStatus", p.withStatus())
                .param("created", p.createdOn())
                .param("by", p.draftedBy())
                .param("search", SearchText.of(p.publicReport()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (PublicationRow r : p.rows()) {
            jdbc.sql("""
                            insert into publication_row (publication_id, government_id, seq, number, content, lead_units,
                                progress, status, withheld, abridged)
                            values (:id, :gov, :seq, :number, :content, :units, :progress, :status, :withheld, :abridged)""")
                    .param("id", id)
                    .param("gov", s.governmentId())
                    .param("seq", r.seq())
                    .param("number", r.number())
                    .param("content", r.content())
                    .param("units", String.join("\n", r.leadUnits()))
                    .param("progress", r.progress())
                    .param("status", r.status())
                    .param("withheld", r.withheld())
                    .param("abridged", r.abridged())
                    .update();
        }
        return id;
    }

    /** Saves a loaded publication; a concurrent change in between is a conflict, not a lost update. */
    void update(Publication p) {
        int n = jdbc.sql("""
                        update publication set status = :status, disclosure = :disclosure, category = :category,
                            publisher = :publisher, validity = :validity, index_number = :number, published_at = :at,
                            approved_by = :approvedBy, withdrawn_reason = :reason, search_text = :search,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("status", p.status().code())
                .param("disclosure", p.catalogue().disclosure().code())
                .param("category", p.catalogue().category())
                .param("publisher", p.catalogue().publisher())
                .param("validity", p.catalogue().valid() ? "valid" : "repealed")
                .param("number", p.indexNumber())
                .param("at", p.publishedAt())
                .param("approvedBy", p.approvedBy())
                .param("reason", p.withdrawnReason())
                .param("search", SearchText.of(p.publicReport()))
                .param("id", p.id())
                .param("version", p.version())
                .update();
        if (n != 1) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.publication-was-changed-meanwhile");
        }
        for (PublicationRow r : p.rows()) {
            jdbc.sql("""
                            update publication_row set progress = :progress, withheld = :withheld, abridged = :abridged
                            where publication_id = :id and seq = :seq""")
                    .param("progress", r.progress())
                    .param("withheld", r.withheld())
                    .param("abridged", r.abridged())
                    .param("id", p.id())
                    .param("seq", r.seq())
                    .update();
        }
    }

    Optional<Publication> find(long id, Scope scope) {
        return jdbc.sql("""
                        select p.id, p.government_id, p.plan_id, p.period_id, p.government_name, p.report_year,
                               p.period_label, p.title, p.status, p.disclosure, p.category, p.publisher, p.validity,
                               p.with_status, p.index_number, p.created_on, p.published_at, p.drafted_by, p.approved_by,
                               p.withdrawn_reason, p.version, p.period_end, p.expected_share
                        from publication p
                        where p.id = :id and (:all or p.government_id in (:govs))""")
                .param("id", id)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> map(rs, rows(rs.getLong("id"))))
                .optional();
    }

    private List<PublicationRow> rows(long id) {
        return jdbc.sql("""
                        select seq, number, content, lead_units, progress, status, withheld, abridged
                        from publication_row where publication_id = :id order by seq""")
                .param("id", id)
                .query((rs, i) -> new PublicationRow(
                        rs.getInt("seq"),
                        rs.getString("number"),
                        rs.getString("content"),
                        units(rs.getString("lead_units")),
                        rs.getString("progress"),
                        rs.getString("status"),
                        rs.getBoolean("withheld"),
                        rs.getBoolean("abridged")))
                .list();
    }

    private static List<String> units(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static Publication map(ResultSet rs, List<PublicationRow> rows) throws SQLException {
        var source = new Publication.Source(
                rs.getLong("government_id"),
                rs.getLong("plan_id"),
                rs.getLong("period_id"),
                rs.getString("government_name"),
                rs.getInt("report_year"),
                rs.getString("period_label"),
                rs.getString("title"),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getBigDecimal("expected_share"));
        var catalogue = new Publication.Catalogue(
                rs.getString("category"),
                rs.getString("publisher"),
                Disclosure.fromCode(rs.getString("disclosure")),
                "valid".equals(rs.getString("validity")));
        return new Publication(
                rs.getLong("id"),
                source,
                rs.getObject("created_on", java.time.LocalDate.class),
                rs.getString("drafted_by"),
                rs.getBoolean("with_status"),
                rows,
                catalogue,
                PublicationStatus.fromCode(rs.getString("status")),
                rs.getString("approved_by"),
                rs.getString("index_number"),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("withdrawn_reason"),
                rs.getInt("version"));
    }
}
