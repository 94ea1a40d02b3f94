package org.luoshi.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A task's extra columns (分管市长, 完成时限 …) stored as a small JSON object, order kept. */
final class ExtraColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtraColumns() {}

    static String write(Map<String, String> extra) {
        return extra.isEmpty() ? "" : JSON.writeValueAsString(extra);
    }

    static Map<String, String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
