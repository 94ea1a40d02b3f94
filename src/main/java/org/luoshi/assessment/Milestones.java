package org.luoshi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestones a task sets itself: a time joined to an event verb ("上半年开工", "年底前建成", "6月底前印发").
 * Plain Java, thread-safe. A bare date ("2022年", "10月1日起施行") is no milestone: a month needs 底/末/前 and
 * the time must be followed at once (after at most an adverb such as 全面/基本/确保) by the event.
 */
public final class Milestones {

    /** A milestone: the event is due by the end of {@code month}; {@code text} as written; {@code start}/{@code end} in the content. */
    public record Milestone(int month, String event, String text, int start, int end) {
        public boolean dueBy(int periodMonth) {
            return month <= periodMonth;
        }
    }

    private static final String NUM = "(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])";
    private static final String TIME = "(?<time>上半年|年中|前三季度|(?:第)?[一二三四1-4]季度(?:末|底)?前?"
            + "|年底前?|年末前?|年内|全年|(?<![-—~～至到止\\d])(?<m>" + NUM + ")月(?:份)?(?:底前?|末前?|前))";
    private static final String ADVERB = "(?:全面|基本|全部|确保|力争|争取|实现|如期|)";
    private static final String EVENT =
            "(?<event>建成投用|建成投运|投入使用|投入运营|开工|动工|建成|完成|竣工|完工|投用|" + "投运|投产|通车|开业|出台|印发|签约|开通|启用)";
    private static final Pattern MILESTONE = Pattern.compile(TIME + ADVERB + EVENT);

    /** Words that make a mention of the event a plan, not a fact. */
    private static final Pattern NOT_YET = Pattern.compile("将|计划|预计|准备|拟|力争|争取|即将|尚未|未|待|有望|年内|年底前|月底前|可望");

    /** Where the clause that holds a mention of the event begins. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,,。;;!!]");

    /** What else a report may write for the same event. */
    private static final Map<String, String> SAID = Map.ofEntries(
            Map.entry("开工", "开工|动工|开建|开工建设"),
            Map.entry("动工", "开工|动工|开建"),
            Map.entry("建成", "建成|竣工|完工|建设完成"),
            Map.entry("竣工", "竣工|建成|完工"),
            Map.entry("完工", "完工|竣工|建成"),
            Map.entry("完成", "完成"),
            Map.entry("投用", "投用|投入使用|启用|投运|投入运营"),
            Map.entry("投入使用", "投用|投入使用|启用|投运|投入运营"),
            Map.entry("建成投用", "投用|投入使用|启用|投运|投入运营"),
            Map.entry("建成投运", "投运|投入运营|投用|投入使用"),
            Map.entry("投入运营", "投运|投入运营|运营"),
            Map.entry("投运", "投运|投入运营|投用|投入使用"),
            Map.entry("投产", "投产"),
            Map.entry("通车", "通车"),
            Map.entry("开业", "开业|营业"),
            Map.entry("出台", "出台|印发|发布|颁布"),
            Map.entry("印发", "印发|出台|发布|颁布"),
            Map.entry("签约", "签约|签订|签署"),
            Map.entry("开通", "开通"),
            Map.entry("启用", "启用|投用|投入使用"));

    /** Events that finish what they name; starts (开工, 签约) do not. */
    private static final Pattern FINAL = Pattern.compile("建成|完成|竣工|完工|投用|投运|投入|投产|通车|开业|出台|印发|开通|启用");

    private Milestones() {}

    /** The milestones of a task's content, in order. */
    public static List<Milestone> of(String content) {
        String text = Hanzi.normalize(content == null ? "" : content);
        List<Milestone> found = new ArrayList<>();
        Matcher m = MILESTONE.matcher(text);
        while (m.find()) {
            found.add(new Milestone(
                    month(m.group("time"), m.group("m")), m.group("event"), m.group(), m.start(), m.end()));
        }
        return found;
    }

    /** The month by which a time falls due: 上半年 → 6, 三季度 → 9, 年底 → 12, 6月底前 → 6. */
    static int month(String time, String number) {
        if (number != null) {
            return monthNumber(number);
        }
        if (time.startsWith("上半年") || time.startsWith("年中")) {
            return 6;
        }
        if (time.startsWith("前三季度")) {
            return 9;
        }
        String q = time.replace("第", "");
        if (q.contains("季度")) {
            return 3
                    * ("一1".indexOf(q.charAt(0)) >= 0
                            ? 1
                            : "二2".indexOf(q.charAt(0)) >= 0 ? 2 : "三3".indexOf(q.charAt(0)) >= 0 ? 3 : 4);
        }
        return 12;
    }

    private static int monthNumber(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        String digits = "一二三四五六七八九";
        if (n.equals("十")) {
            return 10;
        }
        if (n.startsWith("十")) {
            return 10 + digits.indexOf(n.charAt(1)) + 1;
        }
        return digits.indexOf(n.charAt(0)) + 1;
    }

    /** Whether the progress text says the milestone's event happened (已开工, 建成), not that it will (将开工). */
    public static boolean happened(Milestone milestone, String progress) {
        String text = Hanzi.normalize(progress == null ? "" : progress);
        Matcher m = Pattern.compile(SAID.getOrDefault(milestone.event(), Pattern.quote(milestone.event())))
                .matcher(text);
        while (m.find()) {
            int from = 0;
            Matcher end = CLAUSE_END.matcher(text.substring(0, m.start()));
            while (end.find()) {
                from = end.end();
            }
            if (!NOT_YET.matcher(text.substring(from, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether meeting the milestone finishes what it names (建成, 投用), unlike a start (开工, 签约). */
    public static boolean finishes(Milestone milestone) {
        return FINAL.matcher(milestone.event()).find();
    }
}
