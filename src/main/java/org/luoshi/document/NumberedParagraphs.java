package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph row shape of the {@link StructuralReader}: each task is a numbered paragraph, in whatever numbering style (1. / 1、 / (1) / (一)),
 * followed (or interrupted) by labelled parts ("责任单位:市建设局", "完成情况:…"), carrying its units inline
 * ("[牵头单位:…;责任单位:…]", "(…,X牵头,Y配合)"), or sitting under a heading that names its lead unit
 * ("一、县示范区管委会牵头工作"). The task numbering style is the one whose items carry the evidence; styles
 * above it are headings, under which the sequence may restart at 1; numbered items of a progress text are not
 * tasks.
 */
final class NumberedParagraphs {

    /** "责任单位:…", also in brackets: "【责任单位】…", "[完成情况]:…". */
    private static final Pattern LABEL =
            Pattern.compile("[【\\[]?(工作内容|主要工作任务|目标任务|任务内容|工作任务|工作事项|内容|牵头单位|责任单位|牵头部门|责任部门|具体责任单位|牵头责任单位|主办单位"
                    + "|配合单位|协办单位|进展情况|完成情况|推进情况|落实情况|工作进展|执行情况|目前进展|[一二三四]?季度进展情况|前三季度完成情况|全年完成情况"
                    + "|完成时限|完成时间|时间节点|进度安排|分管市长|分管副市长|分管县长|分管区长|分管领导|分管市领导|分管县领导|责任领导|牵头领导|牵头市领导|责任人|联系人"
                    + "|部门分工|备注|说明)(?:\\s*[::]|[】\\]]\\s*[::]?)");
    /** "(分管副省长负责,省发展改革委牵头,省财政厅配合)": who does a task, in brackets at its end. */
    private static final Pattern RESPONSIBILITY =
            Pattern.compile("[(]([^()]{0,300}?(牵头|配合|参与)[^()]{0,300}?)([)][\u3002;]?)?\\s*$");
    /** "一、县示范区管委会牵头工作(8项)", "一、王市长牵头重点工作": a heading over a unit's or a leader's tasks. */
    private static final Pattern TASK_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十]{1,3}[)])?\\s*(.{2,40}?)(牵头|主抓|负责|分管)(的)?(重点)?(工作|任务|事项)");
    /** Titles of documents that assign tasks (分工, 分解, 任务清单). */
    private static final Pattern ASSIGNMENT = Pattern.compile("分工|分解|任务清单|责任清单|任务书|台账");

    private NumberedParagraphs() {}

    static Parsed read(List<String> lines) {
        if (lines == null) {
            return null;
        }
        int n = lines.size();
        Numbering[] numbers = new Numbering[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = numbering(lines.get(i));
        }
        boolean[] evidence = new boolean[n];
        int[] votes = new int[Numbering.Style.values().length];
        for (int i = 0; i < n; i++) {
            if (numbers[i] != null && labelled(lines, numbers, i)) {
                evidence[i] = true;
                votes[numbers[i].style().ordinal()]++;
            }
        }
        Numbering.Style style = null;
        for (Numbering.Style s : Numbering.Style.values()) {
            if (s != Numbering.Style.CHINESE || votes[s.ordinal()] >= 2) {
                if (votes[s.ordinal()] > 0 && (style == null || votes[s.ordinal()] >= votes[style.ordinal()])) {
                    style = s;
                }
            }
        }
        boolean assignment = assignmentTitle(lines);
        if (style == null) {
            style = Numbering.Style.ARABIC;
        }
        return read(lines, numbers, evidence, style, assignment);
    }

    private static Parsed read(
            List<String> lines, Numbering[] numbers, boolean[] evidence, Numbering.Style style, boolean assignment) {
        List<TaskRow> tasks = new ArrayList<>();
        List<String> around = new ArrayList<>();
        boolean abridged = false;
        boolean sawEvidence = false;
        RowBuilder row = null;
        String field = "content";
        String group = "";
        boolean taskHeading = false;
        String headingUnit = "";
        boolean restart = true;
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
            Numbering num = numbers[i];
            boolean inSequence =
                    num != null && num.style() == style && (num.value() == expected || num.value() == 1 && restart);
            boolean opens = inSequence
                    && (evidence[i]
                            || taskHeading
                            || assignment && !group.isEmpty() && style != Numbering.Style.CHINESE
                            || row != null && num.value() == expected && !field.equals("progress"));
            if (opens) {
                add(row, tasks, headingUnit);
                sawEvidence |= evidence[i] || taskHeading || assignment;
                row = new RowBuilder(num.label()).group(group);
                expected = num.value() + 1;
                restart = false;
                field = "content";
                line = num.rest();
            } else if (num != null && num.style().ordinal() < style.ordinal() && !hasLabel(line)
                    || Groups.isHeading(line)
                            && !hasLabel(line)
                            && (row == null || !field.equals("progress") || labelWithin(lines, i + 1, 3))) {
                add(row, tasks, headingUnit);
                row = null;
                group = line;
                Matcher heading = TASK_HEADING.matcher(f);
                taskHeading = heading.find();
                headingUnit =
                        taskHeading && Units.looksLikeUnits(unitOf(heading.group(1))) ? unitOf(heading.group(1)) : "";
                restart = true;
                continue;
            } else if (row == null) {
                around.add(line);
                continue;
            }
            line = takeResponsibility(row, row.takeInlineUnits(line));
            Matcher label = LABEL.matcher(Chinese.simplified(line));
            int at = 0;
            while (label.find()) {
                put(row, field, line.substring(at, label.start()));
                field = field(label.group(1));
                at = label.end();
                sawEvidence = true;
            }
            field = put(row, field, line.substring(at));
        }
        add(row, tasks, headingUnit);
        return sawEvidence ? new Parsed(tasks, List.of(), around, abridged) : null;
    }

    /** Numbered lines that may open a task; sub-numbers (3.2) and circled numbers belong to progress texts. */
    private static Numbering numbering(String line) {
        Numbering n = Numbering.of(line);
        if (n == null
                || n.rest().isEmpty()
                || n.style() == Numbering.Style.CIRCLED
                || n.style() == Numbering.Style.SUB) {
            return null;
        }
        return n;
    }

    /** True when the numbered line, or a line before the next numbered one or heading, names who does it. */
    private static boolean labelled(List<String> lines, Numbering[] numbers, int at) {
        if (hasLabel(lines.get(at)) || RESPONSIBILITY.matcher(lines.get(at)).find()) {
            return true;
        }
        for (int i = at + 1; i < lines.size() && i < at + 8; i++) {
            String l = lines.get(i);
            if (numbers[i] != null || Groups.isHeading(l)) {
                return false;
            }
            if (hasLabel(l) || RESPONSIBILITY.matcher(l).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean assignmentTitle(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 12; i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                seen++;
                if (l.length() <= 80 && ASSIGNMENT.matcher(Chinese.fold(l)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String unitOf(String named) {
        return named.replaceAll("^(由|各)", "").strip();
    }

    /**
     * "(分管副省长负责,省发展改革委牵头,省财政厅、省税务局配合)": the units that lead and those that help; the
     * leaders who answer for it are no units. Returns the text without the brackets.
     */
    static String takeResponsibility(RowBuilder row, String text) {
        Matcher m = RESPONSIBILITY.matcher(text);
        if (!m.find()) {
            return text;
        }
        for (String part : m.group(1).split("[,;]")) {
            String p = part.strip();
            if (p.endsWith("牵头") || p.endsWith("分别牵头")) {
                row.units(p.replaceAll("(分别)?牵头$", ""), false);
            } else if (p.endsWith("配合") || p.endsWith("参与") || p.endsWith("协助")) {
                row.units(p.substring(0, p.length() - 2), true);
            }
        }
        return text.substring(0, m.start()) + text.substring(m.end());
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

    private static String field(String label) {
        if (label.contains("配合") || label.contains("协办")) {
            return "co";
        }
        if (label.contains("单位") || label.contains("部门") && !label.contains("分工")) {
            return "lead";
        }
        if (label.contains("分工")) {
            return "split";
        }
        if (label.contains("情况") || label.contains("进展")) {
            return "progress";
        }
        if (label.contains("内容") || label.contains("任务") || label.contains("事项")) {
            return "content";
        }
        return label;
    }

    /** Puts a part under its label; returns the field the next part goes to. */
    private static String put(RowBuilder row, String field, String text) {
        String t = text.strip().replaceAll("^[;,)]+|[;,(]+$", "").strip();
        if (t.isEmpty()) {
            return field;
        }
        switch (field) {
            case "content" -> row.content(t);
            case "lead", "co" -> {
                // "牵头单位:市民政局。其中,高龄津贴发放进度较慢…": the unit ends with its sentence.
                int end = t.indexOf('\u3002');
                String units = end >= 0 ? t.substring(0, end) : t;
                row.units(units.replaceAll("[)]$", "").replaceAll("^[(]", ""), field.equals("co"));
                if (end >= 0 && end + 1 < t.length()) {
                    row.progress(t.substring(end + 1).strip());
                    return "progress";
                }
            }
            case "split" -> takeResponsibility(row, "(" + t.replaceAll("[\u3002;]$", "") + ")");
            case "progress" -> row.progress(t);
            default -> row.extra(field, t);
        }
        return field;
    }

    private static void add(RowBuilder row, List<TaskRow> tasks, String headingUnit) {
        if (row != null && !row.isEmpty()) {
            if (!headingUnit.isEmpty() && !row.hasUnits()) {
                row.units(headingUnit, false);
            }
            tasks.add(row.build());
        }
    }
}
