package org.luoshi.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every figure in a text in one left-to-right pass, without regular expressions on the hot path:
 * a number (Arabic, Chinese, 百分之…, …分之…), an optional range, 余/多, a magnitude, a unit and a
 * comparator word. Numbers that are not quantities are passed over: years and dates (no unit follows),
 * list ordinals ("1.", "(2)", "第一批"), codes and names ("5G", "PM2.5", "4+1", "4#", anything inside
 * “…” quotes, 《…》 titles or 〔…〕 document numbers), and qualifiers of a count ("100亿元以上1个").
 */
final class QuantityScanner {

    private static final String RANGE = "-—–~～至到";
    private static final String SPACES = " \u3000\u00a0\t";
    private static final String MONEY_WORDS = "元资金额值收入费税款利润产出销售贷投融财预算";
    /** Verbs after which a Chinese numeral counts things: "新建两个", "突破千亿". */
    private static final String[] CHINESE_NUMERAL_CUES = {
        "新增", "新建", "建成", "建设", "培育", "引进", "创建", "打造", "完成", "实现", "开工", "新开工", "达到", "达", "超过", "超", "突破", "力争", "累计",
        "共", "新认定", "启动", "上", "近", "增长", "增加", "提高", "下降"
    };

    private final String s;
    private final int n;
    private final boolean target;
    private final List<Mention> out = new ArrayList<>();

    /** Which opening marks the text holds at all: most numbers then need no look-around for them. */
    private final boolean quotes;

    private final boolean corners;
    private final boolean singleQuotes;
    private final boolean titles;
    private final boolean brackets;

    private QuantityScanner(String s, boolean target) {
        this.s = s;
        this.n = s.length();
        this.target = target;
        this.quotes = s.indexOf('“') >= 0;
        this.corners = s.indexOf('「') >= 0;
        this.singleQuotes = s.indexOf('‘') >= 0;
        this.titles = s.indexOf('《') >= 0;
        this.brackets = s.indexOf('〔') >= 0;
    }

    /** All figures in {@code text}; {@code target} selects how 达到 binds (a floor in a target). */
    static List<Mention> scan(String text, boolean target) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        QuantityScanner scanner = new QuantityScanner(text, target);
        scanner.run();
        return Respectively.spread(scanner.out);
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int next;
            if (ChineseNumber.isArabicDigit(c)) {
                next = readArabic(i);
            } else if (c == '百' && startsWith(i, "百分之")) {
                next = readChinesePercent(i);
            } else if (ChineseNumber.isChineseNumeral(c) || c == '几' || c == '数') {
                next = readChinese(i);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
    }

    private int readArabic(int start) {
        int end = ChineseNumber.arabicEnd(s, start);
        BigDecimal value = ChineseNumber.parseArabic(s, start, end);
        int j = end;
        boolean range = false;
        if (j + 1 < n && RANGE.indexOf(s.charAt(j)) >= 0 && ChineseNumber.isArabicDigit(s.charAt(j + 1))) {
            j = ChineseNumber.arabicEnd(s, j + 1);
            range = true;
        }
        if (value == null || blockedOnTheLeft(start)) {
            return skipCode(j);
        }
        return finish(start, j, value, range);
    }

    /** After a rejected number, skip the rest of the code or name it belongs to ("2.5", "4#5#", "1+13"). */
    private int skipCode(int j) {
        int k = j;
        while (k < n
                && k - j < 16
                && (ChineseNumber.isArabicDigit(s.charAt(k))
                        || Units.isAsciiLetter(s.charAt(k))
                        || s.charAt(k) == '.'
                        || s.charAt(k) == '#'
                        || s.charAt(k) == '+'
                        || s.charAt(k) == '-')) {
            k++;
        }
        return k;
    }

    private boolean blockedOnTheLeft(int start) {
        if (start == 0) {
            return false;
        }
        char p = s.charAt(start - 1);
        if (Units.isAsciiLetter(p)
                || p == '+'
                || p == '#'
                || p == '/'
                || p == '.'
                || p == '_'
                || p == '第'
                || p == '〔'
                || p == '['
                || p == '№'
                || p == '＋') {
            return true;
        }
        if ((p == '-' || p == '—' || p == '–')
                && start >= 2
                && (Units.isAsciiLetter(s.charAt(start - 2)) || ChineseNumber.isArabicDigit(s.charAt(start - 2)))) {
            return true;
        }
        return quotes && enclosed(start, '“', '”', 16)
                || corners && enclosed(start, '「', '」', 16)
                || singleQuotes && enclosed(start, '‘', '’', 12)
                || titles && enclosed(start, '《', '》', 80)
                || brackets && enclosed(start, '〔', '〕', 12);
    }

