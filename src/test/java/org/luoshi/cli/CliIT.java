package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.support.TestData;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** import and export as a user runs them, on an H2 file database of their own. */
class CliIT {

    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void database() {
        System.setProperty(
                "LUOSHI_DB_URL",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @AfterAll
    static void forget() {
        System.clearProperty("LUOSHI_DB_URL");
    }

    static Run run(String... args) {
        CommandLine cl = LuoshiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsThenExportsThenFindsNothingToReimport() throws Exception {
        Path sample = dir.resolve("zhoushan-2022-q3.txt");
        Files.write(sample, TestData.sample());

        Run first = run("import", sample.toString(), "--government", "舟山市", "--year", "2022");
        Run export = run("export", "舟山市/2022");
        Run again = run("import", sample.toString(), "--government", "舟山市");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("119 项任务").contains("序号84出现两次");
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(export.out());
        assertThat(json.get("tasks")).hasSize(119);
        assertThat(json.get("periodLabel").asString()).isEqualTo("前三季度");
        assertThat(again.out()).contains("没有任何变化");
    }

    @Test
    void addsAnAdministratorWhoMustChangeThePasswordAndRefusesADuplicateOrAWeakPassword() throws Exception {
        Run created =
                withStdin("Strong#Pass2026\n", () -> run("user", "add-admin", "ops-admin", "--display-name", "运维"));
        Run again = withStdin("Strong#Pass2026\n", () -> run("user", "add-admin", "ops-admin"));
        Run weak = withStdin("short\n", () -> run("user", "add-admin", "ops-weak"));

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("ops-admin");
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("用户名已存在").doesNotContain("Exception");
        assertThat(weak.code()).isNotZero();
        assertThat(weak.err()).contains("密码");
        try (var c = java.sql.DriverManager.getConnection(System.getProperty("LUOSHI_DB_URL"), "sa", "");
                var rs = c.createStatement()
                        .executeQuery(
                                "select role, must_change_password, display_name from app_user where username = 'ops-admin'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ADMIN");
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getString(3)).isEqualTo("运维");
        }
    }

    private static Run withStdin(String input, java.util.function.Supplier<Run> command) {
        var before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aMissingFileIsOneLineAndANonZeroExit() {
        Run run = run("import", dir.resolve("nope.txt").toString(), "--government", "舟山市");

        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).contains("文件不存在").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownPlanIsOneLineAndANonZeroExit() {
        Run run = run("export", "不存在市/2022");

        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).contains("没有该计划").doesNotContain("\n");
    }
}
