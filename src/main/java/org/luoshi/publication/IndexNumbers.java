package org.luoshi.publication;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 索引号 serials per government and year. The counter row is incremented under its row lock in a
 * transaction of its own, so concurrent publishers wait for each other only for an instant and a serial is
 * never handed out twice — not even when the publishing transaction later rolls back (that leaves a gap,
 * never a reuse). The unique constraint on {@code publication.index_number} is the last guard.
 */
@Component
class IndexNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    IndexNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(CatalogueSettings.Setting setting, int year) {
        ensureCounter(setting, year);
        long serial = own.execute(tx -> {
            jdbc.sql("""
                            update index_serial set last_serial = greatest(last_serial, :floor) + 1
                            where government_id = :gov and serial_year = :y""")
                    .param("floor", setting.firstSerial() - 1)
                    .param("gov", setting.governmentId())
                    .param("y", year)
                    .update();
            return jdbc.sql("select last_serial from index_serial where government_id = :gov and serial_year = :y")
                    .param("gov", setting.governmentId())
                    .param("y", year)
                    .query(Long.class)
                    .single();
        });
        return setting.pattern().format(setting.orgCode(), year, serial);
    }

    /** Creates the year's counter once; when two publishers race to create it, the loser uses the winner's. */
    private void ensureCounter(CatalogueSettings.Setting setting, int year) {
        boolean exists = jdbc.sql("select count(*) from index_serial where government_id = :gov and serial_year = :y")
                        .param("gov", setting.governmentId())
                        .param("y", year)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        try {
            own.executeWithoutResult(tx -> jdbc.sql("""
                            insert into index_serial (government_id, serial_year, last_serial) values (:gov, :y, :last)""")
                    .param("gov", setting.governmentId())
                    .param("y", year)
                    .param("last", setting.firstSerial() - 1)
                    .update());
        } catch (DuplicateKeyException raced) {
            // the other publisher created it: fine
        }
    }
}
