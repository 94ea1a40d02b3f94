package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code luoshi [serve|import|extract|export|eval|bench]}; serve when none is given. */
@Command(
        name = "luoshi",
        mixinStandardHelpOptions = true,
        version = "luoshi 0.1.0",
        description = "落实 luoshi: government work report tasks, progress, assessment and publication.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            AuditCommand.class,
            UserCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            BenchCommand.class,
        })
public final class LuoshiCommand implements Runnable {

    /** Spring options given without a command (./luoshi --server.port=9090) go to serve. */
    @picocli.CommandLine.Unmatched
    String[] springArgs = new String[0];

    @Override
    public void run() {
        ServeCommand serve = new ServeCommand();
        serve.springArgs = springArgs;
        serve.run();
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LuoshiCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            command.getErr().println("luoshi: " + CliErrors.oneLine(ex));
            return 1;
        });
        return cl;
    }

    /** True when the command starts the server, which must outlive {@code main}. */
    public static boolean keepsRunning(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a.equals("serve");
            }
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }
}
