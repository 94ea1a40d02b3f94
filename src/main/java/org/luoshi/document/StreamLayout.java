package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table copied from a portal page as text: one cell per line, blank lines between cells, a progress cell
 * running over several paragraphs, and each row opening with a line that holds only its number. The header
 * (one name per line, or all names on one line) gives the column order; the progress column is the only one
 * that takes many paragraphs, so the columns before it are read from the front of a row and the columns
 * after it from the back.
 */
final class StreamLayout {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000\\u00A0]{1,}");
    private static final Pattern RUN_TOGETHER = Pattern.compile("^[((]?(\\d{1,4})[))]?[.、.]?[ \\t\\u3000\\u00A0]+\\S.*");

    private StreamLayout() {
    }

    /** Null when the lines hold no header naming the columns. */
    static Parsed read(List<String> lines) {
        int[] header = findHeader(lines);
        if (header == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = header[0]; i < header[1]; i++) {
            String f = Chinese.foldKeepingSpaces(lines.get(i));
            for (String name : f.split(" ")) {
                if (!name.isEmpty()) {
                    headers.add(name);
                    columns.add(Column.recognise(name));
                }
            }
        }
        List<String> around = new ArrayList<>(lines.subList(0, header[0]));
        List<TaskRow> tasks = new ArrayList<>();
        boolean abridged = false;
        String group = "";
        String number = null;
        List<List<String>> paragraphs = new ArrayList<>();
        int expected = 1;
        boolean linePerCell = !blankSeparated(lines, header[1]);
        for (int i = header[1]; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String f = Chinese.fold(line);
            if (Furniture.isEnd(f)) {
                break;
            }
            if (Furniture.isAbridgedMark(f)) {
                abridged = true;
                continue;
            }
            if (Furniture.isFurniture(f)) {
                continue;
            }
            List<String> cells = null;
            if (RowBuilder.isNumber(line)) {
                cells = List.of(line);
            } else if (RUN_TOGETHER.matcher(line).matches() && startsRow(line, expected)) {
                cells = List.of(SPACES.split(line));
            }
            if (cells == null && Groups.isHeading(line) && nextRowStartsAt(lines, i + 1)) {
                finish(number, paragraphs, columns, headers, group, tasks);
                number = null;
                group = line;
                continue;
            }
            if (cells != null) {
                finish(number, paragraphs, columns, headers, group, tasks);
                number = cells.get(0);
                expected = Integer.parseInt(RowBuilder.normalNumber(number)) + 1;
                for (String c : cells.subList(1, cells.size())) {
                    paragraphs.add(new ArrayList<>(List.of(c)));
                }
                continue;
            }
            if (number == null) {
                if (!line.isEmpty()) {
                    around.add(line);
                }
                continue;
            }
            if (line.isEmpty()) {
                if (!paragraphs.isEmpty() && !paragraphs.get(paragraphs.size() - 1).isEmpty()) {
                    paragraphs.add(new ArrayList<>());
                }
            } else {
                if (paragraphs.isEmpty() || linePerCell) {
                    paragraphs.add(new ArrayList<>());
                }
                paragraphs.get(paragraphs.size() - 1).add(line);
            }
        }
        finish(number, paragraphs, columns, headers, group, tasks);
        return new Parsed(tasks, headers, around, abridged);
    }

    /** Whether cells are set apart by blank lines; without them every line is a cell of its own. */
    private static boolean blankSeparated(List<String> lines, int from) {
        int blanks = 0;
        int rows = 0;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                blanks++;
            } else if (RowBuilder.isNumber(l)) {
                rows++;
            }
        }
        return blanks >= rows;
    }

    private static boolean startsRow(String line, int expected) {
        var m = RUN_TOGETHER.matcher(line);
        return m.matches() && Integer.parseInt(m.group(1)) == expected && SPACES.split(line.strip()).length >= 3;
    }

    private static boolean nextRowStartsAt(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 4; i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty()) {
                return RowBuilder.isNumber(l) || RUN_TOGETHER.matcher(l).matches() || Groups.isHeading(l);
            }
        }
        return false;
    }

    /** [first, end) of the header lines, or null. */
    static int[] findHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.length() > 80) {
                continue;
            }
            List<String> oneLine = List.of(SPACES.split(Chinese.foldKeepingSpaces(line)));
            if (oneLine.size() >= 3 && Column.isHeader(oneLine) && oneLine.stream().allMatch(c -> Column.recognise(c) != null)) {
                return new int[] {i, i + 1};
            }
            if (line.length() > 16 || Column.recognise(line) == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            int j = i;
            int last = i;
            while (j < lines.size() && j < i + 24) {
                String l = lines.get(j).strip();
                if (!l.isEmpty()) {
                    if (l.length() > 16 || Column.recognise(l) == null) {
                        break;
                    }
                    names.add(l);
                    last = j;
                }
                j++;
            }
            if (names.size() >= 2 && Column.isHeader(names)) {
                return new int[] {i, last + 1};
            }
        }
        return null;
    }

    private static void finish(String number, List<List<String>> paragraphs, List<Column> columns, List<String> headers, String group,
                               List<TaskRow> tasks) {
        if (number == null) {
            paragraphs.clear();
            return;
        }
        paragraphs.removeIf(List::isEmpty);
        RowBuilder row = new RowBuilder(number).group(group);
        Cells.assign(row, paragraphs, columns, headers);
        if (!row.isEmpty()) {
            tasks.add(row.build());
        }
        paragraphs.clear();
    }
}
