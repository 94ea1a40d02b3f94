package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a client generator gets it. It is also written to {@code target/openapi.json}, which
 * {@code .ci/run} lints with Redocly CLI.
 */
@IntegrationTest
class OpenApiDocumentIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void fetch() throws IOException {
        data.user("openapi-reader", "OFFICE", null);
        var response = Http.as(port, "openapi-reader").get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), response.body(), StandardCharsets.UTF_8);
        document = JSON.readTree(response.body());
    }

    @Test
    void everyControllerRouteUnderTheApiIsInTheDocument() {
        List<String> missing = new ArrayList<>();
        int routes = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes++;
                    JsonNode path = document.path("paths").path(pattern);
                    if (path.path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(routes).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationHasASummaryATagTheBearerSchemeAndProblemResponses() {
        assertThat(document.path("info").path("title").asString()).contains("luoshi");
        assertThat(document.path("info").path("version").asString()).isEqualTo("v1");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        List<String> incomplete = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode operation = op.getValue();
                    boolean complete = !operation.path("summary").asString("").isBlank()
                            && operation.path("tags").size() > 0
                            && operation.path("responses").has("401")
                            && operation.path("responses").has("500")
                            && operation
                                    .path("responses")
                                    .path("404")
                                    .path("content")
                                    .has("application/problem+json");
                    if (!complete) {
                        incomplete.add(op.getKey() + " " + path.getKey());
                    }
                }));
        assertThat(incomplete).isEmpty();
        assertThat(document.path("security").get(0).has("bearer")).isTrue();
    }

    @Test
    void theBrowsablePageIsBehindLogin() {
        var anonymous = Http.anonymous(port).get("/api-docs");
        var loggedIn = Http.as(port, "openapi-reader").get("/swagger-ui/index.html");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        assertThat(loggedIn.body()).contains("swagger-ui");
    }
}
