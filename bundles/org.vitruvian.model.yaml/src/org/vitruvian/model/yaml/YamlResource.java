package org.vitruvian.model.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.vitruvian.model.common.validation.ModelSource;
import org.vitruvian.model.yaml.internal.SourcePositions;
import org.vitruvian.model.yaml.internal.YamlModelReader;
import org.vitruvian.model.yaml.internal.YamlModelWriter;

/**
 * An EMF resource holding one Vitruvian model as YAML. Reading and writing are driven by the
 * metamodel alone, so every model kind (and any a plugin adds) uses this one class. Problems in
 * the file are reported in {@link #getErrors()} as {@link YamlDiagnostic}s with line and column,
 * never thrown; the position of every object and value read is kept for later diagnostics.
 */
public class YamlResource extends ResourceImpl implements ModelSource {

    private final SourcePositions positions = new SourcePositions();

    public YamlResource(URI uri) {
        super(uri);
    }

    @Override
    protected void doLoad(InputStream input, Map<?, ?> options) throws IOException {
        positions.clear();
        byte[] bytes = input.readNBytes(YamlLimits.MAX_BYTES + 1);
        if (bytes.length > YamlLimits.MAX_BYTES) {
            getErrors().add(new YamlDiagnostic("yaml.too-large", "The file is larger than "
                    + YamlLimits.MAX_BYTES / (1024 * 1024) + " MiB; split it into several models.", location(), 0, 0));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            getErrors().add(new YamlDiagnostic("io.encoding", "The file is not UTF-8 text; save it as UTF-8.", location(), 0, 0));
            return;
        }
        YamlModelReader.Result result = new YamlModelReader(location(), getURI(), positions).read(text);
        getErrors().addAll(result.errors());
        getWarnings().addAll(result.warnings());
        if (result.root() != null) {
            getContents().add(result.root());
        }
    }

    @Override
    protected void doSave(OutputStream output, Map<?, ?> options) throws IOException {
        if (getContents().isEmpty()) {
            throw new IOException("Nothing to save: " + location() + " holds no model.");
        }
        output.write(toYaml().getBytes(StandardCharsets.UTF_8));
    }

    /** The text {@link #save(Map)} writes. */
    public String toYaml() {
        return new YamlModelWriter(getURI()).write(getContents().get(0));
    }

    @Override
    protected void doUnload() {
        positions.clear();
        super.doUnload();
    }

    /** Where the object started in the file as it was read; {@link SourcePosition#UNKNOWN} if it was not read. */
    public SourcePosition positionOf(EObject object) {
        return positions.of(object);
    }

    /** Where the object's value for {@code feature} was written, or the object's position. */
    public SourcePosition positionOf(EObject object, EStructuralFeature feature) {
        return feature == null ? positions.of(object) : positions.of(object, feature);
    }

    /**
     * Whether the file gives a value for the feature, or one was set since (a value set in
     * memory to an enum's default is the one case that reads as unstated).
     */
    @Override
    public boolean states(EObject object, EStructuralFeature feature) {
        return positions.isStated(object, feature) || object.eIsSet(feature);
    }

    /** Where one value of a (multi-valued) reference was written. */
    public SourcePosition positionOfValue(EObject object, EStructuralFeature feature, Object value) {
        return positions.ofValue(object, feature, value);
    }

    private String location() {
        URI uri = getURI();
        return uri == null ? "<memory>" : uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
