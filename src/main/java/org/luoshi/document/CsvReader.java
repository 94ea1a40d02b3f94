package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/** CSV (RFC 4180 quoting; comma, semicolon or tab, whichever the first lines use most). */
final class CsvReader {

    private CsvReader() {}

    static ReadDocument read(String text) {
        return StructuralReader.read(blocks(text), "");
    }

    static List<Block> blocks(String text) {
        char sep = separator(text);
        List<Block> blocks = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == sep) {
                row.add(cell.toString().strip());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                add(blocks, row);
                row = new ArrayList<>();
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString().strip());
            add(blocks, row);
        }
        return blocks;
    }

    /** One-cell rows are lines (a title above the table), so metadata and group headings read as in text. */
    private static void add(List<Block> blocks, List<String> row) {
        long filled = row.stream().filter(c -> !c.isEmpty()).count();
        if (filled == 0) {
            blocks.add(Block.line(""));
        } else if (filled == 1 && !row.get(0).isEmpty() && !RowBuilder.isNumber(row.get(0))) {
            blocks.add(Block.line(row.get(0)));
        } else {
            blocks.add(Block.row(row));
        }
    }

    private static char separator(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096));
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}
