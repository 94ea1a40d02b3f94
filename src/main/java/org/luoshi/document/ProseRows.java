package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph row shapes of the {@link StructuralReader} for task lists written as prose rather than as a table
 * or numbered list: items named with their number
 * in the plan ("一是实施…工程(第三项)正在…;二是…", "N.指标名(第K项):…"), and one paragraph per project, its name
 * the first sentence and its progress the rest ("棚户区改造工程。全年完成…").
 */
final class ProseRows {

    /** "实施近视防控教室照明改造工程(第三项)正在开展…": an item, its number in the plan, what follows it. */
    private static final Pattern NAMED_ITEM = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}是|\\d{1,3}[.、])?([^、;:,。()]{3,60}(?:[(][^()]{1,12}[)][^、;:,。()]{0,20})?)"
                    + "[(](第[一二三四五六七八九十百\\d]{1,5}项)[)]:?([^;、。]*)");
    /** Words that open a progress report: a project's name is the sentence before them. */
    private static final Pattern REPORT_OPENING = Pattern.compile(
            "^(截至|截止|全年|上半年|前三季度|今年以来|年内|目前|已|累计|\\d{1,2}[-—至~]\\d{1,2}月|\\d{1,2}月(底|末|份)?|一季度|二季度|三季度|四季度|共|新增|完成|建成)");

    private ProseRows() {}

    /** Items named with their plan number, two or more in a paragraph; null when there are none. */
    static Parsed namedItems(List<String> lines) {
        List<TaskRow> tasks = new ArrayList<>();
        List<String> around = new ArrayList<>();
        String group = "";
        for (String line : lines) {
            String l = line.strip();
            String f = Chinese.fold(l);
            if (f.isEmpty() || Furniture.isFurniture(f)) {
                continue;
            }
            if (Groups.isHeading(l)) {
                group = l;
                continue;
            }
            Matcher m = NAMED_ITEM.matcher(l);
            List<int[]> spans = new ArrayList<>();
            List<String[]> found = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                found.add(
                        new String[] {m.group(1).strip(), m.group(2), m.group(3).strip()});
            }
            if (found.size() < 2) {
                around.add(l);
                continue;
            }
            // "其中5项已完成,分别是:" / "滞后项目:": what the list says of all its items leads each item's progress.
            String preamble = preamble(l.substring(0, spans.get(0)[0]));
            for (String[] item : found) {
                String name = item[0].replaceAll("^(分别是|分别为|是|有|包括)[:]?", "").strip();
                RowBuilder row = new RowBuilder(item[1]).group(group).content(name);
                String progress =
                        item[2].isEmpty() ? preamble : (preamble.isEmpty() ? item[2] : preamble + ":" + item[2]);
                row.progress(progress);
                tasks.add(row.build());
            }
        }
        return tasks.isEmpty() ? null : new Parsed(tasks, List.of(), around, false);
    }

    private static String preamble(String before) {
        String p = before.strip()
                .replaceAll("[:,]+$", "")
                .replaceAll("(分别是|分别为|包括)$", "")
                .replaceAll("[:,]+$", "");
        int cut = Math.max(p.lastIndexOf('\u3002'), Math.max(p.lastIndexOf(')'), p.lastIndexOf(',')));
        p = cut >= 0 ? p.substring(cut + 1) : p;
        p = p.replaceAll("(分别是|分别为)$", "").replaceAll("[:,]+$", "").strip();
        return p.length() > 30 ? "" : p;
    }

    /**
     * One paragraph per project: three or more paragraphs in a row, each a short name ending with the first
     * "。" and then a report opening with a period or a completion word. Null when there are not three.
     */
    static Parsed projects(List<String> lines) {
        List<TaskRow> tasks = new ArrayList<>();
        List<String> around = new ArrayList<>();
        List<TaskRow> run = new ArrayList<>();
        String group = "";
        for (String line : lines) {
            String l = line.strip();
            String f = Chinese.fold(l);
            if (f.isEmpty()) {
                continue;
            }
            if (Furniture.isEnd(f)) {
                break;
            }
            if (Furniture.isFurniture(f)) {
                continue;
            }
            TaskRow project = project(l, group);
            if (project != null) {
                run.add(project);
                continue;
            }
            if (run.size() >= 3) {
                tasks.addAll(run);
            } else {
                run.forEach(t -> around.add(t.content() + "\u3002" + t.progress()));
            }
            run.clear();
            if (Groups.isHeading(l)) {
                group = l;
            } else {
                around.add(l);
            }
        }
        if (run.size() >= 3) {
            tasks.addAll(run);
        }
        return tasks.isEmpty() ? null : new Parsed(tasks, List.of(), around, false);
    }

    private static TaskRow project(String paragraph, String group) {
        int end = paragraph.indexOf('\u3002');
        if (end < 4 || end > 48 || end + 1 >= paragraph.length()) {
            return null;
        }
        String name = paragraph.substring(0, end).strip();
        String rest = paragraph.substring(end + 1).strip();
        if (name.indexOf(',') >= 0 || name.indexOf(':') >= 0 || name.indexOf(';') >= 0) {
            return null;
        }
        String r = rest.replaceAll("^[,\\s]+", "");
        if (!REPORT_OPENING.matcher(r).find()) {
            return null;
        }
        return new RowBuilder("").group(group).content(name).progress(rest).build();
    }
}
