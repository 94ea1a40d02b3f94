package org.luoshi.document;

/** A library's exception message made fit for a one-line error. */
final class CliSafe {

    private CliSafe() {}

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
