package org.luoshi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.assessment.Judgement;
import org.luoshi.assessment.Status;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON of CANONICAL-JSON.md, both ways, so that import → export → import loses nothing.
 * Beyond the documented fields it writes a task's {@code group} and {@code extra} columns and the
 * document's {@code disclosure}, each only when non-empty.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CanonicalJson() {}

    public static String write(AnalyzedDocument analyzed) {
        return JSON.writeValueAsString(tree(analyzed));
    }

    static ObjectNode tree(AnalyzedDocument analyzed) {
        ReadDocument d = analyzed.document();
        ObjectNode root = JSON.createObjectNode();
        root.put("title", d.title());
        root.put("government", d.government());
        if (d.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", d.year());
        }
        root.put("periodLabel", d.periodLabel());
        root.put("periodEnd", d.periodEnd() == null ? "" : d.periodEnd().toString());
        number(root, "expectedShare", d.expectedShare());
        if (!d.disclosure().isEmpty()) {
            ObjectNode disclosure = root.putObject("disclosure");
            d.disclosure().forEach(disclosure::put);
        }
        Reading reading = d.reading();
        if (!reading.layout().isEmpty()) {
            // Additive: how the document was read, so the office can check the weak parts.
            ObjectNode r = root.putObject("reading");
            r.put("layout", reading.layout());
            r.put("confidence", reading.confidence());
            ArrayNode columns = r.putArray("columns");
            for (Reading.ColumnReading c : reading.columns()) {
                ObjectNode o = columns.addObject();
                o.put("name", c.name());
                o.put("role", c.role());
                o.put("confidence", c.confidence());
                o.put("evidence", c.evidence());
            }
        }
        ArrayNode tasks = root.putArray("tasks");
        for (int i = 0; i < analyzed.tasks().size(); i++) {
            ObjectNode o = tasks.addObject();
            task(o, analyzed.tasks().get(i));
            Reading.RowReading row = reading.row(i);
            if (row != null) {
                o.put("confidence", row.confidence());
                o.put("evidence", row.evidence());
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject();
            o.put("kind", f.kind());
            ArrayNode numbers = o.putArray("tasks");
            f.tasks().forEach(numbers::add);
            o.put("message", f.message());
        }
        return root;
    }

    private static void task(ObjectNode o, AnalyzedTask t) {
        TaskRow r = t.row();
        o.put("number", r.number());
        o.put("content", r.content());
        r.leadUnits().forEach(o.putArray("leadUnits")::add);
        r.coUnits().forEach(o.putArray("coUnits")::add);
        o.put("progress", r.progress());
        if (!r.group().isEmpty()) {
            o.put("group", r.group());
        }
        if (!r.extra().isEmpty()) {
            ObjectNode extra = o.putObject("extra");
            r.extra().forEach(extra::put);
        }
        ArrayNode targets = o.putArray("targets");
        t.targets().forEach(q -> quantity(targets.addObject(), q));
        ArrayNode actuals = o.putArray("actuals");
        t.actuals().forEach(q -> quantity(actuals.addObject(), q));
        o.put("status", t.judgement() == null ? "" : t.judgement().status().code());
        o.put("statusReason", t.judgement() == null ? "" : t.judgement().reason());
    }

    private static void quantity(ObjectNode o, Quantity q) {
        o.put("text", q.text());
        o.put("metric", q.metric());
        o.put("kind", q.kind().code());
        number(o, "value", q.value());
        number(o, "magnitude", q.magnitude());
        o.put("unit", q.unit());
        number(o, "normalized", q.normalized());
        o.put("comparator", q.comparison().symbol());
        o.put("asOf", q.asOf());
    }

    /** Numbers as JSON numbers without trailing zeros: 7, 1.8, 10000, 0.75. */
    private static void number(ObjectNode o, String name, BigDecimal n) {
        if (n == null) {
            o.putNull(name);
            return;
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0 && s.precision() - s.scale() < 19) {
            o.put(name, s.longValueExact());
        } else {
            o.put(name, s.scale() < 0 ? s.setScale(0) : s);
        }
    }

    /** Parses canonical JSON back; a malformed file is an {@link UnreadableDocumentException}. */
    public static AnalyzedDocument read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableDocumentException("JSON格式错误 / malformed JSON: " + CliSafe.oneLine(e), e);
        }
        if (root == null || !root.isObject() || !root.path("tasks").isArray()) {
            throw new UnreadableDocumentException("不是规范JSON(缺少tasks) / not canonical JSON: no \"tasks\" array");
        }
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("规范JSON内容无效 / invalid canonical JSON: " + CliSafe.oneLine(e), e);
        }
    }

    private static AnalyzedDocument parse(JsonNode root) {
        List<AnalyzedTask> tasks = new ArrayList<>();
        List<TaskRow> rows = new ArrayList<>();
        List<Reading.RowReading> readings = new ArrayList<>();
        for (JsonNode t : root.path("tasks")) {
            if (t.has("confidence")) {
                readings.add(new Reading.RowReading(t.path("confidence").asDouble(), str(t, "evidence")));
            }
            TaskRow row = new TaskRow(
                    str(t, "number"),
                    str(t, "content"),
                    strings(t.path("leadUnits")),
                    strings(t.path("coUnits")),
                    str(t, "progress"),
                    str(t, "group"),
                    map(t.path("extra")));
            rows.add(row);
            String status = str(t, "status");
            Judgement judgement =
                    status.isEmpty() ? null : new Judgement(Status.fromCode(status), str(t, "statusReason"));
            tasks.add(new AnalyzedTask(row, quantities(t.path("targets")), quantities(t.path("actuals")), judgement));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            findings.add(new Finding(str(f, "kind"), strings(f.path("tasks")), str(f, "message")));
        }
        JsonNode year = root.path("year");
        String end = str(root, "periodEnd");
        JsonNode share = root.path("expectedShare");
        ReadDocument doc = new ReadDocument(
                str(root, "title"),
                str(root, "government"),
                year.isNumber() ? Integer.valueOf(year.asInt()) : null,
                str(root, "periodLabel"),
                date(end),
                share.isNumber() ? share.decimalValue() : null,
                map(root.path("disclosure")),
                rows,
                findings,
                reading(root.path("reading"), readings));
        return new AnalyzedDocument(doc, tasks);
    }

    private static Reading reading(JsonNode r, List<Reading.RowReading> rows) {
        if (!r.isObject()) {
            return Reading.NONE;
        }
        List<Reading.ColumnReading> columns = new ArrayList<>();
        for (JsonNode c : r.path("columns")) {
            columns.add(new Reading.ColumnReading(
                    str(c, "name"), str(c, "role"), c.path("confidence").asDouble(), str(c, "evidence")));
        }
        return new Reading(str(r, "layout"), r.path("confidence").asDouble(), columns, rows);
    }

    private static LocalDate date(String s) {
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Quantity> quantities(JsonNode array) {
        List<Quantity> out = new ArrayList<>();
        for (JsonNode q : array) {
            BigDecimal value = q.path("value").decimalValue();
            BigDecimal magnitude =
                    q.path("magnitude").isNumber() ? q.path("magnitude").decimalValue() : BigDecimal.ONE;
            out.add(new Quantity(
                    str(q, "text"),
                    str(q, "metric"),
                    QuantityKind.fromCode(str(q, "kind")),
                    value,
                    magnitude,
                    str(q, "unit"),
                    Comparison.fromSymbol(str(q, "comparator").isEmpty() ? "=" : str(q, "comparator")),
                    str(q, "asOf"),
                    -1));
        }
        return out;
    }

    private static String str(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isMissingNode() || n.isNull() ? "" : n.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static Map<String, String> map(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        if (object.isObject()) {
            object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        }
        return out;
    }
}
