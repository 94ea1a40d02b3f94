package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The cell stage for a text table whose rows carry no number: the unit cell, recognised by its look, anchors
 * each row. With the unit before the progress, a row starts as many cells before its unit as there are columns
 * before the unit; with the unit last, a row ends at its unit. Gives the rows as {@link TextTable} does.
 */
final class UnitAnchoredRows {

    private UnitAnchoredRows() {}

    /** @param out the blocks so far (the lines above the header), to which the header and the rows are added */
    static TextTable.Made cells(
            List<String> lines,
            int from,
            List<Column> columns,
            List<String> headers,
            List<Block> out,
            boolean linePerCell) {
        List<String> paragraphs = new ArrayList<>();
        String abridgedMark = null;
        StringBuilder cur = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String f = Chinese.fold(line);
            if (Furniture.isEnd(f)) {
                break;
            }
            if (Furniture.isAbridgedMark(f)) {
                abridgedMark = line;
                continue;
            }
            if (Furniture.isFurniture(f)) {
                continue;
            }
            if (line.isEmpty() || linePerCell) {
                flush(paragraphs, cur);
            }
            if (!line.isEmpty()) {
                if (!cur.isEmpty()) {
                    cur.append('\n');
                }
                cur.append(line);
            }
        }
        flush(paragraphs, cur);
        int leadAt = columns.indexOf(Column.LEAD);
        int progressAt = columns.indexOf(Column.PROGRESS);
        if (leadAt < 0) {
            return null;
        }
        java.util.Map<Integer, List<Column>> headerRows = java.util.Map.of(out.size(), columns);
        out.add(Block.row(headers));
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Units.looksLikeUnits(paragraphs.get(i)) && !Units.isContinuation(paragraphs.get(i))) {
                anchors.add(i);
            }
        }
        boolean unitFirst = progressAt < 0 || leadAt < progressAt;
        String group = "";
        String emitted = "";
        int previousEnd = 0;
        for (int k = 0; k < anchors.size(); k++) {
            int start = unitFirst ? Math.max(previousEnd, anchors.get(k) - leadAt) : previousEnd;
            int end = unitFirst
                    ? (k + 1 < anchors.size() ? Math.max(start + 1, anchors.get(k + 1) - leadAt) : paragraphs.size())
                    : anchors.get(k) + 1;
            while (end < paragraphs.size() && !unitFirst && Units.isContinuation(paragraphs.get(end))) {
                end++;
            }
            for (int i = previousEnd; i < start; i++) {
                // A heading above the first row of a section ("一、…" right after the header) heads the rows below it.
                if (Groups.isHeading(paragraphs.get(i))) {
                    group = paragraphs.get(i);
                }
            }
            List<List<String>> cells = new ArrayList<>();
            for (int i = start; i < end; i++) {
                cells.add(List.of(paragraphs.get(i)));
            }
            String nextGroup = group;
            if (cells.size() > 1 && Groups.isHeading(cells.get(cells.size() - 1).get(0)) && k + 1 < anchors.size()) {
                nextGroup = cells.remove(cells.size() - 1).get(0);
            }
            if (!cells.isEmpty() && Groups.isHeading(cells.get(0).get(0)) && cells.size() > columns.size() - 1) {
                group = cells.remove(0).get(0);
                nextGroup = group;
            }
            if (!group.equals(emitted)) {
                // The row stage takes a heading line as the group of the rows below it.
                out.add(Block.line(group));
                emitted = group;
            }
            out.add(Block.row(Cells.assign(cells, columns)));
            group = nextGroup;
            previousEnd = end;
        }
        if (abridgedMark != null) {
            out.add(Block.line(abridgedMark));
        }
        return new TextTable.Made(out, headerRows);
    }

    private static void flush(List<String> paragraphs, StringBuilder cur) {
        if (!cur.isEmpty()) {
            paragraphs.add(cur.toString());
            cur.setLength(0);
        }
    }
}
