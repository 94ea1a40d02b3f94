package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ChannelPagesIT {

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void theOfficeAddsAChannelAndABadAddressComesBackWithWhatWasTyped() {
        data.zhoushanPlan();
        data.user("chp-office", "OFFICE", "定海区");
        data.user("chp-reporter", "REPORTER", "定海区");
        PageSession page = new PageSession(port, "chp-office");
        String csrf = page.csrf("/channels");

        var refused = page.post("/channels", csrf, Map.of("kind", "WECOM", "name", "企业微信群", "url", "ftp://wrong"));
        var added = page.post(
                "/channels",
                csrf,
                Map.of(
                        "kind",
                        "DINGTALK",
                        "name",
                        "督查群",
                        "url",
                        "https://oapi.dingtalk.com/robot/send?access_token=x",
                        "secret",
                        "SEC1"));
        var list = page.get("/channels");
        var reporter = new PageSession(port, "chp-reporter").get("/channels");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Webhook 地址须以").contains("value=\"企业微信群\"");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(list.body()).contains("督查群").contains("钉钉/浙政钉群机器人").doesNotContain("SEC1");
        assertThat(reporter.statusCode()).isEqualTo(403);
    }
}
