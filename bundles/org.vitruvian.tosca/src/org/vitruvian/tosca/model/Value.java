package org.vitruvian.tosca.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as written, with its position: property values, default values, constraint
 * arguments and function calls stay in this form in the model, since TOSCA lets them be any
 * YAML and their meaning depends on the type they are checked against.
 */
public sealed interface Value permits Value.Scalar, Value.Mapping, Value.Sequence {

    Source at();

    /** The plain Java form (String, Long, Double, Boolean, null, List, Map), for writing and printing. */
    Object toJava();

    /**
     * A scalar with the type the YAML core schema gives it.
     *
     * @param value String, Long, java.math.BigInteger, Double, Boolean or null
     * @param text  the characters as written
     */
    record Scalar(Object value, String text, Source at) implements Value {

        public boolean isNull() {
            return value == null;
        }

        public boolean isString() {
            return value instanceof String;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    record Entry(Scalar key, Value value) {

        public String name() {
            return key.text();
        }
    }

    /** A mapping in the order written; keys are unique (the reader refuses duplicates). */
    record Mapping(List<Entry> entries, Source at) implements Value {

        public Value get(String key) {
            for (Entry entry : entries) {
                if (entry.name().equals(key)) {
                    return entry.value();
                }
            }
            return null;
        }

        public boolean has(String key) {
            return get(key) != null;
        }

        public Scalar keyOf(String key) {
            for (Entry entry : entries) {
                if (entry.name().equals(key)) {
                    return entry.key();
                }
            }
            return null;
        }

        @Override
        public Object toJava() {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Entry entry : entries) {
                map.put(entry.name(), entry.value().toJava());
            }
            return map;
        }
    }

    record Sequence(List<Value> items, Source at) implements Value {

        @Override
        public Object toJava() {
            List<Object> list = new ArrayList<>();
            for (Value item : items) {
                list.add(item.toJava());
            }
            return list;
        }
    }

    /** The text of a scalar, or null for anything else or a YAML null. */
    static String text(Value value) {
        return value instanceof Scalar scalar && !scalar.isNull() ? scalar.text() : null;
    }
}
