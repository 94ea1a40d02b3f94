package org.luoshi.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.luoshi.support.TestData;

/** Real HTTP calls with any method, as a user (HTTP Basic) or anonymous; redirects are not followed. */
final class Calls {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Calls(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> call(String user, String method, String path, String json) {
        return call(user, TestData.PASSWORD, method, path, json);
    }

    HttpResponse<String> call(String user, String password, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean api = path.startsWith("/api/");
        request.header("Accept", api ? "application/json" : "text/html,application/xhtml+xml");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return org.luoshi.support.Http.send(client, request);
    }
}
