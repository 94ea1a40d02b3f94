package org.luoshi.supervision;

import java.nio.charset.StandardCharsets;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.TestData;

/** The sample with its year written as 2019, imported as 舟山市's 2019 plan: the loop's tests keep to it. */
final class LoopPlan {

    private LoopPlan() {}

    static long of(PlanImporter importer) {
        byte[] of2019 = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("2022", "2019")
                .getBytes(StandardCharsets.UTF_8);
        return importer.commit("zhoushan-2019-q3.txt", of2019, "舟山市", 2019, "test", Scope.everything())
                .planId();
    }
}
