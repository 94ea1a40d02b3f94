package org.luoshi;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads off the primary (issue 17): when {@code LUOSHI_DB_REPLICA_URL} names a PostgreSQL streaming replica, the
 * read-only transactions of the lag-tolerant pages go to it: those begun by a class whose name starts with one of
 * {@code luoshi.db.replica.reads} (the dashboards and the overview, {@code org.luoshi.dashboard.}, and the public
 * portal, {@code org.luoshi.publication.PortalQueries}). Everything else, every write and every read-only transaction
 * of another class (a job's progress, a page read just after its own write), goes to the primary. A replica a few
 * seconds behind shows a dashboard a few seconds old, never a lost write.
 *
 * <p>The application's data source (Boot's pool on the primary) is wrapped once: a routing data source chooses at the
 * first statement of a transaction, when Spring has set its name and read-only flag, through a
 * {@link LazyConnectionDataSourceProxy}. Without the setting nothing is wrapped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${luoshi.db.replica.url:}'.isBlank()")
class ReplicaReads {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    @Bean
    static BeanPostProcessor replicaRouting(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
                    return bean;
                }
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(env.getRequiredProperty("luoshi.db.replica.url"));
                replica.setUsername(
                        env.getProperty("luoshi.db.replica.user", env.getProperty("spring.datasource.username", "")));
                replica.setPassword(env.getProperty(
                        "luoshi.db.replica.password", env.getProperty("spring.datasource.password", "")));
                replica.setMaximumPoolSize(env.getProperty("luoshi.db.replica.pool", Integer.class, 4));
                replica.setReadOnly(true);
                List<String> reads = List.of(env.getProperty(
                                "luoshi.db.replica.reads", "org.luoshi.dashboard.,org.luoshi.publication.PortalQueries")
                        .split(","));
                return routing(primary, replica, reads);
            }
        };
    }

    /** The primary wrapped so that the chosen read-only transactions take their connection from the replica. */
    static DataSource routing(DataSource primary, DataSource replica, List<String> reads) {
        AbstractRoutingDataSource router = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return toReplica(reads) ? REPLICA : PRIMARY;
            }
        };
        router.setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        router.setDefaultTargetDataSource(primary);
        router.afterPropertiesSet();
        return new LazyConnectionDataSourceProxy(router);
    }

    private static boolean toReplica(List<String> reads) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return false;
        }
        String name = TransactionSynchronizationManager.getCurrentTransactionName();
        return name != null && reads.stream().map(String::strip).anyMatch(p -> !p.isEmpty() && name.startsWith(p));
    }
}
