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

    /** A search result: the entry and a snippet of its text around the first word's first occurrence. */
    public record Hit(Entry entry, String before, String match, String after) {}

    /** One page of a list, newest first; {@code next} the cursor of the next page, null on the last. */
    public record Page(List<Entry> entries, String next) {}

    /** Entries on one page of a portal list, and shelves on the home page. */
    public static final int PAGE = 30;

    public static final int SHELVES = 60;

    /** How many of the newest matches of a search are ranked. */
    static final int RANKED = 500;

    /** How many publications a government has in a year. */
    public record Shelf(String governmentName, String governmentCode, int year, int count) {}

    private static final String ON_PORTAL = " p.status = 'published' and p.disclosure = 'active' ";
    private static final String ENTRY = """
            select p.id, p.title, p.index_number, p.publisher, p.category, p.government_name, p.government_code,
                   p.report_year as year_of_report, p.published_at
            from publication p where""" + ON_PORTAL;

    private final JdbcClient jdbc;
    private final Publications publications;

    private final boolean grams;

    PortalQueries(
            JdbcClient jdbc,
            Publications publications,
            @org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.grams = url.startsWith("jdbc:postgresql:");
    }

    /**
     * The shelves (government and year) by 行政区划代码: those of one government when {@code governmentCode} is
     * given, else at most {@link #SHELVES} from the code after {@code afterCode} (blank: the first), so that the
     * home page does not list every government of the country.
     */
    public List<Shelf> shelves(String governmentCode, String afterCode) {
        boolean one = governmentCode != null && !governmentCode.isBlank();
        return jdbc.sql("""
                        select p.government_name, p.government_code, p.report_year, count(*) from publication p
                        where""" + ON_PORTAL + """
                          and (:one and p.government_code = :code or not :one and p.government_code > :after)
                        group by p.government_name, p.government_code, p.report_year
                        order by p.government_code, p.report_year desc fetch first :n rows only""")
                .param("one", one)
                .param("code", one ? governmentCode : "")
                .param("after", afterCode == null ? "" : afterCode)
                .param("n", SHELVES)
                .query((rs, i) -> new Shelf(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /**
     * One page of the list, newest first, keyset-paged: {@code cursor} blank for the first page, or the
     * {@code next} of the previous one (the publication time in epoch milliseconds and the id, "1700000000000-42").
     *
     * @param governmentCode "" for every government; @param year null for every year
     */
    public Page list(String governmentCode, Integer year, String cursor) {
        Cursor c = Cursor.parse(cursor);
        List<Entry> rows = jdbc.sql(ENTRY + """
                         and (:anyGov or p.government_code = :code) and (:anyYear or p.report_year = :y)
                         and (:first or p.published_at < :t or (p.published_at = :t and p.id < :id))
                        order by p.published_at desc, p.id desc fetch first :n rows only""")
                .param("anyGov", governmentCode == null || governmentCode.isBlank())
                .param("code", governmentCode == null ? "" : governmentCode)
                .param("anyYear", year == null)
                .param("y", year == null ? 0 : year)
                .param("first", c == null)
                .param("t", c == null ? OffsetDateTime.now() : c.at())
                .param("id", c == null ? 0L : c.id())
                .param("n", PAGE + 1)
                .query((rs, i) -> entry(rs))
                .list();
        if (rows.size() <= PAGE) {
            return new Page(rows, null);
        }
        Entry last = rows.get(PAGE - 1);
        return new Page(rows.subList(0, PAGE), last.publishedAt().toInstant().toEpochMilli() + "-" + last.id());
    }

    /** A page cursor; null for the first page or anything that is not one. */
    record Cursor(OffsetDateTime at, long id) {
        static Cursor parse(String s) {
            if (s == null || !s.matches("\\d{1,15}-\\d{1,18}")) {
                return null;
            }
            String[] parts = s.split("-");
            return new Cursor(
                    java.time.Instant.ofEpochMilli(Long.parseLong(parts[0])).atOffset(java.time.ZoneOffset.UTC),
                    Long.parseLong(parts[1]));
        }
    }

    /** Publications whose visible text holds every word of the query; at most 50, newest first. */
    public List<Entry> search(String query) {
        return hits(query).stream().map(Hit::entry).toList();
    }

    /**
     * Publications whose visible text holds every word of the query (Simplified and Traditional alike): at most 50
     * of the newest {@link #RANKED} matches, those whose first word is in the title first, then newest first, each with
     * a snippet around the first word's first occurrence. On PostgreSQL the candidates come from the grams' GIN index (V41).
     */
    public List<Hit> hits(String query) {
        List<String> words = SearchText.words(query);
        List<String> patterns = SearchText.patterns(query);
        if (patterns.isEmpty()) {
            return List.of();
        }
        // The newest RANKED matches are ranked (bounded work whatever the number of matches): those whose first word
        // is in the title (the text's first TITLE characters) first, then the newest; the snippets are cut for the 50
        // shown only.
        StringBuilder inner = new StringBuilder("""
                select p.id, p.published_at,
                       position(:first in substring(p.search_text from 1 for 300)) > 0 as in_title
                from publication p where""" + ON_PORTAL);
        for (int i = 0; i < patterns.size(); i++) {
            if (grams) {
                inner.append(" and p.search_grams @> luoshi_grams(:g").append(i).append(")");
            }
            inner.append(" and p.search_text like :w").append(i).append(" escape '\\'");
        }
        inner.append(" order by p.published_at desc, p.id desc fetch first " + RANKED + " rows only");
        String sql = """
                select p.id, p.title, p.index_number, p.publisher, p.category, p.government_name, p.government_code,
                       p.report_year as year_of_report, p.published_at, position(:first in p.search_text) as first_at,
                       substring(p.search_text from greatest(position(:first in p.search_text) - 30, 1) for 100)
                           as snippet,
                       greatest(position(:first in p.search_text) - 30, 1) as snippet_from, r.in_title
                from (select m.id, m.in_title, m.published_at from (""" + inner + """
                      ) m order by m.in_title desc, m.published_at desc, m.id desc fetch first 50 rows only) r
                join publication p on p.id = r.id
                order by r.in_title desc, r.published_at desc, r.id desc""";
        var spec = jdbc.sql(sql).param("first", words.get(0));
        for (int i = 0; i < patterns.size(); i++) {
            spec = spec.param("w" + i, patterns.get(i));
            if (grams) {
                spec = spec.param("g" + i, words.get(i));
            }
        }
        String first = words.get(0);
        return spec.query((rs, i) -> {
                    String snippet = rs.getString("snippet");
                    int from = rs.getInt("first_at") - rs.getInt("snippet_from");
                    int to = Math.min(snippet.length(), Math.max(from, 0) + first.length());
                    from = Math.max(0, Math.min(from, snippet.length()));
                    return new Hit(
                            entry(rs), snippet.substring(0, from), snippet.substring(from, to), snippet.substring(to));
                })
                .list();
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
