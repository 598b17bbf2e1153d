package org.vitruvian.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.json.JsonValue;

/**
 * A document a run recorded for people and provenance tools (the trust decisions with their
 * data paths, compatibility findings, built images), kept as the JSON it was written as. The
 * engine never decides anything from it; what it decides from (states, files, jobs) is typed.
 */
public final class RecordedJson implements JsonValue {

    public static final RecordedJson EMPTY_LIST = new RecordedJson(List.of());

    private final Object tree;

    private RecordedJson(Object tree) {
        this.tree = tree;
    }

    /** A frozen copy of a tree of maps, lists and scalars (or of a {@link JsonValue}). */
    public static RecordedJson of(Object tree) {
        return new RecordedJson(freeze(tree instanceof JsonValue json ? json.toJsonValue() : tree));
    }

    @Override
    public Object toJsonValue() {
        return tree;
    }

    public boolean isEmpty() {
        return tree == null || tree instanceof List<?> list && list.isEmpty() || tree instanceof Map<?, ?> map && map.isEmpty();
    }

    private static Object freeze(Object value) {
        if (value instanceof JsonValue json) {
            return freeze(json.toJsonValue());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedJson json && java.util.Objects.equals(tree, json.tree);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(tree);
    }

    @Override
    public String toString() {
        return String.valueOf(tree);
    }
}
