package org.luoshi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Word and Excel files, told apart by what the zip holds rather than by the file name. */
final class OfficeReaders {

    private OfficeReaders() {}

    static ReadDocument read(String ext, byte[] content) {
        String kind = kind(content);
        if (kind.isEmpty()) {
            throw new UnreadableDocumentException(
                    "不支持的文件类型 / unsupported file type: " + (ext.isEmpty() ? "zip" : "." + ext));
        }
        try {
            return kind.equals("docx") ? DocxReader.read(content) : XlsxReader.read(content);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new UnreadableDocumentException(
                    "无法读取" + kind + "文件 / cannot read ." + kind + " file: " + CliSafe.oneLine(e), e);
        }
    }

    private static String kind(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 10_000) {
                String name = e.getName();
                if (name.startsWith("word/")) {
                    return "docx";
                }
                if (name.startsWith("xl/")) {
                    return "xlsx";
                }
            }
            return "";
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("文件已损坏 / damaged file: " + CliSafe.oneLine(e), e);
        }
    }
}
