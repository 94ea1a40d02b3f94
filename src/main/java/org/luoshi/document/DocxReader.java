package org.luoshi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents: tables (a unit cell merged down over several rows is repeated in each) and paragraph
 * layouts, in body order.
 */
final class DocxReader {

    private DocxReader() {}

    static ReadDocument read(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    blocks.add(Block.line(p.getText().strip()));
                } else if (e instanceof XWPFTable t) {
                    table(t, blocks);
                }
            }
            return StructuralReader.read(blocks, "");
        }
    }

    private static void table(XWPFTable table, List<Block> out) {
        List<String> above = List.of();
        for (XWPFTableRow tr : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : tr.getTableCells()) {
                int col = cells.size();
                if (continuesMerge(cell) && col < above.size()) {
                    cells.add(above.get(col));
                } else {
                    cells.add(text(cell));
                }
                int span = gridSpan(cell);
                for (int k = 1; k < span; k++) {
                    cells.add("");
                }
            }
            above = cells;
            out.add(Block.row(cells));
        }
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : cell.getBodyElements()) {
            String t =
                    e instanceof XWPFParagraph p ? p.getText() : e instanceof XWPFTable nested ? nested.getText() : "";
            if (!t.isBlank()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(t.strip());
            }
        }
        return b.toString();
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(50, pr.getGridSpan().getVal().intValue()));
    }
}
