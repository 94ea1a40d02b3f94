package org.luoshi.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the test server, logged in with HTTP Basic or anonymous. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private Http(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    public static Http as(int port, String username) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new Http(port, "Basic " + token);
    }

    public static Http anonymous(int port) {
        return new Http(port, null);
    }

    public HttpResponse<String> get(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        // Pages are asked for as a browser does, so that an anonymous visitor is sent to the login form.
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/");
        request.header("Accept", api ? "application/json" : "text/html,application/xhtml+xml");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(client, request);
    }

    /** Sends a request and reads the body as UTF-8; a failure to connect fails the test. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
