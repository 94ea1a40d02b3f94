package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.supervision.BulletinFigures.Line;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores {@link Bulletin}s and their figures as generated; {@code version} guards concurrent edits. */
@Repository
class BulletinStore {

    private static final String COLUMNS = """
            id, government_id, plan_id, period_id, version, state, issuer, doc_number, title, recipients, opening,
            summary, demands, signer, dated, copy_to, printed_by, is_public, reason, approved_by, approved_at,
            issued_by, issued_at""";

    private final JdbcClient jdbc;

    BulletinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Bulletin b, List<Line> lines, String by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        Bulletin.Blocks t = b.blocks();
        jdbc.sql("""
                        insert into bulletin (government_id, plan_id, period_id, state, issuer, doc_number, title,
                               recipients, opening, summary, demands, signer, dated, copy_to, printed_by, created_by,
                               created_at)
                        values (:g, :plan, :period, :state, :issuer, :doc, :title, :recipients, :opening, :summary,
                                :demands, :signer, :dated, :copyTo, :printedBy, :by, :at)""")
                .param("g", b.governmentId())
                .param("plan", b.planId())
                .param("period", b.periodId())
                .param("state", b.state().code())
                .param("issuer", t.issuer())
                .param("doc", t.docNumber())
                .param("title", t.title())
                .param("recipients", t.recipients())
                .param("opening", t.opening())
                .param("summary", t.summary())
                .param("demands", t.demands())
                .param("signer", t.signer())
                .param("dated", t.dated())
                .param("copyTo", t.copyTo())
                .param("printedBy", t.printedBy())
                .param("by", by)
                .param("at", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int seq = 0;
        for (Line line : lines) {
            List<String> c = new ArrayList<>(line.cells());
            while (c.size() < 5) {
                c.add("");
            }
            jdbc.sql("""
                            insert into bulletin_row (bulletin_id, government_id, kind, seq, c1, c2, c3, c4, c5)
                            values (:b, :g, :kind, :seq, :c1, :c2, :c3, :c4, :c5)""")
                    .param("b", id)
                    .param("g", b.governmentId())
                    .param("kind", line.kind())
                    .param("seq", seq++)
                    .param("c1", cut(c.get(0)))
                    .param("c2", cut(c.get(1)))
                    .param("c3", cut(c.get(2)))
                    .param("c4", cut(c.get(3)))
                    .param("c5", cut(c.get(4)))
                    .update();
        }
        return id;
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 4000 ? s.substring(0, 4000) : s;
    }

    void update(Bulletin b) {
        Bulletin.Blocks t = b.blocks();
        int n = jdbc.sql("""
                        update bulletin set state = :state, issuer = :issuer, doc_number = :doc, title = :title,
                               recipients = :recipients, opening = :opening, summary = :summary, demands = :demands,
                               signer = :signer, dated = :dated, copy_to = :copyTo, printed_by = :printedBy,
                               is_public = :pub, reason = :reason, approved_by = :aby, approved_at = :aat,
                               issued_by = :iby, issued_at = :iat, version = version + 1
                        where id = :id and version = :v""")
                .param("state", b.state().code())
                .param("issuer", t.issuer())
                .param("doc", t.docNumber())
                .param("title", t.title())
                .param("recipients", t.recipients())
                .param("opening", t.opening())
                .param("summary", t.summary())
                .param("demands", t.demands())
                .param("signer", t.signer())
                .param("dated", t.dated())
                .param("copyTo", t.copyTo())
                .param("printedBy", t.printedBy())
                .param("pub", b.publicly())
                .param("reason", b.reason())
                .param("aby", b.approvedBy())
                .param("aat", b.approvedAt())
                .param("iby", b.issuedBy())
                .param("iat", b.issuedAt())
                .param("id", b.id())
                .param("v", b.version())
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    Optional<Bulletin> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from bulletin where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The bulletins of governments in scope, latest first. */
    List<Bulletin> list(boolean all, List<Long> govs, boolean issuedPublicOnly) {
        return jdbc.sql("select " + COLUMNS + """
                         from bulletin where (:all or government_id in (:govs))
                          and (:pub = false or (state = 'issued' and is_public))
                        order by id desc fetch first 200 rows only""")
                .param("all", all)
                .param("govs", govs)
                .param("pub", issuedPublicOnly)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<Line> lines(long bulletinId) {
        return jdbc.sql("select kind, c1, c2, c3, c4, c5 from bulletin_row where bulletin_id = :b order by kind, seq")
                .param("b", bulletinId)
                .query((rs, n) -> new Line(
                        rs.getString("kind"),
                        List.of(
                                rs.getString("c1"),
                                rs.getString("c2"),
                                rs.getString("c3"),
                                rs.getString("c4"),
                                rs.getString("c5"))))
                .list();
    }

    private static Bulletin row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Bulletin b = new Bulletin(
                rs.getLong("id"),
                rs.getLong("government_id"),
                rs.getLong("plan_id"),
                rs.getLong("period_id"),
                rs.getInt("version"),
                Bulletin.State.of(rs.getString("state")),
                new Bulletin.Blocks(
                        rs.getString("issuer"),
                        rs.getString("doc_number"),
                        rs.getString("title"),
                        rs.getString("recipients"),
                        rs.getString("opening"),
                        rs.getString("summary"),
                        rs.getString("demands"),
                        rs.getString("signer"),
                        rs.getObject("dated", LocalDate.class),
                        rs.getString("copy_to"),
                        rs.getString("printed_by")),
                rs.getBoolean("is_public"),
                rs.getString("reason"));
        b.restoreSteps(
                rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getString("issued_by"),
                rs.getObject("issued_at", OffsetDateTime.class));
        return b;
    }
}
