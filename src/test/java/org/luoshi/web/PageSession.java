package org.luoshi.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.support.TestData;

/**
 * A user's page session over real HTTP (HTTP Basic plus the session cookie), posting forms as a browser does:
 * with the CSRF token of a page it has loaded. Redirects are not followed.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String authorization;

    PageSession(int port, String username) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The page as htmx asks for it when it polls. */
    HttpResponse<String> getHtmx(String path) {
        return send(request(path).header("HX-Request", "true").GET());
    }

    /** The CSRF token of the form on that page. */
    String csrf(String path) {
        String body = get(path).body();
        Matcher m = CSRF.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("_csrf=").append(enc(csrfToken));
        fields.forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    HttpResponse<String> upload(
            String path, String csrfToken, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----luoshi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(csrfToken)
                .append("\r\n");
        fields.forEach((k, v) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return org.luoshi.support.Http.send(client, request);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The path a redirect points to ("/jobs/abc"), without scheme and host. */
    static String location(HttpResponse<?> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
        return URI.create(location).getPath();
    }
}
