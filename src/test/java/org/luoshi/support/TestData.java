package org.luoshi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Test data through the real import and real accounts: the Zhoushan sample and one user per role. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "Test@pass1";

    private final PlanImporter importer;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final org.luoshi.progress.Reporting reporting;

    TestData(
            PlanImporter importer,
            JdbcClient jdbc,
            PasswordEncoder encoder,
            UserDetailsService users,
            org.luoshi.progress.Reporting reporting) {
        this.reporting = reporting;
        this.importer = importer;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.users = users;
    }

    /** The signed-in user of that name, as the services receive it. */
    public LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    /** A user of the role and government (created once), signed in. */
    public LuoshiUser acting(String username, String role, String government) {
        return as(user(username, role, government));
    }

    /** The sample as published: ../shared/data when present, else the copy the demo ships. */
    public static byte[] sample() {
        Path shared = Path.of("..", "shared", "data", "zhoushan-2022-q3.txt");
        Path shipped = Path.of("src", "main", "resources", "demo", "zhoushan-2022-q3.txt");
        try {
            return Files.readAllBytes(Files.exists(shared) ? shared : shipped);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the sample as 舟山市's 2022 plan (idempotent) and returns the plan id. */
    public long zhoushanPlan() {
        ImportResult r = importer.commit("zhoushan-2022-q3.txt", sample(), "舟山市", 2022, "test", Scope.everything());
        return r.planId();
    }

    /**
     * The sample as 舟山市's plan of {@code year} (a year of the test's own, so that no other test opens periods on
     * it), with the office user {@code office} and a 全年 period opened after the sample's 前三季度 (to 31 December,
     * due 10 January, share 100 %) that nobody has reported on; idempotent. Returns the plan id.
     */
    public long sampleWithAnEmptyWholeYear(int year, String office) {
        byte[] ofYear = new String(sample(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2022", String.valueOf(year))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long planId = importer.commit("zhoushan-" + year + "-q3.txt", ofYear, "舟山市", year, "test", Scope.everything())
                .planId();
        user(office, "OFFICE", "舟山市");
        boolean opened = jdbc.sql("select count(*) from reporting_period where plan_id = :p and label = '全年'")
                        .param("p", planId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!opened) {
            reporting.openPeriod(
                    planId,
                    new org.luoshi.progress.PeriodForm(
                            "全年",
                            java.time.LocalDate.of(year, 12, 31),
                            java.time.LocalDate.of(year + 1, 1, 10),
                            java.math.BigDecimal.ONE),
                    as(office));
        }
        return planId;
    }

    /** A user (created once) of the given role and government; its password is {@link #PASSWORD}. */
    public String user(String username, String role, String government) {
        boolean exists = jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            Long gov = government == null
                    ? null
                    : jdbc.sql("select id from government where name = :n")
                            .param("n", government)
                            .query(Long.class)
                            .single();
            jdbc.sql("""
                    insert into app_user (username, password_hash, display_name, role, government_id)
                    values (:u, :h, :d, :r, :g)""")
                    .param("u", username)
                    .param("h", encoder.encode(PASSWORD))
                    .param("d", username)
                    .param("r", role)
                    .param("g", gov)
                    .update();
        }
        return username;
    }

    /** A reporter or approver bound to a unit of a government (created once); password {@link #PASSWORD}. */
    public String unitUser(String username, String role, String government, long unitId) {
        user(username, role, government);
        jdbc.sql("update app_user set unit_id = :unit where username = :u")
                .param("unit", unitId)
                .param("u", username)
                .update();
        return username;
    }

    /** The lead unit of a task of a plan, by the task's printed number. */
    public long leadUnit(long planId, String taskNumber) {
        return jdbc.sql("""
                        select tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                        where t.plan_id = :p and t.number = :n and tu.role = 'lead' order by t.seq, tu.seq
                        fetch first 1 rows only""")
                .param("p", planId)
                .param("n", taskNumber)
                .query(Long.class)
                .single();
    }

    /** The id of a task of a plan by its printed number (the first when printed twice). */
    public long task(long planId, String taskNumber) {
        return jdbc.sql("select id from task where plan_id = :p and number = :n order by seq fetch first 1 rows only")
                .param("p", planId)
                .param("n", taskNumber)
                .query(Long.class)
                .single();
    }

    /**
     * The sample with its year written as 2020, imported as 舟山市's 2020 plan (idempotent): the reporting tests
     * open periods on it and so keep them off the 2022 plan that other tests read.
     */
    public long reportingPlan() {
        byte[] of2020 = new String(sample(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2022", "2020")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return importer.commit("zhoushan-2020-q3.txt", of2020, "舟山市", 2020, "test", Scope.everything())
                .planId();
    }

    /**
     * The sample as 舟山市's 2012 plan (idempotent), for the tests that close and reopen periods: their periods stay off
     * the 2020 plan, whose per-period figures other tests compare.
     */
    public long closingPlan() {
        byte[] of2012 = new String(sample(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2022", "2012")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return importer.commit("zhoushan-2012-q3.txt", of2012, "舟山市", 2012, "test", Scope.everything())
                .planId();
    }

    public int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
