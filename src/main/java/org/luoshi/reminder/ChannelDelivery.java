package org.luoshi.reminder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the pending deliveries to their channels. Any instance may run it: a delivery is claimed by a conditional
 * update before it is sent, so two instances never send the same one. A failure (no answer, not 2xx, or a robot's
 * non-zero {@code errcode}) is retried after {@code luoshi.channels.backoff} × 2^(attempts − 1), at most
 * {@code luoshi.channels.max-attempts} times; then the delivery is {@code failed} and the office sees it.
 */
@Component
class ChannelDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChannelDelivery.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private record Due(
            long id,
            long governmentId,
            String dedupKey,
            String kind,
            String username,
            String message,
            int attempts,
            String channelKind,
            String url,
            String secret) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration backoff;
    private final int maxAttempts;
    private final MeterRegistry meters;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChannelDelivery(
            JdbcClient jdbc,
            Clock clock,
            @Value("${luoshi.channels.backoff:30s}") Duration backoff,
            @Value("${luoshi.channels.max-attempts:6}") int maxAttempts,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        Gauge.builder("luoshi.notifications.pending", this, ChannelDelivery::pending)
                .description("channel deliveries waiting to be sent, all instances")
                .register(this.meters);
    }

    @Scheduled(fixedDelayString = "${luoshi.channels.poll:10s}", initialDelayString = "${luoshi.channels.poll:10s}")
    void scheduled() {
        deliverDue();
    }

    /** Sends what is due now; returns how many deliveries it tried. */
    int deliverDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Due> due = jdbc.sql("""
                        select d.id, d.government_id, d.dedup_key, d.kind, d.username, d.message, d.attempts,
                               c.kind as channel_kind, c.url, c.secret
                        from notification_delivery d join notification_channel c on c.id = d.channel_id
                        where d.state = 'pending' and d.next_attempt_at <= :now
                          and (d.claimed_until is null or d.claimed_until < :now)
                        order by d.next_attempt_at fetch first 50 rows only""").param("now", now).query(Due.class).list();
        int tried = 0;
        for (Due d : due) {
            if (claim(d, now)) {
                tried++;
                send(d);
            }
        }
        return tried;
    }

    private boolean claim(Due d, OffsetDateTime now) {
        return jdbc.sql("""
                        update notification_delivery set claimed_until = :until
                        where id = :id and state = 'pending' and (claimed_until is null or claimed_until < :now)""")
                        .param("until", now.plus(CLAIM))
                        .param("id", d.id())
                        .param("now", now)
                        .update()
                == 1;
    }

    private void send(Due d) {
        var notice =
                new ChannelMessages.Notice(d.id(), d.governmentId(), d.kind(), d.username(), d.message(), d.dedupKey());
        var request =
                ChannelMessages.of(ChannelKind.valueOf(d.channelKind()), d.url(), d.secret(), notice, clock.millis());
        String error;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
            request.headers().forEach(builder::header);
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            error = refusal(response);
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        record(d, error);
    }

    /** Null when the channel took the message. DingTalk and WeCom answer 200 with a non-zero errcode on refusal. */
    private static String refusal(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode();
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body != null && body.has("errcode") && body.get("errcode").asInt() != 0) {
                return "errcode " + body.get("errcode").asInt() + ": "
                        + body.path("errmsg").asString("");
            }
        } catch (RuntimeException notJson) {
            // a webhook may answer anything with a 2xx
        }
        return null;
    }

    private void record(Due d, String error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int attempts = d.attempts() + 1;
        String outcome;
        if (error == null) {
            outcome = "sent";
            jdbc.sql("""
                            update notification_delivery set state = 'sent', attempts = :a, sent_at = :now,
                                   claimed_until = null, last_error = null where id = :id""")
                    .param("a", attempts)
                    .param("now", now)
                    .param("id", d.id())
                    .update();
        } else {
            outcome = attempts >= maxAttempts ? "failed" : "retry";
            log.warn(
                    "notification delivery {} to a {} channel failed (attempt {}): {}",
                    d.id(),
                    d.channelKind(),
                    attempts,
                    error);
            jdbc.sql("""
                            update notification_delivery set state = :state, attempts = :a, last_error = :e,
                                   next_attempt_at = :next, claimed_until = null where id = :id""")
                    .param("state", attempts >= maxAttempts ? "failed" : "pending")
                    .param("a", attempts)
                    .param("e", error.length() > 500 ? error.substring(0, 500) : error)
                    .param("next", now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16))))
                    .param("id", d.id())
                    .update();
        }
        meters.counter("luoshi.notifications.delivered", "channel", d.channelKind(), "outcome", outcome)
                .increment();
    }

    private int pending() {
        return jdbc.sql("select count(*) from notification_delivery where state = 'pending'")
                .query(Integer.class)
                .single();
    }
}
