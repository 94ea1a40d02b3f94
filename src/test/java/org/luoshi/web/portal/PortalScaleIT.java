package org.luoshi.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publication.PublicationService;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.luoshi.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal at national scale (issue 17): a government's list is keyset-paged (30 a page, nothing lost or shown
 * twice across pages, every page small); the search folds Traditional to Simplified, ranks and shows a highlighted
 * snippet; on PostgreSQL it is served by the grams' GIN index, H2 keeps its LIKE.
 */
@IntegrationTest
class PortalScaleIT {

    private static final Pattern ARTICLE = Pattern.compile("href=\"/portal/articles/(\\d+)\"");

    @Autowired
    TestData data;

    @Autowired
    PublicationService publications;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void publishEnough() {
        long plan = data.zhoushanPlan();
        int have = jdbc.sql("""
                        select count(*) from publication
                        where government_code = '330900' and status = 'published' and disclosure = 'active'""").query(Integer.class).single();
        for (int i = have; i < 35; i++) {
            long id = publications.draft(plan, "前三季度", false, data.acting("scale-office", "OFFICE", "舟山市"));
            publications.approve(id, data.acting("scale-leader", "LEADER", "舟山市"));
            publications.publish(id, data.acting("scale-office", "OFFICE", "舟山市"));
        }
    }

    @Test
    void aGovernmentsListIsKeysetPagedWithNothingLostOrRepeated() {
        Http anonymous = Http.anonymous(port);
        int total = jdbc.sql("""
                        select count(*) from publication
                        where government_code = '330900' and status = 'published' and disclosure = 'active'""").query(Integer.class).single();
        List<String> seen = new ArrayList<>();
        String path = "/portal?gov=330900";
        int pages = 0;
        while (path != null) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(300 * 1024);
            Document page = Jsoup.parse(response.body());
            List<String> ids = articles(page.select("main ul.entries").html());
            assertThat(ids).hasSizeLessThanOrEqualTo(30);
            seen.addAll(ids);
            var next = page.selectFirst("nav.pager a.next-page");
            path = next == null ? null : next.attr("href");
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSize(total);
    }

    @Test
    void theSearchFoldsTraditionalRanksAndHighlightsASnippet() {
        Http anonymous = Http.anonymous(port);
        // 預 is the Traditional form of 预
        Document page = Jsoup.parse(
                anonymous.get("/portal/search?q=" + Http.encode("一般公共預算收入")).body());
        assertThat(page.select("ul.results li")).isNotEmpty();
        assertThat(page.select("ul.results li p.snippet mark"))
                .allSatisfy(m -> assertThat(m.text()).isEqualTo("一般公共预算收入"));
        assertThat(page.selectFirst("ul.results li p.snippet").text()).contains("一般公共预算收入");
        // the title holds 完成情况: it occurs at the very start, so the snippet opens the text
        Document byTitle = Jsoup.parse(
                anonymous.get("/portal/search?q=" + Http.encode("完成情况")).body());
        assertThat(byTitle.selectFirst("ul.results li p.snippet").text()).contains("重点工作前三季度完成情况");
        assertThat(Jsoup.parse(anonymous
                                .get("/portal/search?q=" + Http.encode("无此词语之组合"))
                                .body())
                        .select("ul.results li"))
                .isEmpty();
    }

    @Test
    void onPostgresqlTheSearchUsesTheGramsIndexAndOnH2TheLike() {
        boolean column = jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_name = 'publication' and column_name = 'search_grams'""").query(Integer.class).single() > 0;
        if (!TestDatabase.isPostgres()) {
            assertThat(column).as("H2 keeps the LIKE alone").isFalse();
            return;
        }
        assertThat(column).isTrue();
        String plan = jdbc.sql("""
                        explain select id from publication
                        where search_grams @> luoshi_grams('预算') and search_text like '%预算%'""").query(String.class).list().toString();
        // with a few rows the planner may prefer a scan; the index must be usable when it is not
        if (!plan.contains("publication_search_grams_ix")) {
            jdbc.sql("set enable_seqscan = off").update();
            plan = jdbc.sql("""
                            explain select id from publication
                            where search_grams @> luoshi_grams('预算') and search_text like '%预算%'""").query(String.class).list().toString();
            jdbc.sql("set enable_seqscan = on").update();
        }
        assertThat(plan).contains("publication_search_grams_ix");
        assertThat(jdbc.sql("select luoshi_grams('污水管')").query(String.class).single())
                .contains("污水", "水管", "污", "管");
    }

    private static List<String> articles(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTICLE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
