package org.luoshi.judgement;

import java.math.BigDecimal;
import org.luoshi.assessment.AssessmentPolicy;
import org.luoshi.assessment.Rules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's thresholds, from configuration: {@code luoshi.assessment.tolerance} (default 0.005),
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
