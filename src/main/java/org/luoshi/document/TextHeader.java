package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header of a table copied as text ({@link TextTable}): all names on one line set apart by spaces, one name
 * per line, or names the vocabulary does not know, told by the first row's bare "1" right after them.
 */
final class TextHeader {

    static final Pattern SPACES = Pattern.compile("[ \\t\\u3000\\u00A0]{1,}");

    private TextHeader() {}

    /** [first, end) of the header lines, or null. */
    static int[] find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.length() > 80) {
                continue;
            }
            List<String> oneLine = List.of(SPACES.split(Chinese.foldKeepingSpaces(line)));
            if (oneLine.size() >= 3
                    && Column.isHeader(oneLine)
                    && oneLine.stream().allMatch(c -> Column.recognise(c) != null)) {
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
                    // One name per line: names are short; a title broken over lines ("…重点工作和十方面") is none.
                    if (Chinese.fold(l).length() > 12 || Column.recognise(l) == null) {
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
            int[] unknown = namedByRows(lines, i);
            if (unknown != null) {
                return unknown;
            }
        }
        return null;
    }

    /**
     * A header whose names the vocabulary does not all know ("项目内容", "当前进度"): from a line naming the
     * number column, three or more short names, one per line, with the first row's bare "1" right after them.
     * The columns are then read by their cells.
     */
    private static int[] namedByRows(List<String> lines, int from) {
        if (Column.recognise(lines.get(from)) != Column.NUMBER) {
            return null;
        }
        int names = 0;
        int last = from;
        for (int j = from; j < lines.size() && j < from + 24; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (RowBuilder.isNumber(l)) {
                return names >= 3 && RowBuilder.leading(l) == 1 ? new int[] {from, last + 1} : null;
            }
            String f = Chinese.fold(l);
            if (f.length() > 10 || f.matches(".*[\\d\u3002,;:!?].*")) {
                return null;
            }
            names++;
            last = j;
        }
        return null;
    }
}
