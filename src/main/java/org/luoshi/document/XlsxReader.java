package org.luoshi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks, every sheet in order. Cells merged down (one unit for several tasks) are repeated in each
 * row; cells merged across (a group heading) stay in their first cell, so the row reads as a heading.
 */
final class XlsxReader {

    private static final int MAX_COLUMNS = 64;

    private XlsxReader() {}

    static ReadDocument read(byte[] content) throws IOException {
        DataFormatter format = new DataFormatter();
        List<Block> blocks = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : book) {
                Map<Long, String> down = mergedDown(sheet, format);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                    for (int c = 0; c < last; c++) {
                        String merged = down.get(key(row.getRowNum(), c));
                        cells.add(merged != null ? merged : text(row.getCell(c), format));
                    }
                    long filled = cells.stream().filter(s -> !s.isBlank()).count();
                    if (filled == 1 && !cells.get(0).isBlank() && !RowBuilder.isNumber(cells.get(0))) {
                        blocks.add(Block.line(cells.get(0)));
                    } else if (filled > 0) {
                        blocks.add(Block.row(cells));
                    }
                }
                blocks.add(Block.line(""));
            }
        }
        return StructuralReader.read(blocks, "");
    }

    private static Map<Long, String> mergedDown(Sheet sheet, DataFormatter format) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.getLastRow() == r.getFirstRow() || r.getFirstColumn() >= MAX_COLUMNS) {
                continue;
            }
            Row top = sheet.getRow(r.getFirstRow());
            String v = top == null ? "" : text(top.getCell(r.getFirstColumn()), format);
            for (int row = r.getFirstRow() + 1; row <= Math.min(r.getLastRow(), r.getFirstRow() + 10_000); row++) {
                values.put(key(row, r.getFirstColumn()), v);
            }
        }
        return values;
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC ->
                    format.formatRawCellContents(
                            cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getStringCellValue().strip();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return format.formatCellValue(cell).strip();
    }
}
