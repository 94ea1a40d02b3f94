package org.luoshi.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML pages: portal pages with the task table as a {@code <table>} (often inside layout tables, so only
 * tables without nested tables are read as rows), or with one paragraph per cell. Block elements become
 * lines, so the text layouts apply when there is no table.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "nav",
            "aside",
            "main",
            "center",
            "form",
            "blockquote",
            "pre",
            "tr",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "caption",
            "hr",
            "address",
            "figure",
            "figcaption",
            "td",
            "th");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "select", "option", "button", "iframe", "svg", "head");

    private HtmlReader() {}

    static ReadDocument read(String html) {
        Document doc = Jsoup.parse(html);
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(doc.body(), blocks, line);
        flush(blocks, line);
        String h1 = doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text();
        return StructuralReader.read(blocks, h1.isBlank() ? doc.title() : h1);
    }

    private static void walk(Element e, List<Block> out, StringBuilder line) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                line.append(t.getWholeText().replaceAll("[\\r\\n\\t ]+", " "));
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(out, line);
                } else if (tag.equals("table")
                        && c.selectFirst("table table") == null
                        && c.select("table").size() == 1) {
                    flush(out, line);
                    rows(c, out);
                } else if (BLOCKS.contains(tag)) {
                    flush(out, line);
                    walk(c, out, line);
                    flush(out, line);
                } else {
                    walk(c, out, line);
                }
            }
        }
    }

    private static void flush(List<Block> out, StringBuilder line) {
        String s = line.toString().replace('\u00A0', ' ').strip();
        if (!s.isEmpty()) {
            out.add(Block.line(s));
        }
        line.setLength(0);
    }

    /** A table's rows, with rowspan cells repeated below so that every row carries its unit. */
    private static void rows(Element table, List<Block> out) {
        Map<Integer, Object[]> pending = new HashMap<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                col = fillPending(pending, cells, col);
                String text = cellText(td);
                cells.add(text);
                int span = parse(td.attr("rowspan"));
                if (span > 1) {
                    pending.put(col, new Object[] {text, span - 1});
                }
                col++;
                int colspan = Math.min(parse(td.attr("colspan")), 50);
                for (int k = 1; k < colspan; k++) {
                    cells.add("");
                    col++;
                }
            }
            fillPending(pending, cells, col);
            while (pending.containsKey(col)) {
                col = fillPending(pending, cells, col);
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                out.add(Block.row(cells));
            }
        }
    }

    private static int fillPending(Map<Integer, Object[]> pending, List<String> cells, int col) {
        while (pending.containsKey(col)) {
            Object[] p = pending.get(col);
            cells.add((String) p[0]);
            int left = (Integer) p[1] - 1;
            if (left <= 0) {
                pending.remove(col);
            } else {
                p[1] = left;
            }
            col++;
        }
        return col;
    }

    private static int parse(String s) {
        try {
            return s.isBlank() ? 1 : Math.max(1, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String cellText(Element td) {
        List<Block> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(td, lines, line);
        flush(lines, line);
        StringBuilder b = new StringBuilder();
        for (Block l : lines) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(CellRows.text(l));
        }
        return b.toString();
    }
}
