package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.text.Fold;

/**
 * Finds the layout of a document from its blocks, whatever format they came from: a table with a header
 * row, else a text table with one cell per line, else paragraphs with labels (责任单位:… 完成情况:…).
 */
final class LayoutDetector {

    private LayoutDetector() {}

    /**
     * @param pageTitle a title the format carries outside the text (HTML {@code <title>}), or ""
     * @throws UnreadableDocumentException when no layout yields a task
     */
    static ReadDocument read(List<Block> printed, String pageTitle) {
        List<Block> blocks = RunTogether.split(folded(printed));
        Parsed parsed = null;
        String layout = "";
        if (blocks.stream().anyMatch(b -> b instanceof Block.Row)) {
            parsed = TableLayout.read(blocks);
            layout = "table";
        }
        List<String> lines = empty(parsed) ? lines(blocks) : List.of();
        if (empty(parsed)) {
            TextTable.Made cells = TextTable.cells(lines);
            parsed = cells == null ? null : TableLayout.read(cells.blocks(), cells.headers());
            layout = "text-table";
        }
        if (empty(parsed)) {
            parsed = LabelledLayout.read(lines);
            layout = "numbered-paragraphs";
        }
        if (empty(parsed)) {
            parsed = ParagraphLayouts.namedItems(lines);
            layout = "named-items";
        }
        if (empty(parsed)) {
            parsed = ParagraphLayouts.projects(lines);
            layout = "project-paragraphs";
        }
        if (empty(parsed)) {
            // Not "expected a header": say what the document seems to be (a notice, a bulletin, a summary).
            throw new UnreadableDocumentException(DocumentKind.of(lines).message());
        }
        List<TaskRow> tasks = parsed.tasks();
        if (firstListedLeads(blocks)) {
            tasks = tasks.stream().map(LayoutDetector::firstLeads).toList();
        }
        List<String> progress =
                tasks.stream().map(TaskRow::progress).filter(p -> !p.isEmpty()).toList();
        DocumentMeta meta = DocumentMeta.read(parsed.around(), pageTitle, parsed.headers(), progress);
        return new ReadDocument(
                meta.title(),
                meta.government(),
                meta.year(),
                meta.periodLabel(),
                meta.periodEnd(),
                meta.expectedShare(),
                meta.disclosure(),
                tasks,
                Findings.of(tasks, parsed.abridged()),
                Confidence.of(layout, tasks, parsed.columns()));
    }

    private static List<String> lines(List<Block> blocks) {
        List<String> lines = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            lines.add(TableLayout.text(b));
        }
        return lines;
    }

    private static boolean empty(Parsed p) {
        return p == null || p.tasks().isEmpty();
    }

    /**
     * Every block as the reader reads it, whatever its format: full-width punctuation as ASCII, one char for one
     * char ({@link Fold#ascii}), so that every pattern names the ASCII twin only. Inserted pinyin and split digits
     * stay in the texts as printed; headers and labels are compared without them ({@link Chinese#fold}) and the
     * analyzer reads numbers through {@link Fold#fold}.
     */
    static List<Block> folded(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                out.add(Block.line(Fold.ascii(l.text())));
            } else {
                out.add(Block.row(
                        ((Block.Row) b).cells().stream().map(c -> Fold.ascii(c)).toList()));
            }
        }
        return out;
    }

    /** "(列第一位者为牵头单位)": the document says the first unit of each list leads and the others help. */
    private static final java.util.regex.Pattern FIRST_LEADS =
            java.util.regex.Pattern.compile("(列|排)(在)?(第一位|首位|第一)(者|的|单位)?(为|是)牵头");

    private static boolean firstListedLeads(List<Block> blocks) {
        for (Block b : blocks) {
            String text = TableLayout.text(b);
            // Cheap test first: this runs on every line of every document.
            if ((text.indexOf('牵') >= 0 || text.indexOf('牽') >= 0)
                    && FIRST_LEADS.matcher(Chinese.fold(text)).find()) {
                return true;
            }
        }
        return false;
    }

    private static TaskRow firstLeads(TaskRow t) {
        if (t.leadUnits().size() <= 1) {
            return t;
        }
        List<String> co = new ArrayList<>(t.leadUnits().subList(1, t.leadUnits().size()));
        co.addAll(t.coUnits());
        return new TaskRow(
                t.number(), t.content(), List.of(t.leadUnits().get(0)), co, t.progress(), t.group(), t.extra());
    }
}
