package org.luoshi.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.UserAdmin;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Events;
import org.luoshi.support.FakeSmtp;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, each reminder is also e-mailed once to a user who has an address. */
@IntegrationTest
class MailReminderIT {

    static final FakeSmtp SMTP;

    static {
        try {
            SMTP = new FakeSmtp();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    TestData data;

    @Autowired
    Reporting reporting;

    @Autowired
    Reminders reminders;

    @Autowired
    UserAdmin userAdmin;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications outstanding;

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    @Test
    void aReminderIsEmailedOnceToAReporterWithAnAddress() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("mail-office", "OFFICE", "舟山市");
        data.user("mail-admin", "ADMIN", null);
        data.unitUser("mail-reporter", "REPORTER", "舟山市", unit);
        data.unitUser("mail-silent", "REPORTER", "舟山市", unit);
        userAdmin.setEmail("mail-reporter", "reporter@example.org", as("mail-admin"));
        LocalDate due = LocalDate.of(2023, 2, 10);
        reporting.openPeriod(
                planId, new PeriodForm("全年(邮件)", LocalDate.of(2022, 12, 31), due, BigDecimal.ONE), as("mail-office"));

        reminders.sendDue(due.minusDays(3));
        Events.awaitCompleted(jdbc);
        int afterFirst = SMTP.received().size();
        reminders.sendDue(due.minusDays(3));
        Events.awaitCompleted(jdbc);

        assertThat(afterFirst).isGreaterThan(0);
        assertThat(SMTP.received()).hasSize(afterFirst);
        assertThat(SMTP.received()).allSatisfy(m -> assertThat(m.recipients()).containsExactly("reporter@example.org"));
        assertThat(SMTP.received().get(0).data()).contains("Subject:");
    }

    @Test
    void anEmailTheServerRefusedIsSentWhenOutstandingPublicationsAreResubmitted() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("mail-office2", "OFFICE", "舟山市");
        data.user("mail-admin2", "ADMIN", null);
        data.unitUser("mail-refused", "REPORTER", "舟山市", unit);
        userAdmin.setEmail("mail-refused", "full@example.org", as("mail-admin2"));
        LocalDate due = LocalDate.of(2023, 3, 10);
        reporting.openPeriod(
                planId, new PeriodForm("全年(退信)", LocalDate.of(2022, 12, 31), due, BigDecimal.ONE), as("mail-office2"));
        SMTP.refuse("full@example.org", true);
        try {
            reminders.sendDue(due.minusDays(7));
            await(() -> jdbc.sql("select count(*) from event_publication where status = 'FAILED'")
                            .query(Integer.class)
                            .single()
                    > 0);
            assertThat(toRefused()).isZero();
        } finally {
            SMTP.refuse("full@example.org", false);
        }

        // What a restart does (spring.modulith.events.republish-outstanding-events-on-restart).
        outstanding.resubmitIncompletePublications(p -> true);
        Events.awaitCompleted(jdbc);

        assertThat(toRefused()).isPositive();
    }

    private long toRefused() {
        return SMTP.received().stream()
                .filter(m -> m.recipients().contains("full@example.org"))
                .count();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited ten seconds").isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
