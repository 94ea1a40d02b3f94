package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares the paragraphs of one row of a text table out to its columns. Only the progress column spans many
 * paragraphs; the unit column may take a second line ("(市国资委)") and is recognised by its look when the
 * task text runs over more than one paragraph.
 */
final class Cells {

    private Cells() {}

    /**
     * @param paragraphs the row's paragraphs after its number, each a list of lines
     * @param header     the columns, the number column included (its cell is left empty for the caller)
     * @return one cell per column of the header, paragraphs of one cell joined by a line break
     */
    static List<String> assign(List<List<String>> paragraphs, List<Column> header) {
        List<Column> columns = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != Column.NUMBER) {
                columns.add(header.get(i));
                at.add(i);
            }
        }
        List<StringBuilder> out = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            out.add(new StringBuilder());
        }
        Sink row = (c, text) -> append(out.get(at.get(c)), text);
        List<String> texts = new ArrayList<>(
                paragraphs.stream().map(p -> String.join("\n", p)).toList());
        int progressAt = columns.indexOf(Column.PROGRESS);
        int contentAt = contentColumn(columns);
        if (progressAt < 0) {
            progressAt = columns.size();
        }
        int[] span = {0, texts.size()};
        fromTheFront(texts, columns, progressAt, span, row);
        fromTheBack(texts, columns, progressAt, span, row);
        int front = span[0];
        int back = span[1];
        for (int i = front; i < back; i++) {
            row.put(progressAt < columns.size() ? progressAt : contentAt, texts.get(i));
        }
        List<String> cells = new ArrayList<>(out.size());
        out.forEach(b -> cells.add(b.toString()));
        return cells;
    }

    /** The columns before the progress, each taking the next paragraph (a task text or a unit cell may take more). */
    private static void fromTheFront(List<String> texts, List<Column> columns, int progressAt, int[] span, Sink row) {
        for (int c = 0; c < progressAt && span[0] < span[1]; c++) {
            Column col = columns.get(c);
            Column next = c + 1 < columns.size() ? columns.get(c + 1) : null;
            if ((col == Column.CONTENT || col == Column.INDICATOR) && isUnit(next)) {
                int unitAt = firstUnit(texts, span[0] + 1, Math.min(span[1], span[0] + 4));
                if (unitAt < 0 && splitRunTogether(texts, span[0])) {
                    span[1]++;
                    unitAt = span[0] + 1;
                }
                int end = unitAt < 0 ? span[0] + 1 : unitAt;
                for (int i = span[0]; i < end; i++) {
                    row.put(c, texts.get(i));
                }
                span[0] = end;
            } else if (isUnit(col)) {
                if (droppedUnitCell(columns, c, texts.get(span[0]))) {
                    continue;
                }
                StringBuilder cell = new StringBuilder(texts.get(span[0]++));
                while (span[0] < span[1]
                        && (Units.isContinuation(texts.get(span[0]))
                                || endsOpen(cell) && Units.looksLikeUnits(texts.get(span[0])))) {
                    cell.append('\n').append(texts.get(span[0]++));
                }
                row.put(c, cell.toString());
            } else {
                row.put(c, texts.get(span[0]++));
            }
        }
    }

    /** The columns after the progress, from the last paragraph backwards. */
    private static void fromTheBack(List<String> texts, List<Column> columns, int progressAt, int[] span, Sink row) {
        for (int c = columns.size() - 1; c > progressAt && span[1] > span[0]; c--) {
            Column col = columns.get(c);
            if (isUnit(col)) {
                if (droppedUnitCell(columns, c, texts.get(span[1] - 1))) {
                    continue;
                }
                int from = span[1] - 1;
                while (from - 1 >= span[0]
                        && Units.isContinuation(texts.get(from))
                        && Units.looksLikeUnits(texts.get(from - 1))) {
                    from--;
                }
                row.put(c, String.join("\n", texts.subList(from, span[1])));
                span[1] = from;
            } else {
                row.put(c, texts.get(--span[1]));
            }
        }
    }

    private interface Sink {
        void put(int column, String text);
    }

    /** The task text's column: the first content or indicator column, else the first column. */
    private static int contentColumn(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == Column.CONTENT || columns.get(c) == Column.INDICATOR) {
                return c;
            }
        }
        return 0;
    }

    private static void append(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append('\n');
        }
        b.append(text.strip());
    }

    /**
     * Cells run together on one line: "建成茶山大桥。 市交通局" or "市交通局 已完工。". Splits the unit off into a
     * paragraph of its own right after the task text; false when neither line has one.
     */
    private static boolean splitRunTogether(List<String> texts, int content) {
        String text = texts.get(content);
        int cut = lastSpace(text);
        if (cut > 0 && Units.looksLikeUnits(text.substring(cut + 1))) {
            texts.set(content, text.substring(0, cut).strip());
            texts.add(content + 1, text.substring(cut + 1));
            return true;
        }
        if (content + 1 < texts.size()) {
            String next = texts.get(content + 1);
            int space = firstSpace(next);
            if (space > 0 && Units.looksLikeUnits(next.substring(0, space))) {
                texts.set(content + 1, next.substring(0, space));
                texts.add(content + 2, next.substring(space + 1).strip());
                return true;
            }
        }
        return false;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i > 0; i--) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static int firstSpace(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A portal page copied as text drops empty cells: where a co-unit column (or a second lead column) meets a
     * paragraph that is no unit list ("已建成5G基站820个。"), its cell was empty and the paragraph belongs to the
     * next column. The first lead column is never skipped, as its units need not look like anything.
     */
    private static boolean droppedUnitCell(List<Column> columns, int c, String text) {
        boolean secondary = columns.get(c) == Column.CO || columns.indexOf(Column.LEAD) != c;
        return secondary && !Units.looksLikeUnits(text) && !Units.isContinuation(text);
    }

    private static boolean isUnit(Column c) {
        return c == Column.LEAD || c == Column.CO;
    }

    private static boolean endsOpen(CharSequence cell) {
        char last = cell.charAt(cell.length() - 1);
        return last == '、' || last == ',' || last == ',' || last == '/';
    }

    private static int firstUnit(List<String> texts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Units.looksLikeUnits(texts.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
