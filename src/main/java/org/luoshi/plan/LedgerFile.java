package org.luoshi.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;

/**
 * A plan's 台账 as an XLSX file: the columns offices use (序号, 工作内容, 牵头单位, 配合单位, 分管领导, 完成时限,
 * 量化目标, 最新进展, 状态) and, hidden, each row's stable task id; a very hidden sheet names the plan, so a file
 * of another plan is told apart. Reading gives the rows as typed, matched later by id, never by position.
 */
final class LedgerFile {

    static final String SHEET = "台账";
    static final String MARKER = "luoshi";
    static final String[] HEADERS = {"序号", "工作内容", "牵头单位", "配合单位", "分管领导", "完成时限", "量化目标", "最新进展", "状态", "任务标识"};
    static final int ID_COLUMN = 9;
    static final int MAX_ROWS = 5000;

    /** One task row; {@code taskId} null for a row the office added. {@code line} counts from 1 as Excel shows. */
    record Line(
            int line,
            Long taskId,
            String number,
            String content,
            String leads,
            String cos,
            String leader,
            String deadline,
            String targets,
            String progress,
            String status) {}

    /** What the file holds: the plan it names (null without the marker) and its task rows. */
    record Content(Long planId, List<Line> lines) {}

    private LedgerFile() {}

    static byte[] write(long planId, List<Line> lines) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            for (Line l : lines) {
                Row row = sheet.createRow(r++);
                String[] cells = {
                    l.number(),
                    l.content(),
                    l.leads(),
                    l.cos(),
                    l.leader(),
                    l.deadline(),
                    l.targets(),
                    l.progress(),
                    l.status()
                };
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
                row.createCell(ID_COLUMN).setCellValue(String.valueOf(l.taskId()));
            }
            int[] widths = {8, 60, 24, 24, 12, 14, 40, 60, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.setColumnHidden(ID_COLUMN, true);
            sheet.createFreezePane(0, 1);
            Sheet marker = book.createSheet(MARKER);
            marker.createRow(0).createCell(0).setCellValue("plan");
            marker.getRow(0).createCell(1).setCellValue(String.valueOf(planId));
            book.setSheetVisibility(book.getSheetIndex(marker), SheetVisibility.VERY_HIDDEN);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Content read(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet marker = book.getSheet(MARKER);
            Long planId = marker == null ? null : number(text(cell(marker.getRow(0), 1)));
            Sheet sheet = book.getSheet(SHEET) != null ? book.getSheet(SHEET) : book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.tooLarge", MAX_ROWS);
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row)) {
                    continue;
                }
                String id = text(cell(row, ID_COLUMN));
                Long taskId = id.isEmpty() ? null : number(id);
                if (!id.isEmpty() && taskId == null) {
                    throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.unknownTask", r + 1, id);
                }
                lines.add(new Line(
                        r + 1,
                        taskId,
                        text(cell(row, 0)),
                        text(cell(row, 1)),
                        text(cell(row, 2)),
                        text(cell(row, 3)),
                        text(cell(row, 4)),
                        text(cell(row, 5)),
                        text(cell(row, 6)),
                        text(cell(row, 7)),
                        text(cell(row, 8))));
            }
            return new Content(planId, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.of(
                    Kind.BAD_INPUT, "edit.ledger.file", e.getClass().getSimpleName());
        }
    }

    private static boolean blank(Row row) {
        for (int i = 0; i <= ID_COLUMN; i++) {
            if (!text(cell(row, i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Cell cell(Row row, int i) {
        return row == null ? null : row.getCell(i);
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The cell as the office sees it: a number typed as 12 reads "12", not "12.0". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return FORMAT.formatCellValue(cell, null).strip();
        }
        return FORMAT.formatCellValue(cell).strip();
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
