package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.luoshi.Texts;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 5: every page in both languages. A Chinese page shows no internal code (duplicate-number, no_data,
 * report.accept) and no English text of the bundles; an English page shows no Chinese text of the bundles. Data
 * (plan titles, task texts) may be in either language: what is checked is what the UI says.
 */
@IntegrationTest
class PageLanguageIT {

    /** A code as the program writes it: missing-report, no_data, report.accept, progress_report. */
    private static final Pattern CODE = Pattern.compile("\\b[a-z]+(?:[-_.][a-z]+)+\\b");

    /** On an English page hyphens are English (on-time); codes there are those with _ or between dots. */
    private static final Pattern EN_CODE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b|\\b[a-z]{3,}\\.[a-z]{3,}\\b");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** A single lower-case word: a state (submitted, returned) is a code too where it stands as a word. */
    private static final Pattern WORD = Pattern.compile("\\b[a-z]+\\b");

    /** Two English words in a row on a Chinese page: program text ("text 52 chars", "unit approval required"). */
    private static final Pattern ENGLISH_PHRASE =
            Pattern.compile("(?<![\\w-])[a-z]{2,}:? [a-z]{2,}(?![\\w-])|\\b\\d+ [a-z]{3,}\\b");

    /**
     * Words the program writes into a period's finding (序号5滞后序时进度): on an English page, untranslated. (Not yet
     * by code, so not checked here: the findings of an imported document, 序号84出现两次, and the judgement reasons,
     * 未报送进展情况, shown in the status badge's title.)
     */
    private static final Pattern PROGRAM_ZH = Pattern.compile("滞后序时进度$|存在完成风险$|未见对应的实际数|截止日期\\S+已过|相同或几乎相同");

    /** A figure as the program holds it (100000000000), not as written (1000亿元); not a part of a name (ro-2991…). */
    private static final Pattern RAW_NUMBER = Pattern.compile("(?<![\\w.,-])\\d{9,}(?![\\d.])");

    @Autowired
    TestData data;

    @Autowired
    Reporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.luoshi.judgement.Overrides overrides;

    @LocalServerPort
    int port;

