package org.luoshi.cli;

/**
 * The jar's entry point. Commands that need no database (extract, eval, bench) run without a Spring
 * context so that they answer in about a second.
 */
public final class Luoshi {

    private Luoshi() {}

    public static void main(String[] args) {
        int code = LuoshiCommand.commandLine().execute(args);
        if (code != 0 || !LuoshiCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}
