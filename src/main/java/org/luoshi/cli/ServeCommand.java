package org.luoshi.cli;

import org.luoshi.LuoshiApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web application (the default command). */
@Command(name = "serve", description = "启动服务 / Start the web application (default).")
final class ServeCommand implements Runnable {

    /** Spring options such as --server.port=9090 pass through. */
    @Unmatched
    String[] springArgs = new String[0];

    @Override
    public void run() {
        SpringApplication.run(LuoshiApplication.class, springArgs);
    }
}
