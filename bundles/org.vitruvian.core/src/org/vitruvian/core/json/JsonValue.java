package org.vitruvian.core.json;

/** A value that knows its JSON form as plain maps, lists and scalars. */
public interface JsonValue {

    Object toJsonValue();
}
