package org.luoshi.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.Texts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Problems the security chain answers itself (before any controller), in both languages from the bundles. */
@Component
@ConditionalOnWebApplication
class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean basic;

    ApiProblems(org.springframework.core.env.Environment environment) {
        this.basic = environment.getProperty("luoshi.api.basic-auth", Boolean.class, false);
    }

    /** HTTP Basic on the API (and pages) as well as tokens: off unless {@code luoshi.api.basic-auth=true}. */
    boolean basicEnabled() {
        return basic;
    }

    void write(HttpServletResponse response, int status, String code) throws IOException {
        String zh = Texts.zh("problem." + code);
        String en = Texts.en("problem." + code);
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", status == 401 ? "Unauthorized" : "Forbidden");
        body.put("status", status);
        body.put("detail", zh + " / " + en);
        body.put("detail_zh", zh);
        body.put("detail_en", en);
        body.put("code", code);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(
                    "WWW-Authenticate",
                    basic
                            ? "Bearer realm=\"luoshi\", Basic realm=\"luoshi\", charset=\"UTF-8\""
                            : "Bearer realm=\"luoshi\"");
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
