package org.luoshi.assessment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gold annotation of the sample, its QUANTITY objects turned into {@link Quantity} values. */
final class GoldFile {

    record Task(
            String number,
            String contentStart,
            String progressStart,
            List<Quantity> targets,
            List<Quantity> actuals,
            String status,
            String reason) {}

    private GoldFile() {}

    static List<Task> read(Path path) {
        JsonNode root = JsonMapper.builder().build().readTree(path.toFile());
        List<Task> tasks = new ArrayList<>();
        for (JsonNode t : root.get("tasks")) {
            tasks.add(new Task(
                    t.get("number").asString(),
                    t.get("contentStart").asString(),
                    t.get("progressStart").asString(),
                    quantities(t.get("targets")),
                    quantities(t.get("actuals")),
                    t.get("status").asString(),
                    t.get("statusReason").asString()));
        }
        return tasks;
    }

    static BigDecimal expectedShare(Path path) {
        return JsonMapper.builder()
                .build()
                .readTree(path.toFile())
                .get("expectedShare")
                .decimalValue();
    }

    private static List<Quantity> quantities(JsonNode array) {
        List<Quantity> out = new ArrayList<>();
        for (JsonNode q : array) {
            out.add(new Quantity(
                    q.get("text").asString(),
                    q.get("metric").asString(),
                    QuantityKind.fromCode(q.get("kind").asString()),
                    q.get("value").decimalValue(),
                    q.get("magnitude").decimalValue(),
                    q.get("unit").asString(),
                    Comparison.fromSymbol(q.get("comparator").asString()),
                    q.has("asOf") ? q.get("asOf").asString() : "",
                    -1));
        }
        return out;
    }
}
