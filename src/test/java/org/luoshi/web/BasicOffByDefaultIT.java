package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Without {@code luoshi.api.basic-auth=true} (the default), HTTP Basic is refused on the API. */
@IntegrationTest
@TestPropertySource(properties = "luoshi.api.basic-auth=false")
class BasicOffByDefaultIT {

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void basicCredentialsAreRefusedAndTheAnswerNamesTokens() {
        data.user("basic-off", "OFFICE", null);

        var response = Http.as(port, "basic-off").get("/api/v1/plans");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"luoshi\"");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(response.body())
                        .get("code")
                        .asString())
                .isEqualTo("token.required");
    }
}
