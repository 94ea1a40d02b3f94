package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input on a form comes back on its page: the message beside the field, what was typed still there. */
@IntegrationTest
class FormsIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void openingAPeriodWithBadDatesAndShareKeepsTheTypedValuesBesideTheirMessages() {
        long plan = data.reportingPlan();
        data.user("forms-office", "OFFICE", "舟山市");
        PageSession office = new PageSession(port, "forms-office");
        int periods = data.count("reporting_period");

        var response = office.post(
                "/reporting/plans/" + plan + "/periods",
                office.csrf("/reporting"),
                fields("label", "全年(表单)", "endDate", "2022-13-45", "dueDate", "", "expectedShare", "120%"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        var form = page.selectFirst("form[action$=/plans/" + plan + "/periods]");
        assertThat(form.selectFirst("input[name=label]").val()).isEqualTo("全年(表单)");
        assertThat(form.selectFirst("input[name=endDate]").val()).isEqualTo("2022-13-45");
        assertThat(form.selectFirst("input[name=expectedShare]").val()).isEqualTo("120%");
        assertThat(form.select(".field-error").eachText())
                .containsExactlyInAnyOrder("日期格式应为 年-月-日", "报送期限必填", "序时进度应在0到100%之间,可写作75%、75或0.75");
        assertThat(data.count("reporting_period")).isEqualTo(periods);
    }

    @Test
    void aGovernmentTheServiceRefusesComesBackWithItsMessageAndTheTypedName() {
        data.user("forms-admin", "ADMIN", null);
        PageSession admin = new PageSession(port, "forms-admin");

        var response = admin.post(
                "/admin/governments",
                admin.csrf("/admin/governments"),
                fields("code", "12ab", "name", "新区(表单)", "level", "district", "parentId", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".form-errors").text()).contains("行政区划代码须为6–12位数字");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("新区(表单)");
        assertThat(page.selectFirst("select[name=level] option[selected]").val())
                .isEqualTo("district");
    }

    @Test
    void aUserWithoutNameOrPasswordIsRefusedBesideThoseFields() {
        data.user("forms-admin2", "ADMIN", null);
        PageSession admin = new PageSession(port, "forms-admin2");

        var response = admin.post(
                "/admin/users",
                admin.csrf("/admin/users"),
                fields("username", "", "displayName", "表单用户", "role", "OFFICE", "password", "", "unitId", "x"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("input[name=displayName]").val()).isEqualTo("表单用户");
        assertThat(page.selectFirst("input[name=unitId]").val()).isEqualTo("x");
        assertThat(page.select(".field-error").eachText()).containsExactlyInAnyOrder("必填", "必填", "须为数字");
    }

    @Test
    void anOverrideWithoutAReasonKeepsTheChosenStatusOnItsPeriodsForm() {
        long plan = data.zhoushanPlan();
        data.user("forms-office2", "OFFICE", "舟山市");
        long task = jdbc.sql("select id from task where plan_id = :p and number = '5'")
                .param("p", plan)
                .query(Long.class)
                .single();
        long period = jdbc.sql("select period_id from judgement where task_id = :t fetch first 1 rows only")
                .param("t", task)
                .query(Long.class)
                .single();
        PageSession office = new PageSession(port, "forms-office2");

        var response = office.post(
                "/tasks/" + task + "/override",
                office.csrf("/tasks/" + task),
                fields("period", Long.toString(period), "status", "behind", "reason", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        var form = page.selectFirst("form.override-form:has(input[name=period][value=" + period + "])");
        assertThat(form.select(".form-errors").text()).contains("调整状态必须填写理由");
        assertThat(form.selectFirst("select[name=status] option[selected]").val())
                .isEqualTo("behind");
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
