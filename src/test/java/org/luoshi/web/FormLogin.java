package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.support.Http;
import org.luoshi.support.TestData;

/** A browser's session without a browser: a form login (CSRF token from the login page), then the session cookie. */
final class FormLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** Logs in on the server at {@code port}; the cookie is sent to any port of localhost afterwards. */
    FormLogin(int port, String username) {
        this.port = port;
        Matcher csrf = CSRF.matcher(get(port, "/login").body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        var form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + Http.encode(username) + "&password="
                        + Http.encode(TestData.PASSWORD) + "&_csrf=" + Http.encode(csrf.group(1))));
        var posted = Http.send(client, form);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** A page of the server the session logged in on. */
    HttpResponse<String> get(String path) {
        return get(port, path);
    }

    HttpResponse<String> get(int port, String path) {
        return Http.send(
                client,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .GET());
    }
}
