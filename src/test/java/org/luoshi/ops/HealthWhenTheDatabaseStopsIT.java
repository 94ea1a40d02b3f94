package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.luoshi.LuoshiApplication;
import org.luoshi.support.Http;
import org.luoshi.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Health and readiness go DOWN when the database goes away, and the liveness probe stays UP (restarting the
 * instance would not help). The application runs here on a throwaway database of its own, so that stopping it
 * disturbs no other test: on PostgreSQL a new database on the test server, which is then closed to connections
 * and its sessions ended ({@code ALLOW_CONNECTIONS false} + {@code pg_terminate_backend}: the same as a stopped
 * server for the pool, without needing a second cluster); on H2 a named in-memory database that is shut down.
 */
class HealthWhenTheDatabaseStopsIT {

    private final String name =
            "luoshi_health_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void healthAndReadinessGoDownAndLivenessStaysUp() throws Exception {
        Database db = TestDatabase.isPostgres() ? new Postgres(name) : new H2(name);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuoshiApplication.class)
                .profiles("test")
                .properties(
                        "luoshi.test.url=" + db.appUrl(),
                        "luoshi.test.user=" + db.user(),
                        "luoshi.test.password=",
                        "server.port=0",
                        "spring.datasource.hikari.connection-timeout=1000",
                        "spring.datasource.hikari.validation-timeout=500",
                        "luoshi.audit.checkpoints.dir=target/test-runs/" + name)
                .run()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            db.stop();

            var health = get(port, "/actuator/health");
            var readiness = get(port, "/actuator/health/readiness");
            var liveness = get(port, "/actuator/health/liveness");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(liveness.statusCode()).isEqualTo(200);
        } finally {
            db.drop();
        }
    }

    private static HttpResponse<String> get(int port, String path) {
        return Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30)));
    }

    private interface Database {
        String appUrl();

        String user();

        void stop() throws SQLException;

        void drop() throws SQLException;
    }

    /** A database on the test server, reached through its maintenance database {@code postgres}. */
    private static final class Postgres implements Database {
        private final String name;
        private final String server;

        Postgres(String name) throws SQLException {
            this.name = name;
            String url = System.getenv().getOrDefault("LUOSHI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            this.server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()));
            admin("create database " + name);
        }

        public String appUrl() {
            return server + "/" + name;
        }

        public String user() {
            return System.getenv().getOrDefault("LUOSHI_TEST_DB_USER", "postgres");
        }

        public void stop() throws SQLException {
            admin("alter database " + name + " allow_connections false");
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
        }

        public void drop() throws SQLException {
            admin("drop database if exists " + name + " with (force)");
        }

        private void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(server + "/postgres", user(), "");
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /** A named in-memory database kept open by one connection; the application may not create it anew. */
    private static final class H2 implements Database {
        private static final String MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        private final String name;
        private final Connection keeper;

        H2(String name) throws SQLException {
            this.name = name;
            this.keeper = DriverManager.getConnection("jdbc:h2:mem:" + name + MODE + ";DB_CLOSE_DELAY=-1", "sa", "");
        }

        public String appUrl() {
            return "jdbc:h2:mem:" + name + MODE + ";IFEXISTS=TRUE";
        }

        public String user() {
            return "sa";
        }

        public void stop() throws SQLException {
            try (Statement s = keeper.createStatement()) {
                s.execute("shutdown");
            }
        }

        public void drop() throws SQLException {
            keeper.close();
        }
    }
}
