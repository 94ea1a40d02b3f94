package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a unit cell: "市发改委、市经信局", "★市财政局,市税务局", "市财政局" / "(市国资委)" over two lines.
 * Each unit is kept verbatim; only the lead marks are removed.
 */
final class Units {

    /** The lead units (marked ones when any are marked) and the others. */
    record Split(List<String> lead, List<String> co) {}

    private static final Pattern LEAD_MARK = Pattern.compile("[★▲☆△●*※]|[((]牵头[))]|牵头$");
    private static final Pattern ORG_END =
            Pattern.compile(".*(局|委|办|院|府|会|室|部|中心|公司|集团|处|厅|所|队|站|行|社|团|署|馆|校|台|组|园|港|区|县|市|镇|街道|乡|联|协|科|司"
                    + "|银行|海关|管委会|指挥部|办公室|有限公司|总站|分局|支队|大队|法院|检察院|党校|医院|报社|电视台|机关|工委|专班|部门|单位|镇街|街|企业)");
    private static final Pattern LABEL = Pattern.compile("^(牵头单位|责任单位|牵头部门|责任部门|主办单位|配合单位|协办单位|参与单位)[::]");

    private Units() {}

    /** Splits a unit cell; lines that open with a bracket continue the unit above ("市财政局" / "(市国资委)"). */
    static Split split(String cell) {
        List<String> parts = parts(cell);
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (String p : parts) {
            String bare = LEAD_MARK.matcher(p).replaceAll("").strip();
            if (bare.isEmpty()) {
                continue;
            }
            (LEAD_MARK.matcher(p).find() ? marked : unmarked).add(bare);
        }
        return marked.isEmpty() ? new Split(unmarked, List.of()) : new Split(marked, unmarked);
    }

    static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        String s = cell.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '(' || c == '[' || c == '【') {
                depth++;
            } else if ((c == ')' || c == ')' || c == ']' || c == '】') && depth > 0) {
                depth--;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (depth == 0
                    && (c == '、'
                            || c == ','
                            || c == ','
                            || c == '/'
                            || c == ';'
                            || c == ';'
                            || c == ' '
                            || c == '\u3000'
                            || lineBreak)) {
                if (lineBreak && continuesOnNextLine(s, i)) {
                    continue;
                }
                flush(parts, cur);
            } else if (!lineBreak && c != '\t') {
                cur.append(c);
            }
        }
        flush(parts, cur);
        return parts;
    }

    private static boolean continuesOnNextLine(String s, int i) {
        int j = i + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j < s.length() && (s.charAt(j) == '(' || s.charAt(j) == '(');
    }

    private static void flush(List<String> parts, StringBuilder cur) {
        String p = cur.toString().strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
        cur.setLength(0);
    }

    /** True when every part of the text reads as the name of a government body (for layouts without columns). */
    static boolean looksLikeUnits(String text) {
        String t = Chinese.fold(text);
        if (t.isEmpty() || t.length() > 120 || t.contains("。") || t.contains(":") || t.matches(".*\\d.*")) {
            return LABEL.matcher(t).find();
        }
        List<String> parts = parts(Chinese.simplified(text));
        if (parts.isEmpty()) {
            return false;
        }
        for (String p : parts) {
            String bare = LEAD_MARK.matcher(p).replaceAll("").replaceAll("[((][^()()]*[))]", "");
            if (bare.length() < 2
                    || bare.length() > 24
                    || !ORG_END.matcher(bare).matches()) {
                return false;
            }
        }
        return true;
    }

    /** True for a line that opens with a bracket: the rest of the unit above ("(市国资委)"). */
    static boolean isContinuation(String line) {
        String t = line.strip();
        return !t.isEmpty()
                && (t.charAt(0) == '(' || t.charAt(0) == '(')
                && t.length() <= 24
                && looksLikeUnits("市" + t.substring(1).replaceAll("[))]$", ""));
    }
}
