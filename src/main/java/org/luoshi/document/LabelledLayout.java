package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph layouts where each task is a numbered paragraph followed (or interrupted) by labelled parts:
 * "1.新建改建污水管网10公里。" / "责任单位:市建设局" / "完成情况:已完成12公里。"
 */
final class LabelledLayout {

    private static final Pattern TASK_START =
            Pattern.compile("^\\s*(?:[((](\\d{1,5})[))]|(\\d{1,5})\\s*[.、.](?!\\d))\\s*(.*)$");
    /** "责任单位:…", also in brackets: "【责任单位】…", "[完成情况]:…". */
    private static final Pattern LABEL =
            Pattern.compile("[【\\[]?(工作内容|主要工作任务|目标任务|任务内容|工作任务|工作事项|内容|牵头单位|责任单位|牵头部门|责任部门|具体责任单位|牵头责任单位|主办单位"
                    + "|配合单位|协办单位|进展情况|完成情况|推进情况|落实情况|工作进展|执行情况|目前进展|[一二三四]?季度进展情况|前三季度完成情况|全年完成情况"
                    + "|完成时限|完成时间|时间节点|进度安排|分管市长|分管副市长|分管县长|分管区长|分管领导|责任领导|牵头领导|牵头市领导|责任人|联系人"
                    + "|备注|说明)(?:\\s*[::]|[】\\]]\\s*[::]?)");

    private LabelledLayout() {}

    static Parsed read(List<String> lines) {
        if (lines == null) {
            return null;
        }
        List<TaskRow> tasks = new ArrayList<>();
        List<String> around = new ArrayList<>();
        boolean abridged = false;
        boolean sawLabel = false;
        RowBuilder row = null;
        String field = "content";
        String group = "";
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String f = Chinese.fold(line);
            if (Furniture.isEnd(f)) {
                break;
            }
            if (f.isEmpty() || Furniture.isFurniture(f)) {
                continue;
            }
            if (Furniture.isAbridgedMark(f)) {
                abridged = true;
                continue;
            }
            Matcher start = TASK_START.matcher(line);
            // Inside a progress text "2.…" is usually an item of the progress; a task opens only where labels follow.
            if (start.matches()
                    && number(start) == expected
                    && (!field.equals("progress") || labelBeforeNextNumber(lines, i))) {
                add(row, tasks);
                row = new RowBuilder(String.valueOf(number(start))).group(group);
                expected = number(start) + 1;
                field = "content";
                line = start.group(3);
            } else if (Groups.isHeading(line)
                    && !hasLabel(line)
                    && (row == null || !field.equals("progress") || labelWithin(lines, i + 1, 3))) {
                group = line;
                continue;
            } else if (row == null) {
                around.add(line);
                continue;
            }
            line = row.takeInlineUnits(line);
            Matcher label = LABEL.matcher(Chinese.simplified(line));
            int at = 0;
            while (label.find()) {
                put(row, field, line.substring(at, label.start()));
                field = field(label.group(1));
                at = label.end();
                sawLabel = true;
            }
            put(row, field, line.substring(at));
        }
        add(row, tasks);
        return sawLabel ? new Parsed(tasks, List.of(), around, abridged) : null;
    }

    /** True when the line itself, or a line before the next numbered one, carries a label. */
    private static boolean labelBeforeNextNumber(List<String> lines, int at) {
        if (hasLabel(lines.get(at))) {
            return true;
        }
        for (int i = at + 1; i < lines.size() && i < at + 6; i++) {
            if (hasLabel(lines.get(i))) {
                return true;
            }
            if (TASK_START.matcher(lines.get(i)).matches()) {
                return false;
            }
        }
        return false;
    }

    private static boolean labelWithin(List<String> lines, int from, int count) {
        for (int i = from; i < lines.size() && i < from + count; i++) {
            if (hasLabel(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLabel(String line) {
        return LABEL.matcher(Chinese.simplified(line)).find();
    }

    private static int number(Matcher m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String field(String label) {
        if (label.contains("配合") || label.contains("协办")) {
            return "co";
        }
        if (label.contains("单位") || label.contains("部门")) {
            return "lead";
        }
        if (label.contains("情况") || label.contains("进展")) {
            return "progress";
        }
        if (label.contains("内容") || label.contains("任务") || label.contains("事项")) {
            return "content";
        }
        return label;
    }

    private static void put(RowBuilder row, String field, String text) {
        String t = text.strip().replaceAll("^[;;,,))]+|[;;,,((]+$", "").strip();
        if (t.isEmpty()) {
            return;
        }
        switch (field) {
            case "content" -> row.content(t);
            case "lead" -> row.units(t.replaceAll("[))]$", "").replaceAll("^[((]", ""), false);
            case "co" -> row.units(t, true);
            case "progress" -> row.progress(t);
            default -> row.extra(field, t);
        }
    }

    private static void add(RowBuilder row, List<TaskRow> tasks) {
        if (row != null && !row.isEmpty()) {
            tasks.add(row.build());
        }
    }
}
