package org.luoshi.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed number that opens a line or a cell, whatever its style: 1 / 1. / 1、 / (1) / (一) / 一、 / ① /
 * 第五项 / 3.2, and the text after it. Styles are told apart so that a sequence is followed in one style and a
 * style above it reads as a heading.
 */
record Numbering(Style style, int value, String printed, String rest) {

    enum Style {
        /** 一、 */
        CHINESE,
        /** (一) */
        CHINESE_PAREN,
        /** 第五项 */
        ORDINAL,
        /** 1. 1、 or a bare 1 */
        ARABIC,
        /** (1) */
        ARABIC_PAREN,
        /** ① */
        CIRCLED,
        /** 3.2 */
        SUB
    }

    private static final Pattern SUB =
            Pattern.compile("^(\\d{1,3})[.\\-](\\d{1,3})(?![\\d%])[.、]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC = Pattern.compile(
            "^(\\d{1,4})(?:\\s*[.、](?![\\d%])|\\s+|$|(?=[\\u4e00-\\u9fa5\u201C\"]))\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC_PAREN =
            Pattern.compile("^[(]\\s*(\\d{1,4})\\s*[)][.、]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十百]{1,4})\\s*[、.]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE_PAREN =
            Pattern.compile("^[(]\\s*([一二三四五六七八九十百]{1,4})\\s*[)][、.]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ORDINAL =
            Pattern.compile("^第([一二三四五六七八九十百\\d]{1,4})(项|条|个)[.、:,]?\\s*(.*)$", Pattern.DOTALL);
    private static final String CIRCLED_DIGITS = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469"
            + "\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";

    /** The number a text opens with, or null. The text is read with ASCII punctuation. */
    static Numbering of(String text) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            return null;
        }
        char c = t.charAt(0);
        if (c >= '0' && c <= '9') {
            Matcher sub = SUB.matcher(t);
            if (sub.matches() && !looksLikeDecimalFigure(t, sub.end(2))) {
                return new Numbering(
                        Style.SUB,
                        Integer.parseInt(sub.group(1)) * 1000 + Integer.parseInt(sub.group(2)),
                        sub.group(1) + "." + sub.group(2),
                        sub.group(3).strip());
            }
            Matcher m = ARABIC.matcher(t);
            if (m.matches() && !startsWithFigure(m.group(2))) {
                return new Numbering(
                        Style.ARABIC,
                        Integer.parseInt(m.group(1)),
                        m.group(1),
                        m.group(2).strip());
            }
            return null;
        }
        if (c == '(') {
            Matcher m = ARABIC_PAREN.matcher(t);
            if (m.matches()) {
                return new Numbering(
                        Style.ARABIC_PAREN,
                        Integer.parseInt(m.group(1)),
                        m.group(1),
                        m.group(2).strip());
            }
            m = CHINESE_PAREN.matcher(t);
            if (m.matches()) {
                return chinese(Style.CHINESE_PAREN, m.group(1), "(" + m.group(1) + ")", m.group(2));
            }
            return null;
        }
        int circled = CIRCLED_DIGITS.indexOf(c);
        if (circled >= 0) {
            return new Numbering(
                    Style.CIRCLED,
                    circled + 1,
                    String.valueOf(c),
                    t.substring(1).strip());
        }
        if (c == '第') {
            Matcher m = ORDINAL.matcher(t);
            if (m.matches()) {
                return chinese(Style.ORDINAL, m.group(1), "第" + m.group(1) + m.group(2), m.group(3));
            }
            return null;
        }
        if ("一二三四五六七八九十".indexOf(c) >= 0) {
            Matcher m = CHINESE.matcher(t);
            if (m.matches()) {
                return chinese(Style.CHINESE, m.group(1), m.group(1) + "、", m.group(2));
            }
        }
        return null;
    }

    private static Numbering chinese(Style style, String digits, String printed, String rest) {
        int v = digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : value(digits);
        return v <= 0 ? null : new Numbering(style, v, printed, rest.strip());
    }

    /** 一 … 九百九十九, as ordinals are printed; -1 for anything else. */
    static int value(String chinese) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < chinese.length(); i++) {
            char c = chinese.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百') {
                total += (digit < 0 ? 1 : digit) * (c == '十' ? 10 : 100);
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    /** "2022年", "15个", "80%": a figure, not a number that opens an item. */
    private static boolean startsWithFigure(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        char c = rest.charAt(0);
        return c == '年' || c == '月' || c == '日' || c == '%' || c == '个' || c == '万' || c == '亿' || c == '元' || c == '家'
                || c == '所' || c == '项' || c == '公' || c == '千' || c == '米' || c == '人' || c == '户' || c == '条'
                || c == '座' || c == '次' || c == '辆' || c == '套' || c == '台' || c == '名' || c == '处' || c == '件'
                || c == '张' || c == '间' || c == '类' || c == '倍' || c == '号' || c == '期' || c == '批' || c == '栋'
                || c == '层' || c == '吨' || c == '亩';
    }

    /** "3.2%", "3.25亿元": a decimal figure, not a sub-number. */
    private static boolean looksLikeDecimalFigure(String t, int end) {
        return end < t.length() && startsWithFigure(t.substring(end));
    }

    /** The number as {@link TaskRow#number()} keeps it: "3", "3.2", "(一)". */
    String label() {
        return switch (style) {
            case ARABIC, ARABIC_PAREN -> String.valueOf(value);
            case SUB -> printed;
            case CIRCLED -> String.valueOf(value);
            default -> printed.endsWith("、") ? printed.substring(0, printed.length() - 1) : printed;
        };
    }
}
