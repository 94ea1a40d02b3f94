package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.cli.LuoshiCommand;
import org.luoshi.support.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's own administrator tampers with the audit trail as an attacker would; {@code luoshi audit verify}
 * must exit 1 and name the first bad entry each time. Runs on a database of its own (H2 in memory, or a schema of
 * its own on PostgreSQL), with keys and checkpoints in a temporary directory, so the shared test data is untouched.
 */
class AuditTamperIT {

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext context;
    static JdbcClient jdbc;
    static AuditTrail trail;
    static AuditCheckpoints checkpoints;
    static long a;
    static long b;

    static final Map<String, String> SETTINGS = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void start() throws SQLException {
        if (TestDatabase.isPostgres()) {
            String url = System.getenv()
                    .getOrDefault(
                            "LUOSHI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=luoshi_test");
            SETTINGS.put("LUOSHI_DB_URL", url.replaceAll("currentSchema=[^&]*", "currentSchema=luoshi_tamper"));
            SETTINGS.put("LUOSHI_DB_USER", System.getenv().getOrDefault("LUOSHI_TEST_DB_USER", "postgres"));
            SETTINGS.put("LUOSHI_DB_PASSWORD", System.getenv().getOrDefault("LUOSHI_TEST_DB_PASSWORD", ""));
            SETTINGS.put("spring.flyway.schemas", "luoshi_tamper");
        } else {
            SETTINGS.put(
                    "LUOSHI_DB_URL",
                    "jdbc:h2:mem:tamper;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            SETTINGS.put("LUOSHI_DB_USER", "sa");
            SETTINGS.put("LUOSHI_DB_PASSWORD", "");
        }
        SETTINGS.put("luoshi.demo.enabled", "false");
        SETTINGS.put(
                "luoshi.audit.key-file", dir.resolve("keys/audit-hmac.keys").toString());
        SETTINGS.put(
                "luoshi.audit.checkpoints.signing-key",
                dir.resolve("keys/checkpoint.key").toString());
        SETTINGS.put("luoshi.audit.checkpoints.dir", dir.resolve("checkpoints").toString());
        SETTINGS.forEach(System::setProperty);
        if (TestDatabase.isPostgres()) {
            asOwner("drop schema if exists luoshi_tamper cascade");
        }
        context = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.threshold.console=OFF", "spring.main.banner-mode=off")
                .run();
        jdbc = context.getBean(JdbcClient.class);
        trail = context.getBean(AuditTrail.class);
        checkpoints = context.getBean(AuditCheckpoints.class);
        a = government("990001", "篡改测试甲市");
        b = government("990002", "篡改测试乙市");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        SETTINGS.keySet().forEach(System::clearProperty);
    }

    /** A fresh trail: chain A with 4 entries (3 of them under a checkpoint), chain B with 2, chain 0 with 1. */
    @BeforeEach
    void freshTrail() throws Exception {
        asOwnerWithoutTriggers("delete from audit_event", "delete from audit_chain");
        try (Stream<Path> files = Files.list(Files.createDirectories(dir.resolve("checkpoints")))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        for (int i = 1; i <= 3; i++) {
            trail.record(a, "tester", "test.a", "task", "a" + i, "甲市第" + i + "条");
        }
        trail.record(b, "tester", "test.b", "task", "b1", "乙市第1条");
        trail.record(b, "tester", "test.b", "task", "b2", "乙市第2条");
        trail.record(null, "tester", "test.system", "user", "x", "系统");
        assertThat(checkpoints.write()).isPresent();
        trail.record(a, "tester", "test.a", "task", "a4", "甲市第4条,检查点之后");
    }

    @Test
    void aCleanTrailVerifies() {
        Run run = verify();

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("audit trail intact").contains("7 entries in 3 chains");
    }

    @Test
    void anEditedEntryWithTheChainRecomputedIsFound() throws Exception {
        long id = entryId(a, 2);
        // The attacker has no key: a recomputed chain is sealed with a key of their own.
        var forged = new AuditKeys.Key(keyOf(id), new byte[32]);
        asOwnerWithoutTriggers("update audit_event set detail = '篡改' where id = " + id);
        String previous = mac(a, 1);
        for (long seq = 2; seq <= 4; seq++) {
            AuditEntry e = entry(a, seq);
            String mac = Seal.of(forged, previous, e);
            asOwnerWithoutTriggers("update audit_event set prev_hash = '" + previous + "', entry_hash = '" + mac
                    + "' where id = " + e.id());
            previous = mac;
        }
        asOwnerWithoutTriggers("update audit_chain set head = '" + previous + "' where chain_id = " + a);

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("chain " + a)
                .contains("entry #2 (id " + id + ")")
                .contains("altered");
    }

    @Test
    void nulledHashesAreFound() throws Exception {
        asOwnerWithoutTriggers("update audit_event set entry_hash = null, prev_hash = null");

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("chain 0").contains("entry #1 (id " + entryId(0, 1) + ")");
        assertThat(run.out())
                .contains("chain " + a + " (government " + a + "), entry #1")
                .contains("MAC was removed");
    }

    @Test
    void deletingEveryEntryAndEveryHeadIsFound() throws Exception {
        asOwnerWithoutTriggers("delete from audit_event", "delete from audit_chain");

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("entry #1 (missing)").contains("every entry of the chain is gone");
        assertThat(run.out()).contains("chain " + a).contains("chain " + b);
    }

    @Test
    void deletingTheTailAndRewindingTheHeadIsFound() throws Exception {
        long third = entryId(a, 3);
        String second = mac(a, 2);
        asOwnerWithoutTriggers(
                "delete from audit_event where chain_id = " + a + " and chain_seq >= 3",
                "update audit_chain set length = 2, head = '" + second + "' where chain_id = " + a);

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("chain " + a + " (government " + a + "), entry #3 (missing)")
                .contains("removed");
        assertThat(third).isPositive();
    }

    @Test
    void deletingAnEntryInsideAChainIsFound() throws Exception {
        asOwnerWithoutTriggers("delete from audit_event where id = " + entryId(b, 1));

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("chain " + b + " (government " + b + "), entry #1 (missing)");
    }

    @Test
    void truncatingTheTableIsRefusedOnPostgresqlAndFoundEverywhere() throws Exception {
        if (TestDatabase.isPostgres()) {
            assertThatThrownBy(() -> asOwner("truncate audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        asOwnerWithoutTriggers("truncate table audit_event");

        Run run = verify();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("entry #1 (missing)").contains("every entry of the chain is gone");
    }

    @Test
    void theApplicationsRoleCanNeitherDisableTheTriggersNorRewriteTheTrail() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "database roles and triggers: PostgreSQL only");
        String role = "luoshi_tamper_app";
        String dropRole = "do $$ begin if exists (select from pg_roles where rolname = '" + role
                + "') then drop owned by " + role + " cascade; drop role " + role + "; end if; end $$";
        asOwner(
                dropRole,
                "create role " + role + " login",
                // As the README grants it: every right on the data, ownership of nothing.
                "grant usage on schema luoshi_tamper to " + role,
                "grant select, insert, update, delete on all tables in schema luoshi_tamper to " + role,
                "grant usage, select on all sequences in schema luoshi_tamper to " + role);
        try (Connection app = DriverManager.getConnection(
                System.getProperty("LUOSHI_DB_URL"), role, System.getProperty("LUOSHI_DB_PASSWORD"))) {
            for (String attack : List.of(
                    "alter table audit_event disable trigger audit_event_no_update",
                    "alter table audit_event disable trigger all",
                    "alter table audit_chain disable trigger audit_chain_forward",
                    "drop trigger audit_event_no_truncate on audit_event",
                    "truncate audit_event",
                    "update audit_event set detail = 'x'",
                    "delete from audit_event",
                    "delete from audit_chain",
                    "update audit_chain set length = 0")) {
                assertThatThrownBy(() -> app.createStatement().execute(attack))
                        .as(attack)
                        .isInstanceOf(SQLException.class);
            }
            app.createStatement().execute("insert into audit_event (actor, action, entity) values ('app', 'x', 'y')");
        } finally {
            asOwner(dropRole);
        }
        assertThat(verify().code()).isZero();
    }

    record Run(int code, String out, String err) {}

    static Run verify() {
        var cl = LuoshiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("audit", "verify");
        return new Run(code, out.toString(), err.toString());
    }

    static long government(String code, String name) {
        jdbc.sql("insert into government (code, name, level) values (:code, :name, 'city')")
                .param("code", code)
                .param("name", name)
                .update();
        return jdbc.sql("select id from government where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    static AuditEntry entry(long chain, long seq) {
        return jdbc.sql("""
                        select id, government_id, occurred_at, actor, action, entity, entity_id, detail, chain_id,
                               chain_seq, key_id, prev_hash, entry_hash
                        from audit_event where chain_id = :chain and chain_seq = :seq""")
                .param("chain", chain)
                .param("seq", seq)
                .query(AuditEntry.class)
                .single();
    }

    static long entryId(long chain, long seq) {
        return entry(chain, seq).id();
    }

    static String mac(long chain, long seq) {
        return entry(chain, seq).entryHash();
    }

    static String keyOf(long id) {
        return jdbc.sql("select key_id from audit_event where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Statements as the database's owner (on PostgreSQL the superuser), as an administrator would run them. */
    static void asOwner(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                System.getProperty("LUOSHI_DB_URL"),
                System.getProperty("LUOSHI_DB_USER"),
                System.getProperty("LUOSHI_DB_PASSWORD"))) {
            for (String s : statements) {
                c.createStatement().execute(s);
            }
        }
    }

    /** As the owner, who may first switch the guarding triggers off (PostgreSQL; H2 has none). */
    static void asOwnerWithoutTriggers(String... statements) throws SQLException {
        if (!TestDatabase.isPostgres()) {
            asOwner(statements);
            return;
        }
        String[] all = new String[statements.length + 4];
        all[0] = "alter table audit_event disable trigger user";
        all[1] = "alter table audit_chain disable trigger user";
        System.arraycopy(statements, 0, all, 2, statements.length);
        all[all.length - 2] = "alter table audit_event enable trigger user";
        all[all.length - 1] = "alter table audit_chain enable trigger user";
        asOwner(all);
    }
}
