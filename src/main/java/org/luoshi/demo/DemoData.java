package org.luoshi.demo;

import java.io.InputStream;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Imports the Zhoushan 2022 third-quarter report at start; a second start finds it imported and writes nothing. */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String DOCUMENT = "demo/zhoushan-2022-q3.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PlanImporter importer;
    private final boolean enabled;

    DemoData(PlanImporter importer, @Value("${luoshi.demo.enabled:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled) {
            return;
        }
        byte[] content;
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            content = in.readAllBytes();
        }
        ImportResult result = importer.commit("zhoushan-2022-q3.txt", content, "舟山市", 2022, "demo", Scope.everything());
        log.info(
                "Demo plan {}: {} tasks{}",
                result.planId(),
                result.tasks(),
                result.unchanged() ? " (already imported)" : "");
    }
}
