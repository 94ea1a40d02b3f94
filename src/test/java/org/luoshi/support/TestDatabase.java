package org.luoshi.support;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Chooses the test database from the environment: H2 in memory by default, the machine's PostgreSQL when
 * {@code LUOSHI_TEST_DB=postgresql} (URL, user and password overridable with {@code LUOSHI_TEST_DB_URL},
 * {@code LUOSHI_TEST_DB_USER}, {@code LUOSHI_TEST_DB_PASSWORD}). The schema is cleaned and migrated once per run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getenv().getOrDefault("LUOSHI_TEST_DB", "h2"));
    }

    public static Map<String, String> settings() {
        Map<String, String> env = System.getenv();
        if (isPostgres()) {
            return Map.of(
                    "luoshi.test.url",
                            env.getOrDefault(
                                    "LUOSHI_TEST_DB_URL",
                                    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=luoshi_test"),
                    "luoshi.test.user", env.getOrDefault("LUOSHI_TEST_DB_USER", "postgres"),
                    "luoshi.test.password", env.getOrDefault("LUOSHI_TEST_DB_PASSWORD", ""),
                    "spring.flyway.schemas", "luoshi_test");
        }
        return Map.of(
                "luoshi.test.url",
                        "jdbc:h2:mem:luoshi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "luoshi.test.user", "sa",
                "luoshi.test.password", "");
    }

    /** Checkpoints of this run only: the database is cleaned at every run, so older checkpoints would not hold. */
    public static final String CHECKPOINTS = "target/test-runs/" + java.util.UUID.randomUUID() + "/audit-checkpoints";

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            settings().forEach((k, v) -> registry.add(k, () -> v));
            registry.add("luoshi.audit.checkpoints.dir", () -> CHECKPOINTS);
        };
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return (Flyway flyway) -> {
            flyway.clean();
            // Every new test context cleans the one test database (H2 in memory is shared by the JVM's contexts):
            // the checkpoints signed over the trail before the clean would then say entries were removed.
            forgetCheckpoints();
            flyway.migrate();
        };
    }

    private static void forgetCheckpoints() {
        java.nio.file.Path dir = java.nio.file.Path.of(CHECKPOINTS);
        if (!java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
