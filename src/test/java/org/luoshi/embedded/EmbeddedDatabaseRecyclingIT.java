package org.luoshi.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database survives its pool retiring every connection. H2 2.4.240 kept, in each {@code CHECK (x IN
 * (...))} constraint, the session that first parsed it; once that connection was closed, the next write meeting
 * the constraint failed with "Check constraint invalid" and closed the database (h2database #4291, #4302, #4308).
 * The pool closes connections after their maxLifetime (30 minutes), so every embedded installation died about
 * half an hour after start. This test opens the database the way the application does and recycles the pool.
 */
class EmbeddedDatabaseRecyclingIT {

    @TempDir
    Path dir;

    @Test
    void writesMeetingCheckConstraintsSucceedAfterThePoolRecycledItsConnections() throws Exception {
        String url = applicationUrl(dir.resolve("luoshi"));
        try (HikariDataSource pool = pool(url)) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(pool);
            long user = seed(jdbc);
            writeEveryCheckedColumn(jdbc, user);

            try (Connection keepsTheDatabaseOpen = pool.getConnection()) {
                recycle(pool);
                writeEveryCheckedColumn(jdbc, user);
                assertThat(keepsTheDatabaseOpen.isValid(2)).isTrue();
            }
            recycle(pool);
            writeEveryCheckedColumn(jdbc, user);
            assertThat(jdbc.sql("select count(*) from app_user")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** The default URL of application.properties, its file moved into the test's directory. */
    static String applicationUrl(Path file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = EmbeddedDatabaseRecyclingIT.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        Matcher m = Pattern.compile("\\$\\{LUOSHI_DB_URL:(.*)}").matcher(props.getProperty("spring.datasource.url"));
        assertThat(m.matches()).as("the embedded default URL").isTrue();
        String url = m.group(1);
        assertThat(url).startsWith("jdbc:h2:file:./data/luoshi;");
        return url.replace("./data/luoshi", file.toAbsolutePath().toString());
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    /** Closes every idle connection of the pool, as maxLifetime does, then takes a new one. */
    private static void recycle(HikariDataSource pool) throws SQLException {
        pool.getHikariPoolMXBean().softEvictConnections();
        try (Connection fresh = pool.getConnection()) {
            assertThat(fresh.isValid(2)).isTrue();
        }
    }

    /** One row on each path to the checked columns: a unit, a plan, a task, a period, a user. */
    private static long seed(JdbcClient jdbc) {
        long government = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit (government_id, name) values (?, '市财政局')")
                .param(government)
                .update();
        jdbc.sql("insert into plan (government_id, plan_year, title, source_name) values (?, 2022, '计划', 'x.txt')")
                .param(government)
                .update();
        long unit = jdbc.sql("select id from unit").query(Long.class).single();
        long plan = jdbc.sql("select id from plan").query(Long.class).single();
        jdbc.sql("insert into task (government_id, plan_id, number, seq, content) values (?, ?, '1', 1, '新建10公里')")
                .params(government, plan)
                .update();
        long task = jdbc.sql("select id from task").query(Long.class).single();
        jdbc.sql("insert into task_unit (task_id, government_id, role, seq, unit_id) values (?, ?, 'lead', 1, ?)")
                .params(task, government, unit)
                .update();
        jdbc.sql("""
                insert into reporting_period (government_id, plan_id, label, start_date, end_date, expected_share)
                values (?, ?, '前三季度', date '2022-01-01', date '2022-09-30', 0.75)""").params(government, plan).update();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, government_id)
                values ('office', 'x', '督查室', 'OFFICE', ?)""").param(government).update();
        return jdbc.sql("select id from app_user").query(Long.class).single();
    }

    /** A login's user update, a target, a report transition, a judgement and a publication status. */
    private static void writeEveryCheckedColumn(JdbcClient jdbc, long user) {
        long government = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        long task = jdbc.sql("select id from task").query(Long.class).single();
        long unit = jdbc.sql("select id from unit").query(Long.class).single();
        long plan = jdbc.sql("select id from plan").query(Long.class).single();
        long period =
                jdbc.sql("select id from reporting_period").query(Long.class).single();

        assertThat(jdbc.sql("update app_user set failed_logins = 0, role = 'OFFICE' where id = ?")
                        .param(user)
                        .update())
                .isEqualTo(1);
        jdbc.sql("delete from target").update();
        jdbc.sql("""
                insert into target (government_id, task_id, seq, text, kind, val, magnitude, unit, comparator)
                values (?, ?, 1, '10公里', 'amount', 10, 1, '公里', '>=')""").params(government, task).update();
        jdbc.sql("update task_unit set role = 'lead' where task_id = ?")
                .param(task)
                .update();

        jdbc.sql("delete from progress_report").update();
        jdbc.sql("""
                insert into progress_report (government_id, period_id, task_id, unit_id, state, updated_at, updated_by)
                values (?, ?, ?, ?, 'draft', current_timestamp, 'office')""").params(government, period, task, unit).update();
        assertThat(jdbc.sql("update progress_report set state = 'submitted' where task_id = ?")
                        .param(task)
                        .update())
                .isEqualTo(1);

        jdbc.sql("delete from judgement").update();
        jdbc.sql("""
                insert into judgement (government_id, task_id, period_id, status, reason, signal, computed_at)
                values (?, ?, ?, 'behind', '理由', 'amber', current_timestamp)""").params(government, task, period).update();
        assertThat(jdbc.sql("update judgement set override_status = 'ahead', override_reason = '核实' where task_id = ?")
                        .param(task)
                        .update())
                .isEqualTo(1);

        jdbc.sql("delete from publication").update();
        jdbc.sql("""
                insert into publication (government_id, plan_id, period_id, government_name, report_year, period_label,
                    title, status, disclosure, category, publisher, validity, created_on, drafted_by)
                values (?, ?, ?, '舟山市', 2022, '前三季度', '报告', 'draft', 'active', '其他', '舟山市', 'valid',
                    current_date, 'office')""").params(government, plan, period).update();
        assertThat(jdbc.sql("update publication set status = 'approved' where plan_id = ?")
                        .param(plan)
                        .update())
                .isEqualTo(1);
    }
}
