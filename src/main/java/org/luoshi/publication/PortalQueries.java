package org.luoshi.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal reads: only publications that are published and actively disclosed (主动公开), of
 * every government. Filters and search words are bound parameters.
 */
@Service
@Transactional(readOnly = true)
public class PortalQueries {

    /** One catalogue entry as lists, search results and the feed show it. */
    public record Entry(
            long id,
            String title,
            String indexNumber,
            String publisher,
            String category,
            String governmentName,
            String governmentCode,
            int year,
            OffsetDateTime publishedAt) {}

    /** How many publications a government has in a year. */
    public record Shelf(String governmentName, String governmentCode, int year, int count) {}

    private static final String ON_PORTAL = " p.status = 'published' and p.disclosure = 'active' ";
    private static final String ENTRY = """
            select p.id, p.title, p.index_number, p.publisher, p.category, p.government_name, p.government_code,
                   p.report_year as year_of_report, p.published_at
            from publication p where""" + ON_PORTAL;

    private final JdbcClient jdbc;
    private final Publications publications;

    PortalQueries(JdbcClient jdbc, Publications publications) {
        this.jdbc = jdbc;
        this.publications = publications;
    }

    public List<Shelf> shelves() {
        return jdbc.sql("""
                        select p.government_name, p.government_code, p.report_year, count(*) from publication p
                        where""" + ON_PORTAL + """
                        group by p.government_name, p.government_code, p.report_year
                        order by p.government_code, p.report_year desc""")
                .query((rs, i) -> new Shelf(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** @param governmentCode "" for every government; @param year null for every year */
    public List<Entry> list(String governmentCode, Integer year) {
        return jdbc.sql(ENTRY + """
                         and (:anyGov or p.government_code = :code) and (:anyYear or p.report_year = :y)
                        order by p.published_at desc, p.id desc""")
                .param("anyGov", governmentCode == null || governmentCode.isBlank())
                .param("code", governmentCode == null ? "" : governmentCode)
                .param("anyYear", year == null)
                .param("y", year == null ? 0 : year)
                .query((rs, i) -> entry(rs))
                .list();
    }

    /** Publications whose visible text holds every word of the query; at most 50, newest first. */
    public List<Entry> search(String query) {
        List<String> patterns = SearchText.patterns(query);
        if (patterns.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(ENTRY);
        for (int i = 0; i < patterns.size(); i++) {
            sql.append(" and p.search_text like :w").append(i).append(" escape '\\'");
        }
        sql.append(" order by p.published_at desc, p.id desc fetch first 50 rows only");
        var spec = jdbc.sql(sql.toString());
        for (int i = 0; i < patterns.size(); i++) {
            spec = spec.param("w" + i, patterns.get(i));
        }
        return spec.query((rs, i) -> entry(rs)).list();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql(ENTRY + " order by p.published_at desc, p.id desc fetch first :n rows only")
                .param("n", limit)
                .query((rs, i) -> entry(rs))
                .list();
    }

    /** A publication the public may see, with its visit count; empty when it is not (or no longer) on the portal. */
    public Optional<Article> article(long id) {
        return publications
                .find(id, Scope.everything())
                .filter(Publication::onPortal)
                .map(p -> new Article(
                        p,
                        jdbc.sql("select visits from publication where id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single(),
                        codeOf(id)));
    }

    /** A published publication as the portal shows it: never its withheld rows. */
    public record Article(Publication publication, long visits, String governmentCode) {
        public CompiledReport report() {
            return publication.publicReport();
        }
    }

    private String codeOf(long publicationId) {
        return jdbc.sql("select government_code from publication where id = :id")
                .param("id", publicationId)
                .query(String.class)
                .single();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("index_number"),
                rs.getString("publisher"),
                rs.getString("category"),
                rs.getString("government_name"),
                rs.getString("government_code"),
                rs.getInt("year_of_report"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
