package org.luoshi.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document a client generator reads ({@code /v3/api-docs}, browsable at {@code /api-docs}): every
 * operation needs a bearer token, has a summary and a tag, and documents its errors as problems (RFC 9457) in both
 * languages. Written here once rather than on each method, so a new route cannot forget them;
 * {@code OpenApiDocumentIT} checks that every route under {@code /api} is in the document and {@code .ci/run} lints it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "请求无效 / bad request",
            "401", "缺少或无效的令牌 / missing or invalid token",
            "403", "无权执行 / not allowed",
            "404", "不存在或不可见 / not found or not visible",
            "409", "与当前状态冲突 / conflicts with the current state",
            "500", "服务器错误 / server error");

    @Bean
    OpenAPI luoshiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("luoshi 落实 API")
                        .version("v1")
                        .description("""
                                政府工作报告重点工作的计划、进展填报、研判、汇编与公开。每个请求须带 API 令牌:\
                                `Authorization: Bearer lsk_…`(在“账号 › API 令牌”中创建)。错误为 RFC 9457 problem,\
                                `detail_zh`、`detail_en` 分别为中文和英文说明。

                                Plans of the government work report's key tasks, progress reports, judgements, \
                                compiled reports and their publication. Every request carries an API token: \
                                `Authorization: Bearer lsk_…` (created under Account › API tokens). Errors are RFC 9457 \
                                problems with the explanation in Chinese (`detail_zh`) and English (`detail_en`).""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .addServersItem(new Server().url("/").description("这台服务器 / this server"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("lsk_ token")
                                        .description("API 令牌 / an API token"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Fills in what each operation must have, and the tags' descriptions, after springdoc has read the controllers. */
    @Bean
    OpenApiCustomizer luoshiOperations() {
        return openApi -> {
            // Added here too: springdoc drops schemas that no controller named before the customizers ran.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            var tags = new TreeSet<String>();
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        complete(operation, method.name(), path);
                        if (operation.getTags() != null) {
                            tags.addAll(operation.getTags());
                        }
                    }));
            Map<String, Tag> known = new LinkedHashMap<>();
            if (openApi.getTags() != null) {
                openApi.getTags().forEach(t -> known.put(t.getName(), t));
            }
            tags.forEach(t -> known.computeIfAbsent(t, n -> new Tag().name(n).description(n)));
            openApi.setTags(new java.util.ArrayList<>(known.values()));
        };
    }

    private static void complete(Operation operation, String method, String path) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(method + " " + path);
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTagsItem(path.split("/").length > 3 ? path.split("/")[3] : "api");
        }
        if (operation.getSecurity() == null) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ERRORS.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problemResponse(description));
            }
        });
        operation.setResponses(responses);
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem, in Chinese and English")
                .addProperty("type", property("问题类型 / problem type URI", "about:blank"))
                .addProperty("title", property("HTTP 状态名 / HTTP status name", "Not Found"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("HTTP 状态 / HTTP status").example(404))
                .addProperty("detail", property("中文 / English", "计划不存在:12 / no such plan: 12"))
                .addProperty("detail_zh", property("中文说明 / Chinese", "计划不存在:12"))
                .addProperty("detail_en", property("English", "no such plan: 12"))
                .addProperty("code", property("问题代码 / problem code", "plan.not-found"))
                .addProperty("instance", property("请求路径 / the request's path", "/api/v1/plans/12"));
    }

    private static StringSchema property(String description, String example) {
        StringSchema schema = new StringSchema();
        schema.description(description).example(example);
        return schema;
    }
}
