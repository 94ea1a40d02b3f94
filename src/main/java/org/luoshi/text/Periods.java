package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a reported figure covers: the nearest period phrase before it in the same paragraph
 * ("1-8月", "截至9月底", "前三季度", "三季度", "上半年"). "截至目前" names no period and is ignored.
 */
final class Periods {

    /** A period phrase found in a text: where it ends and its label. */
    record Found(int start, int end, String label) {
    }

    private static final Pattern PERIOD = Pattern.compile(
            "(?<asof>(?:截[至止]|到|至)\\s{0,2}(?:20\\d\\d\\s{0,2}年\\s{0,2})?(?<m>1[0-2]|[1-9])\\s{0,2}月(?:\\s{0,2}(?<d>[1-3]?\\d)\\s{0,2}日)?(?<end>底|末|份)?)"
                    + "|(?<range>(?:1|一)\\s{0,2}[-—–~～至到]\\s{0,2}(?:1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\\s{0,2}月份?)"
                    + "|(?<q>截[至止]\\s{0,2}(?:前|第)?[一二三四]季度末?|前[一二三]季度|第?[一二三四]季度|上半年|下半年|今年以来|本季度)");

    private Periods() {
    }

    static List<Found> all(CharSequence s) {
        List<Found> out = new ArrayList<>();
        Matcher m = PERIOD.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), label(m)));
        }
        return out;
    }

    private static String label(Matcher m) {
        if (m.group("asof") != null) {
            String month = m.group("m");
            String end = m.group("end");
            if (m.group("d") != null) {
                return "截至" + month + "月" + m.group("d") + "日";
            }
            return "截至" + month + "月" + (end == null || end.equals("份") ? "底" : "底");
        }
        if (m.group("range") != null) {
            return m.group("range").replaceAll("\\s", "").replaceAll("[—–~～至到]", "-").replace("月份", "月");
        }
        return m.group("q").replaceAll("\\s", "").replace("截止", "截至");
    }

    /** The label of the last period phrase ending at or before {@code pos} in the same paragraph, else "". */
    static String before(CharSequence s, List<Found> found, int pos) {
        int paragraph = pos;
        while (paragraph > 0 && s.charAt(paragraph - 1) != '\n') {
            paragraph--;
        }
        String label = "";
        for (Found f : found) {
            if (f.end() > pos) {
                break;
            }
            if (f.start() >= paragraph) {
                label = f.label();
            }
        }
        return label;
    }
}
