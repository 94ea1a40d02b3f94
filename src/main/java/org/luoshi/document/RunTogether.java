package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells with nothing between them: a header run together ("序号内容与要求完成情况责任单位"), rows run together
 * ("1新建城市书房15个。已建成11个。市文广旅体局"), or a whole table flattened onto one line. The header is split
 * into the column names it is made of; each row by content: its number at the start, a unit list at the end,
 * the task sentence, then the progress sentences. Runs only on text without table rows.
 */
final class RunTogether {

    private static final int MAX_NAME = 10;
    /** A sentence that reports rather than asks: where the progress cell begins. */
    private static final Pattern PROGRESS_START =
            Pattern.compile("^(已|目前|截至|截止|正在|累计|今年以来|当前|现已|基本完成|全面完成|完成|\\d{1,2}-\\d{1,2}月|前三季度|上半年|一季度)");

    private RunTogether() {}

    static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<Column> header = null;
        boolean printedHeader = false;
        boolean changed = false;
        for (Block b : blocks) {
            if (b instanceof Block.Row r) {
                // A header printed with its cells: rows under it may still be run together.
                if (Column.isHeader(r.cells()) && Column.recognise(r.cells().get(0)) == Column.NUMBER) {
                    header = r.cells().stream().map(Column::recognise).toList();
                    printedHeader = true;
                }
                out.add(b);
                continue;
            }
            String text = ((Block.Line) b).text().strip();
            if (header == null && (text.startsWith("序") || text.startsWith("编号"))) {
                List<String> names = names(text);
                if (names != null) {
                    header = names.stream().map(Column::recognise).toList();
                    out.add(Block.row(names));
                    String rest =
                            text.substring(String.join("", names).length()).strip();
                    if (!rest.isEmpty()) {
                        rows(rest, header, out);
                    }
                    changed = true;
                    continue;
                }
            }
            if (header != null && startsWithNumber(text) && (!printedHeader || runTogetherRow(text, header))) {
                rows(text, header, out);
                changed = true;
            } else {
                out.add(b);
            }
        }
        return changed ? out : blocks;
    }

    /** Under a printed header, a line is a row run together only when nothing separates it and a unit ends it. */
    private static boolean runTogetherRow(String text, List<Column> header) {
        return text.indexOf(' ') < 0
                && text.indexOf('\t') < 0
                && isUnit(header.get(header.size() - 1))
                && unitTail(text) >= 0;
    }

    /** The column names a run-together header is made of; null when it is none. */
    static List<String> names(String line) {
        int end = 0;
        while (end < line.length()
                && !Character.isDigit(line.charAt(end))
                && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        List<String> shortest = new ArrayList<>();
        if (!segment(line.substring(0, end), 0, shortest)) {
            return null;
        }
        List<String> names = joined(shortest);
        if (names.size() < 3 || Column.recognise(names.get(0)) != Column.NUMBER || !Column.isHeader(names)) {
            return null;
        }
        return names;
    }

    private static boolean segment(String s, int from, List<String> names) {
        if (from == s.length()) {
            return true;
        }
        for (int to = from + 2; to <= Math.min(s.length(), from + MAX_NAME); to++) {
            String name = s.substring(from, to);
            Column kind = Column.recognise(name);
            if (kind != null && (from > 0 || kind == Column.NUMBER) && !opensWithJunk(name)) {
                names.add(name);
                if (segment(s, to, names)) {
                    return true;
                }
                names.remove(names.size() - 1);
            }
        }
        return false;
    }

    /** "与要求完成情况": words that name nothing before a name; they belong to the name before. */
    private static boolean opensWithJunk(String name) {
        for (int i = 2; i <= name.length() - 2; i++) {
            if (Column.recognise(name.substring(0, i)) == null && Column.recognise(name.substring(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The shortest names first, then neighbours of one column joined again: "责任" + "单位". */
    private static List<String> joined(List<String> names) {
        List<String> out = new ArrayList<>();
        Column before = null;
        for (String n : names) {
            Column kind = Column.recognise(n);
            if (kind == before && kind != null) {
                out.set(out.size() - 1, out.get(out.size() - 1) + n);
            } else {
                out.add(n);
            }
            before = kind;
        }
        return out;
    }

    private static boolean startsWithNumber(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** One or more rows on one line: each opens with the next number after the unit list that ends the last. */
    private static void rows(String text, List<Column> header, List<Block> out) {
        int at = 0;
        while (at < text.length()) {
            int numEnd = at;
            while (numEnd < text.length() && Character.isDigit(text.charAt(numEnd))) {
                numEnd++;
            }
            if (numEnd == at) {
                out.add(Block.line(text.substring(at)));
                return;
            }
            int n = Integer.parseInt(text.substring(at, Math.min(numEnd, at + 6)));
            int next = nextRow(text, numEnd, n + 1, header);
            String row = text.substring(at, next);
            out.add(Block.row(cells(
                    row.substring(0, numEnd - at), row.substring(numEnd - at).strip(), header)));
            at = next;
        }
    }

    private static int nextRow(String text, int from, int number, List<Column> header) {
        String want = Integer.toString(number);
        boolean unitLast = isUnit(header.get(header.size() - 1));
        for (int i = text.indexOf(want, from); i > from; i = text.indexOf(want, i + 1)) {
            int after = i + want.length();
            boolean alone = !Character.isDigit(text.charAt(i - 1))
                    && after < text.length()
                    && !Character.isDigit(text.charAt(after))
                    && text.charAt(after) != '%'
                    && text.charAt(after) != '.';
            String before = text.substring(from, i);
            if (alone && (unitLast ? unitTail(before) >= 0 : before.endsWith("。"))) {
                return i;
            }
        }
        return text.length();
    }

    /** The cells of one row in the header's columns: number, then the body shared out by content. */
    static List<String> cells(String number, String body, List<Column> header) {
        String[] cells = new String[header.size()];
        java.util.Arrays.fill(cells, "");
        int first = 0;
        int last = header.size() - 1;
        if (header.get(0) == Column.NUMBER) {
            cells[0] = number;
            first = 1;
        }
        if (last >= first && isUnit(header.get(last))) {
            int cut = unitTail(body);
            if (cut >= 0) {
                cells[last] = body.substring(cut).strip();
                body = body.substring(0, cut).strip();
            }
            last--;
        }
        int content = -1;
        int progress = -1;
        for (int c = first; c <= last; c++) {
            Column col = header.get(c);
            if (content < 0 && (col == Column.CONTENT || col == Column.INDICATOR)) {
                content = c;
            } else if (progress < 0 && col == Column.PROGRESS) {
                progress = c;
            }
        }
        if (content < 0) {
            content = first;
        }
        if (progress < 0) {
            cells[content] = body;
        } else {
            int cut = progressStart(body);
            cells[content] = body.substring(0, cut).strip();
            cells[progress] = body.substring(cut).strip();
        }
        return List.of(cells);
    }

    /** Where the unit list at the end of a row begins (after its last sentence or a share), or -1; never after a bare count ("11个市局"). */
    private static int unitTail(String body) {
        int cut = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            char c = body.charAt(i);
            if ("。;!?%".indexOf(c) >= 0) {
                cut = i + 1;
                break;
            }
        }
        String tail = body.substring(cut).strip();
        return !tail.isEmpty() && cut > 0 && Units.looksLikeUnits(tail) ? cut : -1;
    }

    /** Where the progress begins: the first sentence after the task that reports; else the second sentence. */
    private static int progressStart(String body) {
        int second = -1;
        for (int i = 0; i < body.length() - 1; i++) {
            if ("。;!".indexOf(body.charAt(i)) >= 0) {
                if (second < 0) {
                    second = i + 1;
                }
                if (PROGRESS_START.matcher(body.substring(i + 1)).find()) {
                    return i + 1;
                }
            }
        }
        return second < 0 ? body.length() : second;
    }

    private static boolean isUnit(Column c) {
        return c == Column.LEAD || c == Column.CO;
    }
}
