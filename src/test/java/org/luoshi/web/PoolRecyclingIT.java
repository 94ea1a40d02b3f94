package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server keeps answering after its pool has replaced every connection, as it does after maxLifetime (the
 * embedded database once closed itself then: issue 11). Evicting the pool is what maxLifetime does, without the
 * 30 seconds Hikari requires as its shortest lifetime.
 */
@IntegrationTest
class PoolRecyclingIT {

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void loginsAndWritesWorkAfterEveryConnectionOfThePoolWasReplaced() {
        data.user("pr-office", "OFFICE", "舟山市");
        Calls http = new Calls(port);
        assertThat(http.call("pr-office", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("pr-office", "Wrong@pass1", "GET", "/api/v1/periods", null)
                        .statusCode())
                .isEqualTo(401);

        HikariDataSource pool = (HikariDataSource) dataSource;
        pool.getHikariPoolMXBean().softEvictConnections();

        // a wrong password writes failed_logins, the right one resets it: both meet app_user's role check
        assertThat(http.call("pr-office", "Wrong@pass1", "GET", "/api/v1/periods", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.call("pr-office", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
        pool.getHikariPoolMXBean().softEvictConnections();
        assertThat(http.call("pr-office", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
        assertThat(data.count("app_user")).isPositive();
    }
}
