package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditChainIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long government(String code) {
        jdbc.sql("""
                        insert into government (code, name, level)
                        select :code, :name, 'city' where not exists (select 1 from government where code = :code)""").param("code", code).param("name", "链测试" + code).update();
        return jdbc.sql("select id from government where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    @Test
    void eachGovernmentHasAChainOfItsOwn() {
        long a = government("990101");
        long b = government("990102");
        trail.record(a, "test", "chain.gov", "test", "a1", "甲");
        trail.record(b, "test", "chain.gov", "test", "b1", "乙");
        trail.record(a, "test", "chain.gov", "test", "a2", "甲");

        var rows = jdbc.sql("select entity_id, chain_id, chain_seq from audit_event where action = 'chain.gov'")
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getLong(2) + "#" + rs.getLong(3)))
                .list();
        assertThat(rows)
                .extracting(java.util.Map.Entry::getValue)
                .containsExactlyInAnyOrder(a + "#1", b + "#1", a + "#2");
        assertIntact();
    }

    @Test
    void aWriterOfAnotherGovernmentDoesNotWaitForALockedChain() throws Exception {
        long a = government("990103");
        long b = government("990104");
        trail.record(a, "test", "chain.lock", "test", "a", "建链");
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        try {
            // Another writer of A, stopped while it holds A's head row.
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.sql("select length from audit_chain where chain_id = :c for update")
                        .param("c", a)
                        .query(Long.class)
                        .single();
                held.countDown();
                await(release);
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> writerOfB = pool.submit(() -> trail.record(b, "test", "chain.lock", "test", "b", "乙"));
            Future<?> writerOfA = pool.submit(() -> trail.record(a, "test", "chain.lock", "test", "a2", "甲"));

            writerOfB.get(5, TimeUnit.SECONDS);
            Thread.sleep(300);
            assertThat(writerOfA).isNotDone();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            writerOfA.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertIntact();
    }

    @Test
    void entriesAreWrittenAtCommitSoThatAnOpenTransactionHoldsNoChain() throws Exception {
        long a = government("990105");
        var recorded = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> longTransaction =
                    pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                        trail.record(a, "test", "chain.late", "test", "slow", "长事务");
                        recorded.countDown();
                        await(commit);
                    }));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
            pool.submit(() -> trail.record(a, "test", "chain.late", "test", "quick", "短事务"))
                    .get(5, TimeUnit.SECONDS);
            commit.countDown();
            longTransaction.get(10, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
        var order = jdbc.sql("select entity_id from audit_event where action = 'chain.late' order by chain_seq")
                .query(String.class)
                .list();
        assertThat(order).containsExactly("quick", "slow");
        assertIntact();
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(null, "test", "chain.rollback", "test", "1", "回滚");
            s.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from audit_event where action = 'chain.rollback'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        trail.record(null, "test", "chain.one", "test", "1", "第一条");
        trail.record(null, "test", "chain.two", "test", "2", "第二条");

        var entries = jdbc.sql("select prev_hash, entry_hash from audit_event where action like 'chain.%' order by id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(entries.get(1)[0]).isEqualTo(entries.get(0)[1]);
        assertIntact();
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
        assertIntact();
    }

    /** The trail verifies; when it does not, the failure says which chain and entry, and why. */
    private void assertIntact() {
        var verification = chain.verify();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }
}
