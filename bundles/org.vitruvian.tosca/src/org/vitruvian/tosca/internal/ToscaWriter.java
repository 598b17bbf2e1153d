package org.vitruvian.tosca.internal;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.vitruvian.tosca.model.ServiceTemplate;

/**
 * Writes TOSCA as block-style YAML in the key order read (or built), so that a template that
 * goes through load and write reads back to an equal template and diffs stay small. Strings
 * that would read back as another type (true, 1.0, null) are quoted by the emitter.
 */
public final class ToscaWriter {

    private ToscaWriter() {
    }

    public static String write(ServiceTemplate template) {
        return write(template.source().toJava());
    }

    /** A document built as plain Java maps, lists and scalars. */
    public static String write(Object document) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2).setIndicatorIndent(0)
                .setWidth(120).setSchema(new CoreSchema()).build();
        return new Dump(settings).dumpToString(document);
    }
}
