package org.luoshi.cli;

import org.luoshi.LuoshiApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A quiet Spring context without the web server, for commands that need the database. */
final class SpringContexts {

    private SpringContexts() {}

    /** Nothing is logged to the console, so that a command's standard output is only its result. */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.threshold.console=OFF", "spring.main.banner-mode=off")
                .run();
    }
}
