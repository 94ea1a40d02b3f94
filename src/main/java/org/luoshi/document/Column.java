package org.luoshi.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a column of a task table holds, recognised from its header ("牵头单位", "三季度进展情况", 分管市长 …).
 * Extras are checked first because their names overlap the others' (进展状态 is not progress, 完成时限 is not
 * a completion report).
 */
enum Column {
    NUMBER,
    CONTENT,
    /** the name of an indicator, whose target sits in a {@link #TARGET} column */
    INDICATOR,
    TARGET,
    LEAD,
    CO,
    PROGRESS,
    EXTRA;

    private static final Pattern NUMBER_NAME = Pattern.compile("序号|编号|序|号|排序|No\\.?|NO\\.?");
    private static final Pattern EXTRA_NAME =
            Pattern.compile(".*(状态|时限|时间|日期|安排|是否|说明|备注|分管|领导|市长|县长|区长|省长|评价|评估|得分|分值|类别|类型|序时|计划|节点"
                    + "|联系人|责任人|电话|问题|困难|下步|下一步|措施|举措|建议|考核|督查|督办|星级|亮灯|预警|存在).*");
    private static final Pattern CO_NAME = Pattern.compile(".*(配合|协办|协同|参与|会同|协助)(单位|部门).*");
    private static final Pattern LEAD_NAME =
            Pattern.compile(".*(牵头|责任|主办|承办|实施|主体|负责|落实)(单位|部门|处室|科室|领导单位|主体)?.*|.*(单位|部门)");
    private static final Pattern PROGRESS_NAME =
            Pattern.compile(".*(进展|完成情况|推进情况|落实情况|执行情况|工作情况|实施情况|进度情况|办理情况|完成进度|工作进度|推进进度|实际完成|完成值|进度).*");
    private static final Pattern TARGET_NAME = Pattern.compile("(年度|全年|预期|计划|\\d{4}年)?(目标|目标值|指标值)");
    private static final Pattern INDICATOR_NAME = Pattern.compile("(主要)?(指标|指标名称|指标项目|经济指标)");
    private static final Pattern CONTENT_NAME =
            Pattern.compile(".*(工作内容|工作任务|目标任务|任务内容|工作事项|内容与要求|任务和要求|任务及要求|重点工作|主要任务|具体任务|工作目标"
                    + "|任务名称|项目名称|实事项目|重点任务|任务举措|工作要点|主要内容|具体内容|目标要求|任务要求|事项|主要目标|任务目标|目标及任务).*"
                    + "|内容|任务|项目|工作");

    /** A cheap test before {@link #recognise}, which runs on many lines of a text layout. */
    static boolean mayNameNumbers(String line) {
        return line.indexOf('序') >= 0 || line.indexOf('号') >= 0 || line.indexOf('號') >= 0 || line.indexOf('N') >= 0;
    }

    /** The column a header cell names, or null when the text is not a column name at all. */
    static Column recognise(String header) {
        String h = Chinese.fold(header).replaceAll("[()\\[\\]【】:*★▲]", "");
        if (h.isEmpty() || h.length() > 24) {
            return null;
        }
        if (NUMBER_NAME.matcher(h).matches()) {
            return NUMBER;
        }
        if (INDICATOR_NAME.matcher(h).matches()) {
            return INDICATOR;
        }
        if (TARGET_NAME.matcher(h).matches()) {
            return TARGET;
        }
        if (CO_NAME.matcher(h).matches()) {
            return CO;
        }
        if (h.contains("进展") && !h.contains("状态")
                || PROGRESS_NAME.matcher(h).matches() && !EXTRA_NAME.matcher(h).matches()) {
            return PROGRESS;
        }
        if (EXTRA_NAME.matcher(h).matches()) {
            return EXTRA;
        }
        if (CONTENT_NAME.matcher(h).matches()) {
            return CONTENT;
        }
        if (LEAD_NAME.matcher(h).matches()) {
            return LEAD;
        }
        return null;
    }

    /**
     * True when the cells read as the header of a task table: short names, among them a content column and
     * at least one of number, unit or progress.
     */
    static boolean isHeader(List<String> cells) {
        boolean content = false;
        boolean other = false;
        int named = 0;
        for (String c : cells) {
            if (c.isBlank()) {
                continue;
            }
            Column col = recognise(c);
            if (col == null) {
                if (c.length() > 24) {
                    return false;
                }
                continue;
            }
            named++;
            content |= col == CONTENT || col == INDICATOR;
            other |= col == NUMBER || col == LEAD || col == PROGRESS || col == TARGET;
        }
        return content && other && named >= 2;
    }
}
