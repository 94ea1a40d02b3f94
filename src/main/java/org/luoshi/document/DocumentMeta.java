package org.luoshi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.text.ReportPeriod;

/**
 * The document-level facts read from the lines around a task table: title, government, year, period and
 * the disclosure catalogue (索引号 …). Keys of {@code disclosure} are the Simplified labels, so a
 * Traditional page still yields "索引号".
 */
record DocumentMeta(
        String title,
        String government,
        Integer year,
        String periodLabel,
        LocalDate periodEnd,
        BigDecimal expectedShare,
        Map<String, String> disclosure) {

    private static final List<String> DISCLOSURE_LABELS = List.of(
            "索引号", "组配分类", "发布机构", "生成日期", "公开方式", "文号", "发文字号", "成文日期", "主题分类", "体裁分类", "公开范围", "公开时限", "有效性", "发文机关",
            "信息分类");
    /** Labels that end a disclosure value without being stored themselves. */
    private static final Pattern LABEL = Pattern.compile(
            "(" + String.join("|", DISCLOSURE_LABELS) + "|发布日期|发布时间|来源|访问次数|浏览次数|字号|主题词|标题|名称)\\s*[::]?\\s*");

    private static final Pattern TITLE_WORDS =
            Pattern.compile(".*(工作报告|重点工作|完成情况|进展情况|推进情况|落实情况|执行情况|任务|清单|分解|责任|实施|计划|通报|汇总|目标|实事).*");
    private static final Pattern REPORT_KIND = Pattern.compile("完成情况|进展情况|推进情况|落实情况|执行情况|任务分解|责任分解|任务清单|重点工作");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern GOVERNMENT = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗))(?:人民政府|政府|委员会|\\d{4}年|20\\d{2}|关于|重点工作|政府工作报告)");
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零○O一二][〇零○O一二三四五六七八九]{3})(?=年)");
    private static final Pattern LOCAL_LEVEL =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,6}(区|县|旗|自治县)|[\\u4e00-\\u9fa5]{2,6}市");
    private static final Pattern NOT_A_NAME =
            Pattern.compile("^(年|全|本|我|各|该|省|市|县|区|的|及|与|于|在|对|有|为|是|了|关|度|季|月|日|号|份|第).*");

    static DocumentMeta read(List<String> preamble, String pageTitle, List<String> headers, boolean hasProgress) {
        return read(preamble, pageTitle, headers, hasProgress ? List.of("") : List.of());
    }

    /**
     * @param progress the progress texts of the tasks read; none means a task list without progress (no period)
     */
    static DocumentMeta read(List<String> preamble, String pageTitle, List<String> headers, List<String> progress) {
        boolean hasProgress = !progress.isEmpty();
        Map<String, String> disclosure = new LinkedHashMap<>();
        String title = "";
        int best = 0;
        for (String raw : preamble) {
            String line = Chinese.foldKeepingSpaces(raw);
            readDisclosure(line, disclosure);
            int score = isTitle(line) ? titleScore(line) : 0;
            if (score > best) {
                title = raw.strip().replaceFirst("^#+\\s*", "");
                best = score;
            }
        }
        if (title.isEmpty() && pageTitle != null && !pageTitle.isBlank()) {
            title = pageTitle.strip().split("\\s*[_|]\\s*|\\s+-\\s+")[0];
        }
        Integer year = year(title, preamble, disclosure);
        String government = government(title, preamble, disclosure, pageTitle);
        if (!hasProgress) {
            return new DocumentMeta(title, government, year, "", null, null, disclosure);
        }
        Optional<ReportPeriod> period = ReportPeriod.find(Chinese.simplified(title), year == null ? 2000 : year);
        if (period.isEmpty()) {
            // Full-width figures ("１－９月") are read once folded; the label is then the folded words.
            period = ReportPeriod.find(arabicYears(title), year == null ? 2000 : year);
        }
        for (int i = 0; period.isEmpty() && i < headers.size(); i++) {
            period = ReportPeriod.find(Chinese.simplified(headers.get(i)), year == null ? 2000 : year);
        }
        if (period.isEmpty()) {
            period = sharedOpening(progress, year == null ? 2000 : year);
        }
        if (period.isEmpty()) {
            return new DocumentMeta(title, government, year, "", null, null, disclosure);
        }
        ReportPeriod p = period.get();
        return new DocumentMeta(
                title, government, year, p.label(), year == null ? null : p.end(), p.expectedShare(), disclosure);
    }

    /** Words after a period marker that make it the period of a plan, not of the report ("全年计划…"). */
    private static final Pattern PLANNED = Pattern.compile("计划|目标|预计|力争|争取|要求|任务");

    /** How far into a progress text its opening period marker may stand ("上半年已完成…", "全年新建…"). */
    private static final int OPENING = 8;

    /**
     * A document whose title and header name no period, but whose progress texts open with the same one
     * ("上半年已完成…" in most rows): the report speaks of that period. Half of the texts, at least two, must
     * agree, so that one row's "1-5月" does not date a whole list.
     */
    static Optional<ReportPeriod> sharedOpening(List<String> progress, int year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ReportPeriod> periods = new LinkedHashMap<>();
        int texts = 0;
        for (String text : progress) {
            String t = Chinese.simplified(text.strip());
            if (t.isEmpty()) {
                continue;
            }
            texts++;
            String opening = t.substring(0, Math.min(OPENING, t.length()));
            int clause = indexOfClauseEnd(opening);
            opening = clause >= 0 ? opening.substring(0, clause) : opening;
            if (PLANNED.matcher(opening).find()) {
                continue;
            }
            ReportPeriod.find(opening, year).ifPresent(p -> {
                counts.merge(p.label(), 1, Integer::sum);
                periods.putIfAbsent(p.label(), p);
            });
        }
        int needed = Math.max(2, (texts + 1) / 2);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .max(Map.Entry.comparingByValue())
                .map(e -> periods.get(e.getKey()));
    }

    private static int indexOfClauseEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (",;:\u3002".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitle(String line) {
        String f = line.replace(" ", "");
        return f.length() >= 8
                && f.length() <= 80
                && !f.endsWith("。")
                && !Furniture.isFurniture(f)
                && !LABEL.matcher(f).lookingAt()
                && TITLE_WORDS.matcher(f).matches();
    }

    /** A report's title names a year, the work report and a kind of report; a navigation line names fewer. */
    private static int titleScore(String line) {
        int score = 1;
        score += YEAR.matcher(line).find() ? 2 : 0;
        score += line.contains("工作报告") ? 2 : 0;
        score += REPORT_KIND.matcher(line).find() ? 2 : 0;
        return score;
    }

    static void readDisclosure(String line, Map<String, String> into) {
        Matcher m = LABEL.matcher(line);
        String label = null;
        int valueStart = 0;
        while (m.find()) {
            if (label != null) {
                put(into, label, line.substring(valueStart, m.start()));
            }
            label = m.group(1);
            valueStart = m.end();
        }
        if (label != null) {
            put(into, label, line.substring(valueStart));
        }
    }

    private static void put(Map<String, String> into, String label, String value) {
        String v = value.strip();
        if (DISCLOSURE_LABELS.contains(label) && !v.isEmpty() && v.length() <= 80) {
            into.putIfAbsent(label, v);
        }
    }

    private static Integer year(String title, List<String> preamble, Map<String, String> disclosure) {
        Matcher m = YEAR.matcher(arabicYears(title));
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        for (String line : preamble) {
            Matcher y = YEAR.matcher(arabicYears(line));
            if (y.find() && TITLE_WORDS.matcher(line).matches()) {
                return Integer.valueOf(y.group(1));
            }
        }
        for (String key : List.of("成文日期", "生成日期")) {
            Matcher d = ANY_YEAR.matcher(disclosure.getOrDefault(key, ""));
            if (d.find()) {
                return Integer.valueOf(d.group(1));
            }
        }
        return null;
    }

    /** "二〇二三年" and "２０２３年" as "2023年"; other text unchanged (full-width forms folded). */
    static String arabicYears(String text) {
        String f = Chinese.foldKeepingSpaces(text);
        Matcher m = CHINESE_YEAR.matcher(f);
        if (!m.find()) {
            return f;
        }
        StringBuilder b = new StringBuilder();
        do {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append(
                        c == '〇' || c == '零' || c == '○' || c == 'O' ? '0' : (char) ('0' + "一二三四五六七八九".indexOf(c) + 1));
            }
            m.appendReplacement(b, digits.toString());
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }

    private static String government(
            String title, List<String> preamble, Map<String, String> disclosure, String pageTitle) {
        String found = name(title);
        if (found.isEmpty()) {
            found = name(disclosure.getOrDefault("发布机构", ""));
        }
        for (int i = 0; found.isEmpty() && i < preamble.size(); i++) {
            found = name(preamble.get(i));
        }
        if (found.isEmpty() && pageTitle != null) {
            found = name(pageTitle);
        }
        return found;
    }

    /**
     * "浙江省舟山市" names the city, "杭州市西湖区" the district, "湖州市德清县" the county: the government is the
     * most local level named, the levels above it are context.
     */
    static String mostLocal(String name) {
        String n = name;
        int province = n.indexOf('省');
        if (province > 0 && province < n.length() - 2) {
            n = n.substring(province + 1);
        }
        int city = n.indexOf('市');
        if (city > 0
                && city < n.length() - 2
                && LOCAL_LEVEL.matcher(n.substring(city + 1)).matches()) {
            n = n.substring(city + 1);
        }
        return n;
    }

    private static String name(String text) {
        String folded = arabicYears(text).replace(" ", "");
        Matcher m = GOVERNMENT.matcher(folded);
        int from = 0;
        // A rejected candidate ("关于温州市") may hide a good one starting inside it, so search on from the next char.
        while (from < folded.length() && m.find(from)) {
            String n = m.group(1);
            if (!NOT_A_NAME.matcher(n).matches() && n.length() >= 2) {
                return mostLocal(n);
            }
            from = m.start() + 1;
        }
        return "";
    }
}
