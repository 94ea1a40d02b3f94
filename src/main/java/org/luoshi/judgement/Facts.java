package org.luoshi.judgement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.assessment.Assessment;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.text.Quantity;
import tools.jackson.databind.json.JsonMapper;

/** The facts a judgement used, kept as JSON beside it so that an office can check the arithmetic later. */
final class Facts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Facts() {}

    static String json(TaskFacts facts, Assessment assessment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expectedShare", facts.expectedShare());
        m.put("signal", assessment.signal().name());
        m.put("gap", assessment.gap());
        m.put("targets", quantities(facts.targets()));
        m.put("actuals", quantities(facts.actuals()));
        return JSON.writeValueAsString(m);
    }

    private static List<Map<String, Object>> quantities(List<Quantity> qs) {
        return qs.stream()
                .map(q -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", q.text());
                    m.put("metric", q.metric());
                    m.put("kind", q.kind().code());
                    m.put("normalized", q.normalized().toPlainString());
                    m.put("unit", q.unit());
                    m.put("comparator", q.comparison().symbol());
                    if (!q.asOf().isEmpty()) {
                        m.put("asOf", q.asOf());
                    }
                    return m;
                })
                .toList();
    }
}
