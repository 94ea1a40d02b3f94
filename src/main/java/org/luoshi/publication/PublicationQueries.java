package org.luoshi.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's list of publications, every state included (history), scoped to the caller. */
@Service
@Transactional(readOnly = true)
public class PublicationQueries {

    public record Summary(
            long id,
            String title,
            String governmentName,
            String status,
            String statusLabel,
            String disclosure,
            String indexNumber,
            LocalDate createdOn,
            OffsetDateTime publishedAt) {}

    private final JdbcClient jdbc;

    PublicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> list(Scope scope) {
        return jdbc.sql("""
                        select id, title, government_name, status, disclosure, index_number, created_on, published_at
                        from publication where (:all or government_id in (:govs)) order by id desc""")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> {
                    PublicationStatus s = PublicationStatus.fromCode(rs.getString("status"));
                    return new Summary(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("government_name"),
                            s.code(),
                            s.label(),
                            Disclosure.fromCode(rs.getString("disclosure")).label(),
                            rs.getString("index_number"),
                            rs.getObject("created_on", LocalDate.class),
                            rs.getObject("published_at", OffsetDateTime.class));
                })
                .list();
    }
}
