package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link SupervisionItem}s and their history of replies, presses and closing. */
@Repository
class Items {

    private static final String COLUMNS = """
            id, government_id, task_id, unit_id, source, source_date, doc_number, leader, content, deadline, state,
            presses, version, closed_by, closed_at""";

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SupervisionItem item, String by, OffsetDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        SupervisionItem.Instruction i = item.instruction();
        jdbc.sql("""
                        insert into supervision_item (government_id, task_id, unit_id, source, source_date, doc_number,
                               leader, content, deadline, state, created_by, created_at)
                        values (:g, :t, :u, :src, :sd, :doc, :leader, :content, :deadline, :s, :by, :at)""")
                .param("g", item.governmentId())
                .param("t", item.taskId())
                .param("u", item.unitId())
                .param("src", i.source().code())
                .param("sd", i.sourceDate())
                .param("doc", i.docNumber())
                .param("leader", i.leader())
                .param("content", i.content())
                .param("deadline", item.deadline())
                .param("s", item.state().code())
                .param("by", by)
                .param("at", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SupervisionItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_item where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    void update(SupervisionItem item) {
        int n = jdbc.sql("""
                        update supervision_item set state = :s, deadline = :deadline, presses = :presses,
                               closed_by = :by, closed_at = :at, version = version + 1
                        where id = :id and version = :v""")
                .param("s", item.state().code())
                .param("deadline", item.deadline())
                .param("presses", item.presses())
                .param("by", item.closedBy())
                .param("at", item.closedAt())
                .param("id", item.id())
                .param("v", item.version())
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    void append(SupervisionItem item, String kind, String body, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into supervision_reply (item_id, government_id, kind, body, by_user, written_at)
                values (:item, :g, :kind, :body, :by, :at)""")
                .param("item", item.id())
                .param("g", item.governmentId())
                .param("kind", kind)
                .param("body", body)
                .param("by", by)
                .param("at", now)
                .update();
    }

    List<SupervisionViews.ItemEntry> history(long itemId) {
        return jdbc.sql("""
                        select id, kind, body, by_user, written_at from supervision_reply
                        where item_id = :item order by id""")
                .param("item", itemId)
                .query(SupervisionViews.ItemEntry.class)
                .list();
    }

    static SupervisionItem row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long task = rs.getLong("task_id");
        Long taskId = rs.wasNull() ? null : task;
        SupervisionItem item = new SupervisionItem(
                rs.getLong("id"),
                rs.getLong("government_id"),
                taskId,
                rs.getLong("unit_id"),
                new SupervisionItem.Instruction(
                        SupervisionItem.Source.of(rs.getString("source")),
                        rs.getObject("source_date", LocalDate.class),
                        rs.getString("doc_number"),
                        rs.getString("leader"),
                        rs.getString("content")),
                rs.getObject("deadline", LocalDate.class),
                rs.getInt("version"),
                SupervisionItem.State.of(rs.getString("state")),
                rs.getInt("presses"));
        item.restoreClosing(rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class));
        return item;
    }
}
