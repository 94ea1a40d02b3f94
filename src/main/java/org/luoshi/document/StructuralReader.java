package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.text.Fold;

/**
 * The one reader of task lists, whatever format the blocks came from. Its stages:
 *
 * <ol>
 *   <li><b>text</b>: every block folded once (full-width punctuation as its ASCII twin, {@link #folded});</li>
 *   <li><b>cells</b>: cells with nothing between them split ({@link RunTogether}); a table copied as text
 *       (one cell per line, or a row per line) made into header and cell rows ({@link TextTable},
 *       {@link UnitAnchoredRows}), so that it reaches the next stage as a format with real cells does;</li>
 *   <li><b>rows and columns</b>: the rows of cells read by one stage ({@link CellRows}): the task numbering,
 *       group headings, the header as a prior and the columns named by what their cells hold
 *       ({@link ColumnsByContent});</li>
 *   <li><b>paragraph rows</b>, when no row of cells holds a task: numbered paragraphs with their labels and
 *       inline units ({@link NumberedParagraphs}), items named with their plan number, one paragraph per project
 *       ({@link ProseRows});</li>
 *   <li><b>document</b>: "列第一位者为牵头单位", metadata, findings and the confidence of every row.</li>
 * </ol>
 *
 * A document none of the shapes reads is told what it seems to be (a notice, a bulletin, a summary).
 */
final class StructuralReader {

    /** The shapes of rows, in the order of how much structure they rest on; the first that yields a task reads. */
    private enum Shape {
        TABLE("table"),
        TEXT_TABLE("text-table"),
        NUMBERED_PARAGRAPHS("numbered-paragraphs"),
        NAMED_ITEMS("named-items"),
        PROJECT_PARAGRAPHS("project-paragraphs");

        private final String layout;

        Shape(String layout) {
            this.layout = layout;
        }

        Parsed read(List<Block> blocks, List<String> lines) {
            return switch (this) {
                case TABLE -> blocks.stream().anyMatch(b -> b instanceof Block.Row) ? CellRows.read(blocks) : null;
                case TEXT_TABLE -> {
                    TextTable.Made cells = TextTable.cells(lines);
                    yield cells == null ? null : CellRows.read(cells.blocks(), cells.headers());
                }
                case NUMBERED_PARAGRAPHS -> NumberedParagraphs.read(lines);
                case NAMED_ITEMS -> ProseRows.namedItems(lines);
                case PROJECT_PARAGRAPHS -> ProseRows.projects(lines);
            };
        }
    }

    private StructuralReader() {}

    /**
     * @param pageTitle a title the format carries outside the text (HTML {@code <title>}), or ""
     * @throws UnreadableDocumentException when no shape yields a task
     */
    static ReadDocument read(List<Block> printed, String pageTitle) {
        List<Block> blocks = RunTogether.split(folded(printed));
        List<String> lines = null;
        Parsed parsed = null;
        String layout = "";
        for (Shape shape : Shape.values()) {
            if (lines == null && shape != Shape.TABLE) {
                // The blocks as lines, for the shapes that find their own cells: only when no table read.
                lines = lines(blocks);
            }
            parsed = shape.read(blocks, lines);
            layout = shape.layout;
            if (!empty(parsed)) {
                break;
            }
        }
        if (empty(parsed)) {
            // Not "expected a header": say what the document seems to be (a notice, a bulletin, a summary).
            throw new UnreadableDocumentException(DocumentKind.of(lines).message());
        }
        List<TaskRow> tasks = parsed.tasks();
        if (firstListedLeads(blocks)) {
            tasks = tasks.stream().map(StructuralReader::firstLeads).toList();
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
            lines.add(CellRows.text(b));
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

    /**
     * "(列第一位者为牵头单位)", "(列第一位者为工作牵头单位或汇总单位)": the document says the first unit of each list
     * leads and the others help.
     */
    private static final java.util.regex.Pattern FIRST_LEADS =
            java.util.regex.Pattern.compile("(列|排)(在)?(第一位|首位|第一)(者|的|单位)?(为|是)[^,;\u3002]{0,4}牵头");

    private static boolean firstListedLeads(List<Block> blocks) {
        for (Block b : blocks) {
            String text = CellRows.text(b);
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
