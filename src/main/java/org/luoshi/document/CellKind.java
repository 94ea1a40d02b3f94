package org.luoshi.document;

import java.util.regex.Pattern;

/**
 * What one cell holds, judged by its text alone: the evidence columns are classified by when their header
 * names are unknown or absent.
 */
enum CellKind {
    EMPTY,
    NUMBER,
    UNITS,
    PERSON,
    STATUS,
    DEADLINE,
    PERCENT,
    PROGRESS,
    TEXT,
    SHORT;

    private static final Pattern PERSON_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}([、,/ ][\\u4e00-\\u9fa5]{2,3})*");
    private static final Pattern LEADER =
            Pattern.compile("[\\u4e00-\\u9fa5]{0,4}?(常务)?副?(省长|市长|州长|县长|区长|旗长|镇长|乡长|书记|秘书长|主任|局长|部长|主席)([、,/ ].*)?");
    private static final Keywords STATUS_WORDS = Keywords.of(
            "达序推进", "序时推进", "按序推进", "按序时", "超序时", "慢于序时", "滞后", "已完成", "未完成", "完成任务", "超额完成", "基本完成", "正常推进", "推进中",
            "进行中", "未启动", "已启动", "预计完成", "绿灯", "黄灯", "红灯");
    private static final Pattern YES_NO = Pattern.compile("是|否|√|×|完成|未完成|已完成|正常|滞后|较慢|缓慢|达标|未达标");
    private static final Pattern DEADLINE_TEXT = Pattern.compile(
            "(\\d{4}年)?(\\d{1,2}月(底|前|份|末)?|年底|年内|全年|长期|持续推进|(上|下)半年|[一二三四1-4]季度(末)?|\\d{4}年(底|前)?)(前|底|完成)?"
                    + "([、,至\\-—~](\\d{4}年)?(\\d{1,2}月(底|前|份|末)?|年底))*");
    private static final Pattern PERCENT_TEXT = Pattern.compile("\\d{1,3}(\\.\\d+)?%([((].*)?");
    private static final Keywords PERIOD_MARKS = Keywords.of(
            "月", "季度", "上半年", "下半年", "截至", "截止", "目前", "已", "累计", "完成", "正在", "开工", "建成", "推进", "同比", "增长", "全年", "年底",
            "%");

    /** The kind of a cell's text (already folded to ASCII punctuation). */
    static CellKind of(String cell) {
        String t = cell == null ? "" : Chinese.fold(cell);
        if (t.isEmpty() || t.equals("/") || t.equals("-") || t.equals("—") || t.equals("无")) {
            return EMPTY;
        }
        if (RowBuilder.isNumber(t)
                || Numbering.of(t) != null && Numbering.of(t).rest().isEmpty()) {
            return NUMBER;
        }
        if (t.length() <= 14 && PERCENT_TEXT.matcher(t).matches()) {
            return PERCENT;
        }
        if (t.length() <= 8 && (YES_NO.matcher(t).matches() || STATUS_WORDS.in(t))) {
            return STATUS;
        }
        if (t.length() <= 24 && DEADLINE_TEXT.matcher(t).matches()) {
            return DEADLINE;
        }
        if (Units.looksLikeUnits(cell)) {
            return UNITS;
        }
        if (t.length() <= 24
                && (LEADER.matcher(t).matches()
                        || t.length() <= 11 && PERSON_NAME.matcher(t).matches() && !PERIOD_MARKS.in(t))) {
            return PERSON;
        }
        if (t.length() <= 10 && STATUS_WORDS.in(t)) {
            return STATUS;
        }
        if (t.length() >= 12 && PERIOD_MARKS.in(t)) {
            return PROGRESS;
        }
        return t.length() >= 8 ? TEXT : SHORT;
    }

    /** True for the kinds a progress report is made of. */
    boolean reports() {
        return this == PROGRESS || this == PERCENT;
    }
}
