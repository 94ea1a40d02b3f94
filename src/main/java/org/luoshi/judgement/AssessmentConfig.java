package org.luoshi.judgement;

import java.math.BigDecimal;
import org.luoshi.assessment.AssessmentPolicy;
import org.luoshi.assessment.Rules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Rules} of the application (here, beside the stored judgements, so that the root package, which
 * every module uses for its texts, does not depend on the assessment), with the office's thresholds from configuration: every module that
 * judges (stored judgements, the import preview, the export, the JSON report, the reporter's proposal) takes this
 * bean, so they cannot disagree. {@code luoshi.assessment.tolerance} (default 0.005),
 * {@code amber-gap} (0.10: amber from 10 points below 序时) and {@code red-gap} (0.30: red beyond 30 points).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentConfig {

    @Bean
    Rules rules(
            @Value("${luoshi.assessment.tolerance:0.005}") BigDecimal tolerance,
            @Value("${luoshi.assessment.amber-gap:0.10}") BigDecimal amberGap,
            @Value("${luoshi.assessment.red-gap:0.30}") BigDecimal redGap) {
        return new Rules(new AssessmentPolicy(
                tolerance, amberGap, redGap, AssessmentPolicy.defaults().metricMatch()));
    }
}
