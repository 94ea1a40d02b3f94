package org.luoshi.cli;

/** Turns any failure into the one line a command prints, never a stack trace. */
final class CliErrors {

    private CliErrors() {}

    static String oneLine(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
