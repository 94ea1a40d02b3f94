package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares the paragraphs of one row of a text layout out to its columns. Only the progress column spans many
 * paragraphs; the unit column may take a second line ("(市国资委)") and is recognised by its look when the
 * task text runs over more than one paragraph.
 */
final class Cells {

    private Cells() {
    }

    static void assign(RowBuilder row, List<List<String>> paragraphs, List<Column> header, List<String> headerNames) {
        List<Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != Column.NUMBER) {
                columns.add(header.get(i));
                names.add(headerNames.get(i));
            }
        }
        List<String> texts = paragraphs.stream().map(p -> String.join("\n", p)).toList();
        int progressAt = columns.indexOf(Column.PROGRESS);
        if (progressAt < 0) {
            progressAt = columns.size();
        }
        int front = 0;
        int back = texts.size();
        for (int c = 0; c < progressAt && front < back; c++) {
            Column col = columns.get(c);
            Column next = c + 1 < columns.size() ? columns.get(c + 1) : null;
            if ((col == Column.CONTENT || col == Column.INDICATOR) && isUnit(next)) {
                int unitAt = firstUnit(texts, front + 1, Math.min(back, front + 4));
                int end = unitAt < 0 ? front + 1 : unitAt;
                for (int i = front; i < end; i++) {
                    row.content(texts.get(i));
                }
                front = end;
            } else if (isUnit(col)) {
                StringBuilder cell = new StringBuilder(texts.get(front++));
                while (front < back && (Units.isContinuation(texts.get(front)) || endsOpen(cell) && Units.looksLikeUnits(texts.get(front)))) {
                    cell.append('\n').append(texts.get(front++));
                }
                row.units(cell.toString(), col == Column.CO);
            } else {
                put(row, col, names.get(c), texts.get(front++));
            }
        }
        for (int c = columns.size() - 1; c > progressAt && back > front; c--) {
            Column col = columns.get(c);
            if (isUnit(col)) {
                int from = back - 1;
                while (from - 1 >= front && Units.isContinuation(texts.get(from)) && Units.looksLikeUnits(texts.get(from - 1))) {
                    from--;
                }
                row.units(String.join("\n", texts.subList(from, back)), col == Column.CO);
                back = from;
            } else {
                put(row, col, names.get(c), texts.get(--back));
            }
        }
        for (int i = front; i < back; i++) {
            if (progressAt < columns.size()) {
                row.progress(texts.get(i));
            } else {
                row.content(texts.get(i));
            }
        }
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

    private static void put(RowBuilder row, Column col, String name, String text) {
        switch (col == null ? Column.EXTRA : col) {
            case CONTENT, INDICATOR -> row.content(text);
            case PROGRESS -> row.progress(text);
            case TARGET -> row.contentTail(text);
            default -> row.extra(name, text);
        }
    }
}
