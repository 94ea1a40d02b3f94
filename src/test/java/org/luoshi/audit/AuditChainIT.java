package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditChainIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        trail.record(null, "test", "chain.one", "test", "1", "第一条");
        trail.record(null, "test", "chain.two", "test", "2", "第二条");

        var entries = jdbc.sql("select prev_hash, entry_hash from audit_event where action like 'chain.%' order by id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(entries.get(1)[0]).isEqualTo(entries.get(0)[1]);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsTheFirstBrokenLinkOrTheDatabaseRefusesTheChange() {
        trail.record(null, "test", "chain.tamper", "test", "3", "原始内容");
        trail.record(null, "test", "chain.after", "test", "4", "之后");
        long id = jdbc.sql("select max(id) from audit_event where action = 'chain.tamper'")
                .query(Long.class)
                .single();
        try {
            jdbc.sql("update audit_event set detail = '篡改' where id = :id")
                    .param("id", id)
                    .update();
        } catch (DataAccessException refused) {
            // PostgreSQL: the append-only trigger refuses any update.
            assertThat(refused).hasMessageContaining("append-only");
            return;
        }
        try {
            var result = chain.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).contains(id);
            assertThat(result.problem()).contains("altered");
        } finally {
            jdbc.sql("update audit_event set detail = '原始内容' where id = :id")
                    .param("id", id)
                    .update();
        }
        assertThat(chain.verify().intact()).isTrue();
    }
}
