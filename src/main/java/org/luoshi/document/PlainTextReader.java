package org.luoshi.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text: a portal page copied as text, pipe tables (| 序号 | 工作内容 | … |), tab-separated rows pasted
 * from a spreadsheet, or labelled paragraphs.
 */
final class PlainTextReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?[\\s:|\\-—]+\\|?$");

    private PlainTextReader() {}

    static ReadDocument read(String text) {
        return StructuralReader.read(blocks(text), "");
    }

    static List<Block> blocks(String text) {
        String[] lines = LINE_BREAK.split(org.luoshi.text.Fold.ascii(text), -1);
        List<Block> blocks = new ArrayList<>(lines.length);
        for (String line : lines) {
            String l = line.strip();
            if (l.length() > 2 && (l.startsWith("|") ? count(l, '|') >= 3 : count(l, '|') >= 2)) {
                // A pipe row with or without a leading pipe; a trailing " |" or "||" closes it.
                if (!PIPE_SEPARATOR.matcher(l).matches()) {
                    String inner = l.replaceAll("\\|+$", "");
                    inner = inner.startsWith("|") ? inner.substring(1) : inner;
                    blocks.add(Block.row(Arrays.stream(inner.split("\\|", -1))
                            .map(c -> c.strip().replace("<br>", "\n"))
                            .toList()));
                }
            } else if (count(line, '\t') >= 2) {
                blocks.add(Block.row(
                        Arrays.stream(line.split("\\t", -1)).map(String::strip).toList()));
            } else {
                blocks.add(Block.line(l));
            }
        }
        return blocks;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
