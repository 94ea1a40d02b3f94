package org.luoshi.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Magnitudes and units after a number. 万/亿/千/百 multiply ("1.8万人" is 1.8 × 10⁴ 人), but 千瓦, 千克,
 * 千米 and 百分点 are units in their own right, so the unit table is consulted before a magnitude is read.
 */
final class Units {

    /** A unit read at some position: its length in the text, the canonical base unit and a scale. */
    record Match(int length, String unit, BigDecimal scale) {}

    /** Written form → canonical unit; scale converts written units into the canonical one (GW → 10⁶ 千瓦). */
    private record Entry(String written, String unit, BigDecimal scale, String notFollowedBy) {}

    private static final List<Entry> ENTRIES = new ArrayList<>();
    /** Entries by their first character, longest first: a unit look-up touches only a few. */
    private static final Map<Character, List<Entry>> BY_FIRST = new HashMap<>();

    static {
        // Percent-like first: "个百分点" must win over "个".
        add("个百分点", "百分点");
        add("百分点", "百分点");
        add("%", "%");
        add("％", "%");
        add("‰", "‰");
        // Money.
        add("元", "元", "旦宵素首");
        add("美元", "美元");
        add("欧元", "欧元");
        add("港元", "港元");
        add("港币", "港元");
        add("人民币", "元");
        // Power and energy: 千瓦 is a unit, not 千 × 瓦.
        add("千瓦时", "千瓦时");
        add("千瓦", "千瓦");
        add("兆瓦", "兆瓦");
        add("度电", "千瓦时");
        add("千伏安", "千伏安");
        add("千伏", "千伏");
        add("kV", "千伏");
        add("kWh", "千瓦时");
        add("kW", "千瓦");
        add("MW", "千瓦", BigDecimal.valueOf(1000));
        add("GW", "千瓦", BigDecimal.valueOf(1_000_000));
        // Length, area, volume, weight.
        add("千米", "公里");
        add("公里", "公里");
        add("km", "公里");
        add("米", "米", "粉饭");
        add("平方公里", "平方公里");
        add("平方千米", "平方公里");
        add("平方米", "平方米");
        add("㎡", "平方米");
        add("公顷", "公顷");
        add("亩", "亩");
        add("立方米", "立方米");
        add("立方", "立方米");
        add("m³", "立方米");
        add("空方", "空方");
        add("方", "方", "面案式向法针位阵可便能舟言圆");
        add("千克", "千克");
        add("公斤", "千克");
        add("kg", "千克");
        add("吨", "吨");
        add("标箱", "标箱");
        add("标准箱", "标箱");
        add("TEU", "标箱");
        add("载重吨", "载重吨");
        add("微克/立方米", "微克/立方米");
        add("毫克/升", "毫克/升");
        add("单位", "单位");
        // People and counts. A character that often starts an unrelated word is excluded by what follows it.
        add("人次", "人次");
        add("人", "人", "民才口员均次工");
        add("名", "名", "校单录次牌片额称义");
        add("位", "位", "于居列置");
        add("户", "户", "籍型外口");
        add("家", "家", "庭乡园长属");
        add("个", "个", "人体性案别月");
        add("项", "项", "目");
        add("套", "套", "餐");
        add("所", "所", "有在以属得需谓");
        add("座", "座", "谈");
        add("艘", "艘");
        add("条", "条", "例件款");
        add("辆", "辆");
        add("台", "台", "风湾阶账");
        add("件", "件");
        add("栋", "栋");
        add("幢", "幢");
        add("间", "间", "隔");
        add("张", "张");
        add("床", "床");
        add("宗", "宗", "旨");
        add("处", "处", "置理罚于长分");
        add("起", "起", "来步草诉");
        add("场次", "场次");
        add("场", "场", "所地景馆");
        add("单次", "单次");
        add("次", "次", "要生");
        add("支", "支", "持出付");
        add("部", "部", "门署分");
        add("只", "只", "有要是能");
        add("头", "头", "部");
        add("株", "株");
        add("棵", "棵");
        add("尾", "尾");
        add("篇", "篇");
        add("册", "册");
        add("倍", "倍");
        add("个工作日", "工作日");
        add("工作日", "工作日");
        add("小时", "小时");
        add("分钟", "分钟");
        add("天", "天", "然津下");
        add("批次", "批次");
        add("对", "对", "接口外象比于话标策应照待");
        add("门", "门", "户店槛类诊口前");
        add("口", "口", "岸径号碑罩味感头袋语气");
        ENTRIES.sort(Comparator.comparingInt((Entry e) -> e.written().length()).reversed());
        for (Entry e : ENTRIES) {
            BY_FIRST.computeIfAbsent(e.written().charAt(0), c -> new ArrayList<>())
                    .add(e);
        }
    }

