package org.luoshi.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.luoshi.account.Administrators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code luoshi user add-admin NAME}: an administrator created on the server, e.g. the first one on PostgreSQL. */
@Command(name = "user", description = "用户 / Users.", subcommands = UserCommand.AddAdmin.class)
final class UserCommand {

    @Command(
            name = "add-admin",
            description = "新建系统管理员(首次登录须改密码)/ Create an administrator (must change the password at first"
                    + " login). Password from LUOSHI_PASSWORD or the first line of standard input.")
    static final class AddAdmin implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--display-name", description = "显示名称 / display name")
        String displayName;

        @Override
        public Integer call() throws IOException {
            String password = System.getenv("LUOSHI_PASSWORD");
            if (password == null) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            if (password == null || password.isEmpty()) {
                spec.commandLine().getErr().println("luoshi: 请提供密码 / no password given (LUOSHI_PASSWORD or stdin)");
                return 2;
            }
            try (var context = SpringContexts.start()) {
                context.getBean(Administrators.class).create(username, displayName, password, "cli");
            }
            spec.commandLine().getOut().printf("已创建管理员 %s / administrator %s created%n", username, username);
            return 0;
        }
    }
}
