package org.luoshi.document;

import java.util.Locale;
import java.util.Set;

/**
 * The one entry to reading documents: picks the reader by content and name (txt, html, docx, xlsx, csv,
 * canonical json) and returns the tasks and metadata found.
 */
public final class DocumentReaders {

    /** Largest document accepted, in bytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Set<String> UNSUPPORTED = Set.of(
            "pdf", "doc", "xls", "ppt", "pptx", "wps", "et", "ofd", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
            "zip", "rar", "7z", "gz", "exe", "odt", "ods", "rtf");

    /**
     * @param fileName used only as a hint for the format ("report.docx")
     * @throws UnreadableDocumentException when the input is empty, too large, of an unsupported type or
     *                                     holds no task table; the message is one line
     */
    public ReadDocument read(String fileName, byte[] content) {
        try {
            return readChecked(fileName, content);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's own bug or a library's surprise must still reach the user as one line, never a trace.
            throw new UnreadableDocumentException("无法读取文档 / cannot read document: " + CliSafe.oneLine(e), e);
        }
    }

    /**
     * The cheap checks {@link #read} makes first (empty, too large, a type it does not read), alone, so that an
     * upload can be refused at once before it is read in the background.
     *
     * @throws UnreadableDocumentException with the same message {@link #read} would give
     */
    public void checkUpload(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException("文件为空 / empty file");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocumentException("文件过大(上限" + MAX_BYTES / (1024 * 1024) + " MB) / file too large (max "
                    + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return;
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableDocumentException(
                    "不支持旧版Office格式,请另存为.docx或.xlsx / legacy .doc/.xls is not supported, save as .docx or .xlsx");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            throw new UnreadableDocumentException("不支持的文件类型 / unsupported file type: .pdf");
        }
        if (UNSUPPORTED.contains(extension(fileName))) {
            throw new UnreadableDocumentException("不支持的文件类型 / unsupported file type: ." + extension(fileName));
        }
    }

    private ReadDocument readChecked(String fileName, byte[] content) {
        checkUpload(fileName, content);
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return OfficeReaders.read(extension(fileName), content);
        }
        String ext = extension(fileName);
        String text = Decoding.text(content);
        String head = text.stripLeading();
        if (text.isBlank()) {
            throw new UnreadableDocumentException("文件为空 / empty file");
        }
        if (ext.equals("json") || head.startsWith("{")) {
            return CanonicalJson.read(text).document();
        }
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || looksLikeHtml(head)) {
            return HtmlReader.read(text);
        }
        if (ext.equals("csv") || ext.equals("tsv")) {
            return CsvReader.read(text);
        }
        return PlainTextReader.read(text);
    }

    private static boolean looksLikeHtml(String head) {
        String h = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return h.startsWith("<!doctype html")
                || h.startsWith("<html")
                || h.startsWith("<?xml") && h.contains("<html")
                || h.startsWith("<")
                        && (h.contains("<table") || h.contains("<body") || h.contains("<div") || h.contains("<p"));
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
