package org.luoshi.document;

/**
 * The one entry to reading documents: picks the reader by content and name (txt, html, docx, xlsx, csv,
 * canonical json) and returns the tasks and metadata found.
 */
public final class DocumentReaders {

    /** Largest document accepted, in bytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /**
     * @param fileName used only as a hint for the format ("report.docx")
     * @throws UnreadableDocumentException when the input is empty, too large, of an unsupported type or
     *                                     holds no task table; the message is one line
     */
    public ReadDocument read(String fileName, byte[] content) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