    private List<String> pages() {
        long plan = data.zhoushanPlan();
        long reportingPlan = data.reportingPlan();
        data.user("langoffice", "OFFICE", "舟山市");
        long period = jdbc.sql("select min(id) from reporting_period where plan_id = :p and label like '语言%'")
                                .param("p", reportingPlan)
                                .query(Long.class)
                                .optional()
                                .orElse(null)
                        == null
                ? reporting.openPeriod(
                        reportingPlan,
                        new PeriodForm("语言检查", LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 10), BigDecimal.ONE),
                        data.as("langoffice"))
                : jdbc.sql("select min(id) from reporting_period where plan_id = :p and label like '语言%'")
                        .param("p", reportingPlan)
                        .query(Long.class)
                        .single();
        long report = jdbc.sql("select min(id) from progress_report where period_id = :p")
                .param("p", period)
                .query(Long.class)
                .single();
        long task = data.task(plan, "1");
        long unit = data.leadUnit(plan, "1");
        long reportTask = history(report, period);
        return List.of(
                "/plans",
                "/plans/" + plan,
                "/plans/" + plan + "/dashboard",
                "/plans/" + plan + "/findings",
                "/plans/" + reportingPlan + "?period=" + period,
                "/plans/" + reportingPlan + "/findings?period=" + period,
                "/tasks/" + task,
                "/tasks/" + reportTask,
                "/tasks/" + task + "/edit",
                "/plans/new",
                "/plans/" + plan + "/tasks/new",
                "/plans/" + plan + "/ledger",
                "/units",
                "/units/" + unit + "?plan=" + plan,
                "/reporting",
                "/reporting/periods/" + period,
                "/reporting/reports/" + report,
                "/import",
                "/publications",
                "/jobs",
                "/admin/audit",
                "/overview");
    }

    /**
     * Gives the report's task a change log: submitted, returned with a reason, its status overridden (stored with
     * the program's codes, shown in words). Returns the task.
     */
    private long history(long report, long period) {
        var row = jdbc.sql("select task_id, unit_id, state from progress_report where id = :id")
                .param("id", report)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), "draft".equals(rs.getString(3)) ? 1 : 0})
                .single();
        if (row[2] == 1) {
            data.unitUser("langreporter", "REPORTER", "舟山市", row[1]);
            var r = reporting.readable(report, data.as("langreporter"));
            r = reporting.submit(report, r.version(), "本期完成投资12.5亿元。", "", data.as("langreporter"));
            reporting.returnForRework(report, r.version(), "请补充佐证材料", data.as("langoffice"));
        }
        boolean judged = jdbc.sql("select count(*) from judgement where task_id = :t and period_id = :p")
                        .param("t", row[0])
                        .param("p", period)
                        .query(Integer.class)
                        .single()
                > 0;
        if (judged) {
            overrides.override(row[0], period, "behind", "人工核实后调整", data.as("langoffice"));
        }
        return row[0];
    }

    private static Set<String> values(String basename, String suffix) {
        Set<String> values = new LinkedHashSet<>();
        for (String name : Texts.BASENAMES) {
            Properties p = new Properties();
            try (InputStream in = PageLanguageIT.class.getResourceAsStream("/" + name + suffix + ".properties")) {
                if (in == null) {
                    continue;
                }
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            p.values().forEach(v -> values.add(v.toString()));
        }
        return values;
    }

    /** The visible text of a page, piece by piece (scripts and styles left out). */
    private static List<String> texts(Document page) {
        List<String> texts = new ArrayList<>();
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode t
                            && !(t.parent() != null
                                    && t.parentNode() instanceof Element e
                                    && e.is("script, style, textarea"))) {
                        String s = t.text().strip();
                        if (!s.isEmpty()) {
                            texts.add(s);
                        }
                    }
                },
                page.body());
        page.body().select("[placeholder], [title], [aria-label]").forEach(e -> {
            for (String a : List.of("placeholder", "title", "aria-label")) {
                if (e.hasAttr(a) && !e.attr(a).isBlank()) {
                    texts.add(e.attr(a));
                }
            }
        });
        return texts;
    }

    @Test
    void noCodeOrEnglishUiTextOnAChinesePageAndNoChineseUiTextOnAnEnglishPage() {
        List<String> pages = pages();
        // UI texts of one language only: the Chinese ones with a Han character, the English ones with a space
        Set<String> zh = values("messages", "");
        Set<String> en = values("messages", "_en");
        Set<String> zhOnly = new LinkedHashSet<>();
        zh.stream()
                .filter(v -> !en.contains(v) && HAN.matcher(v).find() && !v.contains("{") && v.length() >= 2)
                .forEach(zhOnly::add);
        Set<String> enOnly = new LinkedHashSet<>();
        en.stream()
                .filter(v -> !zh.contains(v) && !HAN.matcher(v).find() && !v.contains("{") && v.contains(" "))
                .forEach(enOnly::add);
        // The program's own codes (statuses, finding kinds, audit actions, entities, target kinds): never shown as
        // such. Data that only looks like a code (a user name "pf-office", a file name) is not one of them.
        Set<String> codes = new LinkedHashSet<>();
        for (org.luoshi.assessment.Status st : org.luoshi.assessment.Status.values()) {
            codes.add(st.code());
        }
        for (org.luoshi.progress.ReportState st : org.luoshi.progress.ReportState.values()) {
            codes.add(st.code());
        }
        Set<String> stateCodes = Set.copyOf(codes);
        for (String key : keys()) {
            for (String prefix :
                    List.of("finding.kind.", "day.doc.finding.", "audit.", "day.entity.", "day.target.kind.")) {
                if (key.startsWith(prefix) && !key.startsWith("audit.col.")) {
                    codes.add(key.substring(prefix.length()));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        PageSession office = new PageSession(port, "langoffice");
        for (String path : pages) {
            var zhPage = office.get(path + (path.contains("?") ? "&" : "?") + "lang=zh-CN");
            assertThat(zhPage.statusCode()).as(path).isEqualTo(200);
            for (String text : texts(Jsoup.parse(zhPage.body()))) {
                // a state as a single word (submitted, behind) where a change is shown (a → b)
                String found = isCode(text, codes)
                        ? codeIn(text, codes, CODE)
                        : text.contains("→") ? codeIn(text, codes, WORD) : null;
                if (found != null) {
                    problems.add("zh " + path + ": code \"" + found + "\" in \"" + clip(text) + "\"");
                }
                // The audit page lists every module's entries, with names tests and users typed (token-office:
                // reads-29…): there only the codes are checked; the change logs below are checked in full.
                boolean log = path.equals("/admin/audit");
                var phrase = ENGLISH_PHRASE.matcher(text);
                if (!log && phrase.find()) {
                    problems.add("zh " + path + ": English \"" + phrase.group() + "\" in \"" + clip(text) + "\"");
                }
                var raw = RAW_NUMBER.matcher(text);
                if (!log && raw.find()) {
                    problems.add("zh " + path + ": raw number \"" + raw.group() + "\" in \"" + clip(text) + "\"");
                }
                if (enOnly.contains(text)) {
                    problems.add("zh " + path + ": English \"" + clip(text) + "\"");
                }
            }
            var enPage = office.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(enPage.statusCode()).as(path).isEqualTo(200);
            for (String text : texts(Jsoup.parse(enPage.body()))) {
                if (zhOnly.contains(text) || PROGRAM_ZH.matcher(text).find()) {
                    problems.add("en " + path + ": Chinese \"" + clip(text) + "\"");
                }
                var raw = RAW_NUMBER.matcher(text);
                if (!path.equals("/admin/audit") && raw.find()) {
                    problems.add("en " + path + ": raw number \"" + raw.group() + "\" in \"" + clip(text) + "\"");
                }
                // Around an arrow an English page's words are English: "Approved by unit → Accepted" names the
                // unit, not the entity code; a state code there (no_data, unit_approved, behind) is still found.
                String found = EN_CODE.matcher(text).find() && isCode(text, codes)
                        ? codeIn(text, codes, CODE)
                        : text.contains("→") ? codeIn(text, stateCodes, WORD) : null;
                if (found != null) {
                    problems.add("en " + path + ": code \"" + found + "\" in \"" + clip(text) + "\"");
                }
            }
        }
        office.get("/plans?lang=zh-CN");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Whether a code of the program stands in the text as a word of its own. */
    private static boolean isCode(String text, Set<String> codes) {
        return isCode(text, codes, CODE);
    }

    /** The first code of the program standing in the text as a word of {@code pattern}, or null. */
    private static String codeIn(String text, Set<String> codes, Pattern pattern) {
        var words = pattern.matcher(text);
        while (words.find()) {
            if (codes.contains(words.group())) {
                return words.group();
            }
        }
        return null;
    }

    private static boolean isCode(String text, Set<String> codes, Pattern pattern) {
        var words = pattern.matcher(text);
        while (words.find()) {
            if (codes.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : Texts.BASENAMES) {
            Properties p = new Properties();
            try (InputStream in = PageLanguageIT.class.getResourceAsStream("/" + name + ".properties")) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            p.stringPropertyNames().forEach(keys::add);
        }
        return keys;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
