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
    record Found(int start, int end, String label) {}

    private static final Pattern PERIOD = Pattern.compile(
            "(?<asof>(?:截[至止]|到|至)\\s{0,2}(?:20\\d\\d\\s{0,2}年\\s{0,2})?(?<m>1[0-2]|[1-9])\\s{0,2}月(?:\\s{0,2}(?<d>[1-3]?\\d)\\s{0,2}日)?(?<end>底|末|份)?)"
                    + "|(?<range>(?:1|一)\\s{0,2}[-—–~～至到]\\s{0,2}(?:1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\\s{0,2}月份?)"
                    + "|(?<q>截[至止]\\s{0,2}(?:前|第)?[一二三四]季度末?|前[一二三]季度|第?[一二三四]季度|上半年|下半年|今年以来|本季度)");

    private Periods() {}

    /** The period phrases of one text, with its paragraph breaks, for repeated look-ups. */
    record Index(List<Found> found, int[] newlines) {}

    static Index index(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        int[] newlines = new int[count];
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                newlines[k++] = i;
            }
        }
        return new Index(all(s), newlines);
    }

    /**
     * All period phrases, found by trying the pattern only in small windows around the characters every
     * phrase contains (月, 度, 年, 来), so that long texts cost little.
     */
    static List<Found> all(CharSequence s) {
        List<Found> out = new ArrayList<>();
        Matcher m = PERIOD.matcher(s);
        int n = s.length();
        int done = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '月' && c != '度' && c != '年' && c != '来') {
                continue;
            }
            int from = Math.max(done, i - 24);
            int to = Math.min(n, i + 8);
            m.region(from, to);
            while (m.find()) {
                if (m.end() > i) {
                    out.add(new Found(m.start(), m.end(), label(m)));
                    done = m.end();
                    break;
                }
            }
        }
        return out;
    }

    private static String label(Matcher m) {
        if (m.group("asof") != null) {
            String month = m.group("m");
            if (m.group("d") != null) {
                return "截至" + month + "月" + m.group("d") + "日";
            }
            return "截至" + month + "月底";
        }
        if (m.group("range") != null) {
            return m.group("range")
                    .replaceAll("\\s", "")
                    .replaceAll("[—–~～至到]", "-")
                    .replace("月份", "月");
        }
        return m.group("q").replaceAll("\\s", "").replace("截止", "截至");
    }

    /** The label of the last period phrase ending at or before {@code pos} in the same paragraph, else "". */
    static String before(Index index, int pos) {
        int paragraph = 0;
        int[] nl = index.newlines();
        int lo = 0;
        int hi = nl.length - 1;
        while (lo <= hi) { // last newline before pos
            int mid = (lo + hi) >>> 1;
            if (nl[mid] < pos) {
                paragraph = nl[mid] + 1;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        List<Found> found = index.found();
        lo = 0;
        hi = found.size() - 1;
        int best = -1;
        while (lo <= hi) { // last period ending at or before pos
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).end() <= pos) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best >= 0 && found.get(best).start() >= paragraph
                ? found.get(best).label()
                : "";
    }

    static String before(CharSequence s, int pos) {
        return before(index(s), pos);
    }
}
