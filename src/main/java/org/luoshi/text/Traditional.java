package org.luoshi.text;

/**
 * Reports copied from some portals arrive in Traditional characters. The characters that carry numbers,
 * units and cue words are mapped one for one to Simplified ones, so offsets into the original text stay valid
 * and {@link Quantity#text()} can still be cut from the original.
 */
final class Traditional {

    private static final String FROM =
            "萬億個兩畝噸項輛臺條處戶場數幾長減較達內標準際業務額進實現點為與計劃預約於歲區間張冊隻頭頃單棟餘爭過總輪設產資費稅雙級續價經濟營銷貸補貼線號齊農廠礦運園淨壓規劃開啟動竣驗時歷們這個關應來對從參與億萬";
    private static final String TO =
            "万亿个两亩吨项辆台条处户场数几长减较达内标准际业务额进实现点为与计划预约于岁区间张册只头顷单栋余争过总轮设产资费税双级续价经济营销贷补贴线号齐农厂矿运园净压规划开启动竣验时历们这个关应来对从参与亿万";
    private static final char[] MAP = new char[0x10000];

    static {
        for (int i = 0; i < Math.min(FROM.length(), TO.length()); i++) {
            MAP[FROM.charAt(i)] = TO.charAt(i);
        }
    }

    private Traditional() {}

    /** The same text with the mapped characters simplified; the same length, the same offsets. */
    static String simplify(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char mapped = MAP[s.charAt(i)];
            if (mapped != 0) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = mapped;
            }
        }
        return chars == null ? s : new String(chars);
    }
}
