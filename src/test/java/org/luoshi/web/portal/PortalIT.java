package org.luoshi.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.document.CanonicalJson;
import org.luoshi.plan.Scope;
import org.luoshi.publication.Disclosure;
import org.luoshi.publication.Publication;
import org.luoshi.publication.PublicationService;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public portal over real HTTP, without login: what it shows, what it never shows, and how it caches. */
@IntegrationTest
class PortalIT {

    static final String SCRIPT = "<script>alert('x')</script>&<b>粗</b>";
    /** Task 119's content, withheld from the publication under test. */
    static final String WITHHELD = "发展特色航空服务业,建设空港分区保税物流仓储中心。";

    @Autowired
    TestData data;

    @Autowired
    PublicationService publications;

    @LocalServerPort
    int port;

    Http anonymous;
    long id;

    @BeforeEach
    void publish() {
        anonymous = Http.anonymous(port);
        long plan = data.zhoushanPlan();
        id = publications.draft(plan, "前三季度", false, data.acting("portal-office", "OFFICE", "舟山市"));
        publications.withhold(id, 119, true, data.acting("portal-office", "OFFICE", "舟山市"));
        publications.abridge(id, 2, SCRIPT, data.acting("portal-office", "OFFICE", "舟山市"));
        publications.approve(id, data.acting("portal-leader", "LEADER", "舟山市"));
        publications.publish(id, data.acting("portal-office", "OFFICE", "舟山市"));
    }

    @Test
    void theArticleShowsTheCatalogueMetadataAndTheReportWithoutLogin() {
        var response = anonymous.get("/portal/articles/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "当前位置",
                        "索引号",
                        "组配分类",
                        "发布机构",
                        "生成日期",
                        "公开方式",
                        "主动公开",
                        "有效性",
                        "2022年市政府工作报告重点工作前三季度完成情况",
                        "一般公共预算收入增长7%",
                        "(本文有删减)",
                        "访问次数");
    }

    @Test
    void theListShowsThePublicationByGovernmentAndYear() {
        var body = anonymous.get("/portal?gov=330900&year=2022").body();

        assertThat(body).contains("/portal/articles/" + id).contains("舟山市");
    }

    @Test
    void aWithheldTaskAppearsNowhereOnThePortal() {
        assertThat(anonymous.get("/portal/articles/" + id).body()).doesNotContain(WITHHELD);
        assertThat(anonymous.get("/portal/articles/" + id + "/report.csv").body())
                .doesNotContain(WITHHELD);
        assertThat(anonymous.get("/portal/articles/" + id + "/report.json").body())
                .doesNotContain(WITHHELD);
        assertThat(anonymous.get("/portal/feed.atom").body()).doesNotContain(WITHHELD);
        assertThat(anonymous.get("/portal/search?q=" + Http.encode("空港分区保税物流")).body())
                .doesNotContain("/portal/articles/" + id + "\"");
        assertThat(anonymous.get("/portal/search?q=" + Http.encode("一般公共预算收入")).body())
                .contains("/portal/articles/" + id + "\"");
    }

    @Test
    void progressWithHtmlIsShownAsTextOnThePageAndInTheDownloads() {
        String page = anonymous.get("/portal/articles/" + id).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>粗").contains("&lt;script&gt;alert(");

        String csv = anonymous.get("/portal/articles/" + id + "/report.csv").body();
        assertThat(csv).contains("\"" + SCRIPT.replace("\"", "\"\"") + "\"");

        String json = anonymous.get("/portal/articles/" + id + "/report.json").body();
        assertThat(CanonicalJson.read(json).tasks().get(1).row().progress()).isEqualTo(SCRIPT);

        var search =
                anonymous.get("/portal/search?q=" + Http.encode("<script>")).body();
        assertThat(search).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void theFeedIsAtomWithThePublication() {
        var response = anonymous.get("/portal/feed.atom");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(response.body())
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("/portal/articles/" + id + "\"")
                .contains("<title>2022年市政府工作报告重点工作前三季度完成情况</title>");
    }

    @Test
    void reloadingTheArticleCountsOneVisit() {
        long before = visits(anonymous.get("/portal/articles/" + id).body());
        anonymous.get("/portal/articles/" + id);
        anonymous.get("/portal/articles/" + id);

        assertThat(visits(anonymous.get("/portal/articles/" + id).body())).isEqualTo(before);
        assertThat(before).isEqualTo(1);
    }

    @Test
    void anUnchangedPageIsNotSentAgain() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/portal/feed.atom");
        var first = client.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var second = client.send(
                HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        assertThat(second.statusCode()).isEqualTo(304);
    }

    @Test
    void aWithdrawnPublicationLeavesThePortal() {
        publications.withdraw(id, "数据需更正", data.acting("portal-office", "OFFICE", "舟山市"));

        assertThat(anonymous.get("/portal/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/portal").body()).doesNotContain("/portal/articles/" + id + "\"");
        assertThat(anonymous.get("/portal/articles/" + id + "/report.csv").statusCode())
                .isEqualTo(404);
    }

    @Test
    void informationGivenOnRequestIsNotOnThePortal() {
        long plan = data.zhoushanPlan();
        long other = publications.draft(plan, "前三季度", false, data.acting("portal-office", "OFFICE", "舟山市"));
        Publication p = publications.get(other, Scope.everything());
        publications.describe(
                other,
                new Publication.Catalogue(
                        p.catalogue().category(), p.catalogue().publisher(), Disclosure.ON_REQUEST, true),
                data.acting("portal-office", "OFFICE", "舟山市"));
        publications.approve(other, data.acting("portal-leader", "LEADER", "舟山市"));
        publications.publish(other, data.acting("portal-office", "OFFICE", "舟山市"));

        assertThat(anonymous.get("/portal/articles/" + other).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/portal/feed.atom").body()).doesNotContain("/portal/articles/" + other + "\"");
    }

    @Test
    void catalogueTextWithHtmlIsEscapedInTheFeedAndOnThePage() {
        long plan = data.zhoushanPlan();
        long other = publications.draft(plan, "前三季度", false, data.acting("portal-office", "OFFICE", "舟山市"));
        publications.describe(
                other,
                new Publication.Catalogue("执行&情况", "<script>alert(1)</script>办公室", Disclosure.ACTIVE, true),
                data.acting("portal-office", "OFFICE", "舟山市"));
        publications.approve(other, data.acting("portal-leader", "LEADER", "舟山市"));
        publications.publish(other, data.acting("portal-office", "OFFICE", "舟山市"));

        String feed = anonymous.get("/portal/feed.atom").body();
        assertThat(feed)
                .doesNotContain("<script>")
                .contains("&lt;script")
                .contains("alert(1)&lt;/script")
                .contains("执行&amp;情况");
        assertThat(anonymous.get("/portal/articles/" + other).body())
                .doesNotContain("<script>alert(1)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;办公室");
    }

    private static long visits(String page) {
        var m = java.util.regex.Pattern.compile("class=\"visits\">(\\d+)<").matcher(page);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
