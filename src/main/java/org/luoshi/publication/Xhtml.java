package org.luoshi.publication;

/** Text into XML and HTML: escaped, and without the control characters XML 1.0 forbids. */
final class Xhtml {

    private Xhtml() {}

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** Escaped, with each line break as {@code <br/>}, so that a reader sees the same lines again. */
    static String lines(String text) {
        return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>");
    }
}
