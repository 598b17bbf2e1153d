package org.vitruvian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.json.Json;

class JsonTest {

    @Test
    void escapesEverythingRfc8259Requires() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028\"", Json.compact("a\"b\\c\n\t\u0001\u2028"));
    }

    @Test
    void writesNestedValuesInInsertionOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", List.of(1, 2.5, true));
        value.put("a", null);
        value.put("empty", Map.of());
        value.put("none", List.of());
        assertEquals("{\"z\":[1,2.5,true],\"a\":null,\"empty\":{},\"none\":[]}", Json.compact(value));
        assertEquals("{\n  \"z\": [\n    1\n  ]\n}\n", Json.stringify(Map.of("z", List.of(1))));
    }

    @Test
    void writesNonFiniteNumbersAsNullBecauseJsonHasNoSuchNumbers() {
        assertEquals("[null,null]", Json.compact(List.of(Double.NaN, Double.POSITIVE_INFINITY)));
    }
}