    /** Whether {@code pos} sits inside an open/close pair no wider than {@code reach} on either side. */
    private boolean enclosed(int pos, char open, char close, int reach) {
        int from = Math.max(0, pos - reach);
        boolean opened = false;
        for (int i = pos - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == close || c == '。' || c == '\n') {
                return false;
            }
            if (c == open) {
                opened = true;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        int to = Math.min(n, pos + reach);
        for (int i = pos; i < to; i++) {
            char c = s.charAt(i);
            if (c == close) {
                return true;
            }
            if (c == open || c == '。' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Reads what follows a number ending at {@code j}: 余/多, magnitude, unit, comparator word. Adds a mention
     * when a unit (or a percent) is there; returns where scanning resumes.
     */
    private int finish(int numberStart, int j, BigDecimal value, boolean range) {
        int k = skipSpaces(j, 2);
        boolean approx = false;
        if (k < n && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
            approx = true;
            k++;
        }
        BigDecimal magnitude = BigDecimal.ONE;
        Units.Match mag = Units.magnitudeAt(s, k);
        if (mag != null) {
            magnitude = mag.scale();
            k += mag.length();
            if (!approx && k < n && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
                approx = true;
                k++;
            }
        }
        int unitPos = skipSpaces(k, 1);
        Units.Match unit = Units.unitAt(s, unitPos);
        if (unit == null
                && mag != null
                && unitPos + 1 < n
                && RANGE.indexOf(s.charAt(unitPos)) >= 0
                && ChineseNumber.isArabicDigit(s.charAt(unitPos + 1))) {
            // "1.2万-1.5万人": the unit is written once, after the upper bound; read the lower one.
            int high = ChineseNumber.arabicEnd(s, unitPos + 1);
            Units.Match highMagnitude = Units.magnitudeAt(s, high);
            int highUnit = high + (highMagnitude == null ? 0 : highMagnitude.length());
            Units.Match second = Units.unitAt(s, highUnit);
            if (second != null) {
                unit = second;
                unitPos = highUnit;
                range = true;
            }
        }
        String unitName;
        if (unit != null) {
            k = unitPos + unit.length();
            unitName = unit.unit();
            magnitude = magnitude.multiply(unit.scale());
        } else if (mag != null
                && (magnitude.compareTo(BigDecimal.valueOf(100_000_000)) >= 0
                        || magnitude.compareTo(BigDecimal.valueOf(10_000)) >= 0 && moneyContext(numberStart))) {
            unitName = "元"; // "550亿以上" next to 资金, "突破千亿": an amount of money with 元 left out
        } else {
            return j;
        }
        if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '#')) {
            return skipCode(k);
        }
        if (unitName.equals("千伏")) {
            return k; // "10千伏线路", "220千伏变电站": a voltage class names the line, it counts nothing
        }
        // "4.5%-5%": a range written with the unit on both ends reads as its lower bound.
        if (unitName.equals("%")
                && k + 1 < n
                && RANGE.indexOf(s.charAt(k)) >= 0
                && ChineseNumber.isArabicDigit(s.charAt(k + 1))) {
            int high = ChineseNumber.arabicEnd(s, k + 1);
            Units.Match second = Units.unitAt(s, high);
            if (second != null && second.unit().equals("%")) {
                k = high + second.length();
                range = true;
            }
        }
        Comparison suffix = Cues.suffix(s, k);
        k += Cues.suffixLength(s, k);
        int after = skipSpaces(k, 1);
        if (suffix != null && after < n && (ChineseNumber.isArabicDigit(s.charAt(after)))) {
            return k; // "100亿元以上1个": the figure qualifies the count that follows
        }
        if (SizeClasses.names(s, numberStart, k, unitName, suffix)) {
            return k; // "亩均税收低于5万元企业", "500人以上行政村": the figure says which entities, it counts nothing
        }
        add(numberStart, k, value, magnitude, unitName, range, approx, suffix);
        return k;
    }

    private void add(
            int numberStart,
            int end,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            boolean range,
            boolean approx,
            Comparison suffix) {
        Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
        out.add(Classifier.classify(
                s,
                new Classifier.Reading(numberStart, end, value, magnitude, unit, range, approx, suffix),
                previous,
                target));
    }

    private boolean moneyContext(int pos) {
        int from = Math.max(0, pos - 12);
        for (int i = from; i < pos; i++) {
            if (MONEY_WORDS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int readChinesePercent(int start) {
        int from = start + 3;
        int end = chineseRunEnd(from);
        BigDecimal v = ChineseNumber.parseChinese(s.substring(from, end));
        if (v == null) {
            return end;
        }
        addPercent(start, end, v);
        return end;
    }

    private void addPercent(int start, int end, BigDecimal value) {
        Comparison suffix = Cues.suffix(s, end);
        int k = end + Cues.suffixLength(s, end);
        add(start, k, value, BigDecimal.ONE, "%", false, false, suffix);
    }

    private int readChinese(int start) {
        int begin = start;
        int end = chineseRunEnd(start);
        if (end == start) {
            return end;
        }
        String run = s.substring(start, end);
        boolean fraction = startsWith(end, "分之");
        if (!fraction && !cueEndsAt(start)) {
            return end; // 三项制度改革, 六大领域, 一中心三基地: names, not counts
        }
        if (blockedOnTheLeft(start)) {
            return end;
        }
        if (fraction) {
            int numEnd = chineseRunEnd(end + 2);
            BigDecimal v = ChineseNumber.fraction(run, s.substring(end + 2, numEnd));
            if (v != null) {
                addPercent(start, numEnd, v);
            }
            return numEnd;
        }
        BigDecimal value;
        int numberEnd = end;
        if (run.contains("几") || run.startsWith("数")) {
            value = approximate(run);
            if (value == null) {
                return end;
            }
            return finish(begin, numberEnd, value, true);
        }
        // "千亿", "百亿": a bare magnitude after 突破/超 is one thousand (hundred) of that magnitude.
        if (run.length() >= 2 && (run.charAt(0) == '千' || run.charAt(0) == '百') && onlyUnits(run)) {
            value = run.charAt(0) == '千' ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(100);
            numberEnd = start + 1;
            return finish(begin, numberEnd, value, false);
        }
        // Leave a trailing 万/亿 to the magnitude reader: "两万人" is 2 × 10⁴ 人.
        while (numberEnd - 1 > start && (s.charAt(numberEnd - 1) == '万' || s.charAt(numberEnd - 1) == '亿')) {
            numberEnd--;
        }
        if (onlyUnits(s.substring(start, numberEnd))) {
            return end; // "亿元以上项目": a bare 亿 is a size class, not a count
        }
        value = ChineseNumber.parseChinese(s.substring(start, numberEnd));
        if (value == null || value.signum() == 0) {
            return end;
        }
        return finish(begin, numberEnd, value, false);
    }

    /** 十几 → 11, 几十/数十 → 20, 几百/数百 → 200, 几千/数千 → 2000: lower bounds, read as at least. */
    private static BigDecimal approximate(String run) {
        return switch (run) {
            case "十几" -> BigDecimal.valueOf(11);
            case "几十", "数十" -> BigDecimal.valueOf(20);
            case "几百", "数百" -> BigDecimal.valueOf(200);
            case "几千", "数千" -> BigDecimal.valueOf(2000);
            case "几万", "数万" -> BigDecimal.valueOf(20000);
            default -> null;
        };
    }

    private static boolean onlyUnits(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (!ChineseNumber.isChineseUnit(run.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int chineseRunEnd(int from) {
        int i = from;
        while (i < n && i - from < 12) {
            char c = s.charAt(i);
            boolean numeral = ChineseNumber.isChineseNumeral(c) || c == '几' || (c == '数' && i == from);
            if (!numeral) {
                break;
            }
            // 千瓦/百分点 after a numeral are units: stop before them.
            if ((c == '千' || c == '百') && i > from && Units.unitAt(s, i) != null) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether one of the verbs that introduce a Chinese count ends right before {@code pos}. */
    private boolean cueEndsAt(int pos) {
        for (String cue : CHINESE_NUMERAL_CUES) {
            if (pos >= cue.length() && s.startsWith(cue, pos - cue.length())) {
                return true;
            }
        }
        return false;
    }

    private int skipSpaces(int i, int max) {
        int k = i;
        while (k < n && k - i < max && SPACES.indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private boolean startsWith(int pos, String w) {
        return s.startsWith(w, pos);
    }
}