    private Units() {}

    private static void add(String written, String unit) {
        add(written, unit, BigDecimal.ONE, "");
    }

    private static void add(String written, String unit, String notFollowedBy) {
        add(written, unit, BigDecimal.ONE, notFollowedBy);
    }

    private static void add(String written, String unit, BigDecimal scale) {
        add(written, unit, scale, "");
    }

    private static void add(String written, String unit, BigDecimal scale, String notFollowedBy) {
        ENTRIES.add(new Entry(written, unit, scale, notFollowedBy));
    }

    /** The longest unit written at {@code pos}, or null. A trailing "/unit" makes a compound: "元/吨". */
    static Match unitAt(CharSequence s, int pos) {
        Match m = single(s, pos);
        if (m == null) {
            return null;
        }
        int slash = pos + m.length();
        if (slash < s.length() && s.charAt(slash) == '/' && !m.unit().contains("/")) {
            Match denominator = single(s, slash + 1);
            if (denominator != null && denominator.scale().compareTo(BigDecimal.ONE) == 0) {
                return new Match(m.length() + 1 + denominator.length(), m.unit() + "/" + denominator.unit(), m.scale());
            }
            if (slash + 1 < s.length() && (s.charAt(slash + 1) == '日' || s.charAt(slash + 1) == '年')) {
                return new Match(m.length() + 2, m.unit() + "/" + s.charAt(slash + 1), m.scale());
            }
        }
        return m;
    }

    private static Match single(CharSequence s, int pos) {
        int n = s.length();
        if (pos >= n) {
            return null;
        }
        List<Entry> candidates = BY_FIRST.get(s.charAt(pos));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String w = e.written();
            if (pos + w.length() <= n && regionMatches(s, pos, w)) {
                int after = pos + w.length();
                if (after < n && e.notFollowedBy().indexOf(s.charAt(after)) >= 0 && !bound(s, after)) {
                    continue;
                }
                if (isAsciiLetter(w.charAt(w.length() - 1)) && after < n && isAsciiLetter(s.charAt(after))) {
                    continue; // "km" inside "kms…" or a code
                }
                return new Match(w.length(), e.unit(), e.scale());
            }
        }
        return null;
    }

    /**
     * The multiplier written at {@code pos}: 万, 亿, 千, 百, and stacks of them (千万, 百亿, 万亿), as long as
     * the characters do not start a unit (千瓦, 百分点). Returns the length read and the factor, or null.
     */
    static Match magnitudeAt(CharSequence s, int pos) {
        int i = pos;
        BigDecimal factor = BigDecimal.ONE;
        int n = s.length();
        while (i < n && i - pos < 4) {
            char c = s.charAt(i);
            BigDecimal f = switch (c) {
                case '十' -> i + 1 < n && (s.charAt(i + 1) == '万' || s.charAt(i + 1) == '亿') ? BigDecimal.TEN : null;
                case '百' -> BigDecimal.valueOf(100);
                case '千' -> BigDecimal.valueOf(1000);
                case '万' -> BigDecimal.valueOf(10_000);
                case '亿' -> BigDecimal.valueOf(100_000_000);
                default -> null;
            };
            if (f == null || single(s, i) != null && (c == '千' || c == '百')) {
                break;
            }
            factor = factor.multiply(f);
            i++;
        }
        return i == pos ? null : new Match(i - pos, "", factor);
    }

    /** "5所以上", "3个以内": a comparator right after the unit, whatever word its first character could start. */
    private static boolean bound(CharSequence s, int pos) {
        return pos + 1 < s.length() && s.charAt(pos) == '以' && "上下内".indexOf(s.charAt(pos + 1)) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean regionMatches(CharSequence s, int pos, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(pos + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Units that measure money, so a bare "550亿" next to 资金 is read as 元. */
    static boolean isMoney(String unit) {
        return unit.equals("元") || unit.endsWith("元");
    }
}
