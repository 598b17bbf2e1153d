package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.vitruvian.core.diagnostics.Diagnostic;

/**
 * The checks every Vitruvian model file must pass before its kind is known: readable, valid
 * YAML, a mapping with {@code apiVersion: vitruvian/v1} and a known {@code kind}.
 */
final class ModelFileCheck {

    static final String API_VERSION = "vitruvian/v1";
    static final Set<String> KINDS = Set.of("Workflow", "ContainerRecipe", "Site", "TrustPolicy", "ServiceDefinition");

    /** Larger model files are refused: no real model comes near it, and it bounds memory. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    List<Diagnostic> check(Path file) {
        String name = file.toString();
        String text;
        try {
            if (Files.size(file) > MAX_CODE_POINTS * 4L) {
                return List.of(tooLarge(name));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            return List.of(Diagnostic.error(name, 0, 0, "io.not-found", "No such file; check the path."));
        } catch (CharacterCodingException e) {
            return List.of(Diagnostic.error(name, 0, 0, "io.encoding", "The file is not UTF-8 text; save it as UTF-8."));
        } catch (IOException e) {
            return List.of(Diagnostic.error(name, 0, 0, "io.read", "Cannot read the file: " + e.getMessage()));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(name).setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(50).setAllowRecursiveKeys(false).setAllowDuplicateKeys(false).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            return List.of(Diagnostic.error(name, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "yaml.syntax",
                    "Invalid YAML: " + firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem()) + "."));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).contains("code point")) {
                return List.of(tooLarge(name));
            }
            return List.of(Diagnostic.error(name, 0, 0, "yaml.syntax", "Invalid YAML: " + firstLine(e.getMessage()) + "."));
        }
        if (root.isEmpty()) {
            return List.of(Diagnostic.error(name, 1, 1, "model.empty",
                    "The file is empty; a model starts with 'apiVersion: " + API_VERSION + "' and 'kind: ...'."));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            return List.of(at(name, root.get(), "model.not-a-mapping",
                    "A model is a YAML mapping of keys to values, starting with 'apiVersion: " + API_VERSION + "'."));
        }
        List<Diagnostic> found = new ArrayList<>();
        checkHeader(name, mapping, "apiVersion", "model.api-version", Set.of(API_VERSION), found);
        checkHeader(name, mapping, "kind", "model.kind", KINDS, found);
        return found;
    }

    private static void checkHeader(String file, MappingNode mapping, String key, String code, Set<String> allowed,
            List<Diagnostic> found) {
        String choices = String.join(", ", new java.util.TreeSet<>(allowed));
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                Node value = tuple.getValueNode();
                if (!(value instanceof ScalarNode scalar) || !allowed.contains(scalar.getValue())) {
                    String given = value instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a " + value.getNodeType();
                    found.add(at(file, value, code, "'" + key + "' is " + given + "; use one of: " + choices + "."));
                }
                return;
            }
        }
        found.add(at(file, mapping, code, "Missing '" + key + "'; add '" + key + ": ...' with one of: " + choices + "."));
    }

    private static Diagnostic at(String file, Node node, String code, String message) {
        Optional<Mark> mark = node.getStartMark();
        return Diagnostic.error(file, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                code, message);
    }

    private static Diagnostic tooLarge(String file) {
        return Diagnostic.error(file, 0, 0, "yaml.too-large",
                "The file is larger than " + MAX_CODE_POINTS / (1024 * 1024) + " MiB of text; split it into several models.");
    }

    private static String firstLine(String text) {
        String line = text == null ? "unknown problem" : text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
