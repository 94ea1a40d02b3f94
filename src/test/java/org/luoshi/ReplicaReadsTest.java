package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The routing to the replica on two real (H2) databases, each answering which it is: only a read-only transaction of a
 * lag-tolerant class reads the replica; writes, other classes' read-only transactions and statements outside a
 * transaction read the primary.
 */
class ReplicaReadsTest {

    private static final DataSource PRIMARY = database("replica-test-primary");
    private static final DataSource REPLICA = database("replica-test-replica");
    private static final DataSource ROUTED = ReplicaReads.routing(
            PRIMARY, REPLICA, List.of("org.luoshi.dashboard.", "org.luoshi.publication.PortalQueries"));
    private static final DataSourceTransactionManager TX = new DataSourceTransactionManager(ROUTED);

    @BeforeAll
    static void label() {
        JdbcClient.create(PRIMARY)
                .sql("create table if not exists which (name varchar(10))")
                .update();
        JdbcClient.create(PRIMARY).sql("insert into which values ('primary')").update();
        JdbcClient.create(REPLICA)
                .sql("create table if not exists which (name varchar(10))")
                .update();
        JdbcClient.create(REPLICA).sql("insert into which values ('replica')").update();
    }

    @Test
    void aReadOnlyDashboardTransactionReadsTheReplica() {
        assertThat(inTransaction("org.luoshi.dashboard.Overviews.of", true)).isEqualTo("replica");
        assertThat(inTransaction("org.luoshi.publication.PortalQueries.home", true))
                .isEqualTo("replica");
    }

    @Test
    void writesOtherClassesAndNoTransactionReadThePrimary() {
        assertThat(inTransaction("org.luoshi.dashboard.Overviews.of", false)).isEqualTo("primary");
        assertThat(inTransaction("org.luoshi.job.Jobs.find", true)).isEqualTo("primary");
        assertThat(inTransaction("org.luoshi.publication.PublicationService.list", true))
                .isEqualTo("primary");
        assertThat(JdbcClient.create(ROUTED)
                        .sql("select name from which")
                        .query(String.class)
                        .single())
                .isEqualTo("primary");
    }

    private static String inTransaction(String name, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(TX);
        template.setName(name);
        template.setReadOnly(readOnly);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template.execute(status -> JdbcClient.create(ROUTED)
                .sql("select name from which")
                .query(String.class)
                .single());
    }

    private static DataSource database(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
