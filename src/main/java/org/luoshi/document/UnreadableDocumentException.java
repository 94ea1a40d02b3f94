package org.luoshi.document;

/** The input is not a document luoshi can read; the message is one line, fit to show a user. */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
