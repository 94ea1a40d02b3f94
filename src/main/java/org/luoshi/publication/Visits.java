package org.luoshi.publication;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a visit to an article once per visitor and day, so that reloading does not inflate the counter. The
 * visitor is a hash the web adapter computes (never an address); each statement commits on its own.
 */
@Component
public class Visits {

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this visit was counted */
    public boolean record(long publicationId, String visitor, LocalDate day) {
        boolean seen = jdbc.sql("""
                        select count(*) from publication_visit
                        where publication_id = :id and visitor = :v and visit_date = :d""")
                        .param("id", publicationId)
                        .param("v", visitor)
                        .param("d", day)
                        .query(Integer.class)
                        .single()
                > 0;
        if (seen) {
            return false;
        }
        try {
            jdbc.sql("insert into publication_visit (publication_id, visitor, visit_date) values (:id, :v, :d)")
                    .param("id", publicationId)
                    .param("v", visitor)
                    .param("d", day)
                    .update();
        } catch (DuplicateKeyException concurrentReload) {
            return false;
        }
        jdbc.sql("update publication set visits = visits + 1 where id = :id")
                .param("id", publicationId)
                .update();
        return true;
    }
}
