package org.luoshi.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each channel format against a loopback receiver (the JDK's HTTP server) that checks what a real robot or
 * webhook receiver would: the message shape and the signature.
 */
@IntegrationTest
class ChannelDeliveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String path, Map<String, String> query, Map<String, String> headers, String body) {}

    @Autowired
    TestData data;

    @Autowired
    Channels channels;

    @Autowired
    ChannelDelivery delivery;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Deque<Integer> statuses = new ArrayDeque<>();
    LuoshiUser office;
    long government;

    @BeforeEach
    void start() throws IOException {
        data.zhoushanPlan();
        office = data.acting("ch-office", "OFFICE", "定海区");
        government = office.governmentId();
        // channels other tests left on this government would take deliveries too
        channels.of(office, government).forEach(c -> channels.remove(office, c.id()));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    query == null
                            ? Map.of()
                            : java.util.Arrays.stream(query.split("&"))
                                    .map(p -> p.split("=", 2))
                                    .collect(Collectors.toMap(
                                            p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))),
                    exchange.getRequestHeaders().entrySet().stream()
                            .collect(Collectors.toMap(
                                    e -> e.getKey().toLowerCase(),
                                    e -> e.getValue().get(0))),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status;
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.poll();
            }
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        channels.of(office, government).forEach(c -> channels.remove(office, c.id()));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void aDingTalkRobotGetsATextMessageSignedWithTimestampAndSecret() {
        channels.add(office, government, ChannelKind.DINGTALK, "督查群", url("/robot/send?access_token=abc"), "SECabc");

        notify("urge", "请定海区尽快报送第84项进展");
        delivered(1);

        Received r = received.get(0);
        assertThat(r.query()).containsEntry("access_token", "abc").containsKeys("timestamp", "sign");
        long timestamp = Long.parseLong(r.query().get("timestamp"));
        assertThat(Math.abs(timestamp - Instant.now().toEpochMilli())).isLessThan(60_000);
        assertThat(r.query().get("sign")).isEqualTo(ChannelMessages.dingTalkSign("SECabc", timestamp));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("msgtype").asString()).isEqualTo("text");
        assertThat(body.path("text").path("content").asString()).contains("请定海区尽快报送第84项进展");
    }

    @Test
    void aWeComRobotGetsATextMessage() {
        channels.add(office, government, ChannelKind.WECOM, "企业微信群", url("/cgi-bin/webhook/send?key=k1"), null);
        double sent = meters.counter("luoshi.notifications", "kind", "reminder").count();

        notify("reminder", "第二季度进展将于3天后截止");
        delivered(1);

        assertThat(meters.counter("luoshi.notifications", "kind", "reminder").count())
                .isEqualTo(sent + 1);
        assertThat(meters.counter("luoshi.notifications.delivered", "channel", "WECOM", "outcome", "sent")
                        .count())
                .isGreaterThanOrEqualTo(1);

        Received r = received.get(0);
        assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("msgtype").asString()).isEqualTo("text");
        assertThat(body.path("text").path("content").asString()).contains("第二季度进展将于3天后截止");
    }

    @Test
    void aWebhookGetsJsonWithAnHmacSignatureAndIsRetriedAfterA500() throws InterruptedException {
        channels.add(office, government, ChannelKind.WEBHOOK, "省平台", url("/hook"), "s3cret");
        statuses.add(500);

        notify("returned", "第84项进展被退回:请补充数据");
        awaitOwed();
        delivery.deliverDue();
        assertThat(received).hasSize(1);
        assertThat(state()).isEqualTo("pending");
        Thread.sleep(120);
        delivery.deliverDue();

        assertThat(received).hasSize(2);
        assertThat(state()).isEqualTo("sent");
        Received r = received.get(1);
        String ts = r.headers().get("x-luoshi-timestamp");
        assertThat(r.headers().get("x-luoshi-signature"))
                .isEqualTo(ChannelMessages.webhookSignature("s3cret", Long.parseLong(ts), r.body()));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("kind").asString()).isEqualTo("returned");
        assertThat(body.get("username").asString()).isEqualTo("ch-reporter");
        assertThat(body.get("message").asString()).isEqualTo("第84项进展被退回:请补充数据");
        assertThat(received.get(0).body()).as("the retry sends the same notice").isEqualTo(r.body());
    }

    @Test
    void aChannelThatKeepsFailingIsShownToTheOfficeAndNothingIsSentTwice() throws InterruptedException {
        channels.add(office, government, ChannelKind.WEBHOOK, "坏地址", url("/down"), null);
        statuses.addAll(List.of(503, 503, 503));

        notify("overdue", "第12项已逾期");
        awaitOwed();
        for (int i = 0; i < 5; i++) {
            delivery.deliverDue();
            Thread.sleep(220);
        }

        assertThat(received).hasSize(3);
        assertThat(state()).isEqualTo("failed");
        assertThat(channels.failures(office, government)).anySatisfy(f -> {
            assertThat(f.channelName()).isEqualTo("坏地址");
            assertThat(f.lastError()).isEqualTo("HTTP 503");
            assertThat(f.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aLoginAlertStaysOffTheGroupChannels() throws InterruptedException {
        channels.add(office, government, ChannelKind.WECOM, "企业微信群", url("/cgi-bin/webhook/send?key=k2"), null);

        notify("login", "有人多次尝试登录您的账号");
        Thread.sleep(500);
        delivery.deliverDue();

        assertThat(received).isEmpty();
    }

    private void notify(String kind, String message) {
        data.user("ch-reporter", "REPORTER", "定海区");
        String key = "ch-test:" + kind + ":" + System.nanoTime();
        assertThat(notifications.sendOnce(government, "ch-reporter", kind, null, message, key))
                .isTrue();
    }

    private void delivered(int expected) {
        awaitOwed();
        delivery.deliverDue();
        assertThat(received).hasSize(expected);
        assertThat(state()).isEqualTo("sent");
    }

    /** The delivery is written by the listener after the notification commits, on another thread. */
    private void awaitOwed() {
        await(() -> count() > 0);
    }

    private int count() {
        return jdbc.sql("select count(*) from notification_delivery where government_id = :g and state <> 'sent'"
                        + " and username = 'ch-reporter'")
                .param("g", government)
                .query(Integer.class)
                .single();
    }

    private String state() {
        return jdbc.sql("select state from notification_delivery where government_id = :g order by id desc"
                        + " fetch first 1 rows only")
                .param("g", government)
                .query(String.class)
                .single();
    }

    private static void await(Supplier<Boolean> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.get()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no delivery was owed within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
