package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Five real documents, each rendered as Word, Excel and an HTML page (its lines as paragraphs, its pipe rows as
 * table rows), read back with the same tasks as the text: the reader works on cells and lines, whatever format
 * they came in.
 */
class RenderingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cangnan-2022-m10-minsheng-cells",
                "yueqing-2022-m8-minsheng-pipe",
                "yueqing-2022-full-minsheng-pipe",
                "caidian-2023-assignment",
                "luan-2021-m1-9-minsheng"
            })
    void readsBackAlikeAsDocxXlsxAndHtml(String name) throws IOException {
        Path file = Samples.shared("real").resolve(name + ".txt");
        assumeTrue(Files.exists(file), "the real documents are in ../shared/data/real");
        String text = Files.readString(file);
        List<Block> blocks = PlainTextReader.blocks(text);
        List<String> expected = tasks(new DocumentReaders().read(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(expected).isNotEmpty();
        assertThat(tasks(new DocumentReaders().read(name + ".docx", docx(blocks))))
                .as("docx")
                .isEqualTo(expected);
        assertThat(tasks(new DocumentReaders().read(name + ".xlsx", xlsx(blocks))))
                .as("xlsx")
                .isEqualTo(expected);
        assertThat(tasks(new DocumentReaders().read(name + ".html", html(blocks).getBytes(StandardCharsets.UTF_8))))
                .as("html")
                .isEqualTo(expected);
    }

    private static List<String> tasks(ReadDocument d) {
        List<String> out = new ArrayList<>();
        for (TaskRow t : d.tasks()) {
            out.add(t.number() + " | " + t.content().replaceAll("\\s+", "") + " | " + t.leadUnits() + " | "
                    + t.coUnits() + " | " + t.progress().replaceAll("\\s+", ""));
        }
        return out;
    }

    private static byte[] docx(List<Block> blocks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Line l) {
                    doc.createParagraph().createRun().setText(l.text());
                    continue;
                }
                List<Block.Row> rows = rowsFrom(blocks, i);
                int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
                XWPFTable t = doc.createTable(rows.size(), width);
                for (int r = 0; r < rows.size(); r++) {
                    List<String> cells = rows.get(r).cells();
                    for (int c = 0; c < cells.size(); c++) {
                        t.getRow(r).getCell(c).setText(cells.get(c));
                    }
                    for (int c = width - 1; c >= cells.size(); c--) {
                        t.getRow(r).removeCell(c);
                    }
                }
                i += rows.size() - 1;
            }
            doc.write(bytes);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx(List<Block> blocks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet();
            int at = 0;
            for (Block b : blocks) {
                XSSFRow row = sheet.createRow(at++);
                List<String> cells = b instanceof Block.Line l ? List.of(l.text()) : ((Block.Row) b).cells();
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(bytes);
        }
        return bytes.toByteArray();
    }

    private static String html(List<Block> blocks) {
        StringBuilder h = new StringBuilder("<html><body>\n");
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Line l) {
                h.append("<p>").append(escape(l.text())).append("</p>\n");
                continue;
            }
            List<Block.Row> rows = rowsFrom(blocks, i);
            h.append("<table>\n");
            for (Block.Row r : rows) {
                h.append("<tr>");
                r.cells().forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
            i += rows.size() - 1;
        }
        return h.append("</body></html>\n").toString();
    }

    private static List<Block.Row> rowsFrom(List<Block> blocks, int from) {
        List<Block.Row> rows = new ArrayList<>();
        for (int i = from; i < blocks.size() && blocks.get(i) instanceof Block.Row r; i++) {
            rows.add(r);
        }
        return rows;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
