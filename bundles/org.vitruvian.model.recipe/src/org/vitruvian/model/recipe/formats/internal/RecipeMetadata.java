package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.recipe.formats.RecipeFormat;

/**
 * The {@code # vitruvian: {...}} comment: the recipe's values that a format has no syntax for,
 * as one line of JSON under the recipe's own YAML key names. One line, because both formats
 * have line comments; JSON, because its escapes keep line breaks and quotes inside that line.
 * MPI and GPU are written reflectively, so a feature added to them travels without a change here.
 */
public final class RecipeMetadata {

    public static final Pattern COMMENT = Pattern.compile("^\\s*#\\s*vitruvian:\\s*(.*?)\\s*$");

    private static final String CODE = "recipe.import-metadata";

    private RecipeMetadata() {
    }

    /**
     * The comment line for {@code format}: a Containerfile writes the architecture itself
     * ({@code FROM --platform}) but has no place for help and tests; Apptainer the reverse.
     */
    public static String comment(ContainerRecipe recipe, RecipeFormat format) {
        boolean apptainer = format == RecipeFormat.APPTAINER;
        boolean nativeArchitecture = !apptainer;
        boolean helpAndTests = !apptainer;
        RecipePackage p = RecipePackage.eINSTANCE;
        Map<String, Object> json = new LinkedHashMap<>();
        if (recipe.getName() != null) {
            json.put("name", recipe.getName());
        }
        if (recipe.eIsSet(p.getContainerRecipe_Description())) {
            json.put("description", recipe.getDescription());
        }
        if (!nativeArchitecture && recipe.isSetArchitecture()) {
            json.put("architecture", recipe.getArchitecture().getLiteral());
        }
        BaseImage base = recipe.getBase();
        if (base != null) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (base.eIsSet(p.getBaseImage_Os())) {
                values.put("os", base.getOs());
            }
            if (base.eIsSet(p.getBaseImage_Glibc())) {
                values.put("glibc", base.getGlibc());
            }
            if (!values.isEmpty()) {
                json.put("base", values);
            }
        }
        if (recipe.getMpi() != null) {
            json.put("mpi", attributes(recipe.getMpi()));
        }
        if (recipe.getGpu() != null) {
            json.put("gpu", attributes(recipe.getGpu()));
        }
        if (helpAndTests && recipe.eIsSet(p.getContainerRecipe_Help())) {
            json.put("help", recipe.getHelp());
        }
        if (helpAndTests && !recipe.getTests().isEmpty()) {
            json.put("tests", List.copyOf(recipe.getTests()));
        }
        String text = Json.compact(json);
        if (apptainer) {
            // Apptainer replaces {{ name }} anywhere in the file with a build argument; braces
            // occur twice in a row only inside JSON strings, where \u007b means the same.
            text = text.replace("{{", "{\\u007b");
        }
        return "# vitruvian: " + text;
    }

    private static Map<String, Object> attributes(EObject object) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!(feature instanceof EAttribute attribute)) {
                continue;
            }
            // Required values are stated even when they equal the default, as in the YAML files.
            boolean stated = object.eIsSet(attribute) || attribute.isRequired() && !attribute.isMany()
                    && object.eGet(attribute) != null;
            if (!stated) {
                continue;
            }
            Object value = object.eGet(attribute);
            if (attribute.isMany()) {
                List<String> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    items.add(EcoreUtil.convertToString(attribute.getEAttributeType(), item));
                }
                values.put(attribute.getName(), items);
            } else {
                values.put(attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value));
            }
        }
        return values;
    }

    /** The JSON of a comment line, or null if the line is not a vitruvian comment. */
    public static String jsonOf(String line) {
        Matcher matcher = COMMENT.matcher(line);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Sets what the comment holds on {@code recipe}; problems become warnings at the comment's line. */
    public static void apply(String json, int line, int column, ContainerRecipe recipe, Problems problems) {
        Object parsed;
        try {
            parsed = StrictJson.parse(json);
        } catch (StrictJson.JsonException e) {
            problems.warning(line, column, CODE, "The vitruvian comment is not valid JSON (" + e.getMessage()
                    + " at character " + (e.offset() + 1) + "), so the values it holds are not imported; "
                    + "export the recipe again to rewrite it.");
            return;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            problems.warning(line, column, CODE, "The vitruvian comment must hold a JSON object {...}; it is ignored.");
            return;
        }
        RecipePackage p = RecipePackage.eINSTANCE;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            switch (key) {
                case "name" -> text(key, value, line, column, problems, recipe::setName);
                case "description" -> text(key, value, line, column, problems, recipe::setDescription);
                case "help" -> text(key, value, line, column, problems, recipe::setHelp);
                case "architecture" -> text(key, value, line, column, problems, literal -> {
                    CpuArchitecture architecture = CpuArchitecture.get(literal);
                    if (architecture == null) {
                        problems.warning(line, column, CODE, "'architecture' in the vitruvian comment is '" + literal
                                + "'; use one of " + CpuArchitecture.VALUES + ". It is not imported.");
                    } else {
                        recipe.setArchitecture(architecture);
                    }
                });
                case "tests" -> {
                    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                        recipe.getTests().clear();
                        list.forEach(item -> recipe.getTests().add((String) item));
                    } else {
                        problems.warning(line, column, CODE, "'tests' in the vitruvian comment must be a list of "
                                + "commands (JSON strings); it is not imported.");
                    }
                }
                case "base" -> {
                    EObject read = object(p.getBaseImage(), key, value, line, column, problems, false);
                    if (read != null) {
                        BaseImage base = recipe.getBase();
                        if (base == null) {
                            base = RecipeFactory.eINSTANCE.createBaseImage();
                            recipe.setBase(base);
                        }
                        BaseImage values = (BaseImage) read;
                        if (values.eIsSet(p.getBaseImage_Os())) {
                            base.setOs(values.getOs());
                        }
                        if (values.eIsSet(p.getBaseImage_Glibc())) {
                            base.setGlibc(values.getGlibc());
                        }
                    }
                }
                case "mpi" -> {
                    EObject read = object(p.getMpiSpec(), key, value, line, column, problems, true);
                    if (read != null) {
                        recipe.setMpi((MpiSpec) read);
                    }
                }
                case "gpu" -> {
                    EObject read = object(p.getGpuSpec(), key, value, line, column, problems, true);
                    if (read != null) {
                        recipe.setGpu((GpuSpec) read);
                    }
                }
                default -> problems.warning(line, column, CODE, "The vitruvian comment holds '" + key
                        + "', which this version of Vitruvian does not know; it is not imported.");
            }
        }
    }

    private static void text(String key, Object value, int line, int column, Problems problems,
            java.util.function.Consumer<String> setter) {
        if (value instanceof String text) {
            setter.accept(text);
        } else {
            problems.warning(line, column, CODE, "'" + key + "' in the vitruvian comment must be a JSON string; it is not imported.");
        }
    }

    /** An object of {@code eClass} from a JSON object of attribute values, or null after a warning. */
    private static EObject object(EClass eClass, String key, Object value, int line, int column, Problems problems,
            boolean checkRequired) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.warning(line, column, CODE, "'" + key + "' in the vitruvian comment must be a JSON object; it is not imported.");
            return null;
        }
        EObject object = EcoreUtil.create(eClass);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (!(feature instanceof EAttribute attribute)) {
                problems.warning(line, column, CODE, "'" + key + "." + name + "' in the vitruvian comment is not a property of "
                        + eClass.getName() + "; it is not imported.");
                continue;
            }
            try {
                if (attribute.isMany()) {
                    if (!(entry.getValue() instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
                        throw new IllegalArgumentException("it must be a list of JSON strings");
                    }
                    @SuppressWarnings("unchecked")
                    List<Object> target = (List<Object>) object.eGet(attribute);
                    for (Object item : items) {
                        target.add(EcoreUtil.createFromString(attribute.getEAttributeType(), (String) item));
                    }
                } else {
                    if (!(entry.getValue() instanceof String text)) {
                        throw new IllegalArgumentException("it must be a JSON string");
                    }
                    Object converted = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
                    if (converted == null) {
                        throw new IllegalArgumentException("'" + text + "' is not a valid value");
                    }
                    object.eSet(attribute, converted);
                }
            } catch (RuntimeException e) {
                problems.warning(line, column, CODE, "'" + key + "." + name + "' in the vitruvian comment cannot be read: "
                        + e.getMessage() + "; it is not imported.");
            }
        }
        if (checkRequired) {
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (feature.isRequired() && !map.containsKey(feature.getName())) {
                    problems.warning(line, column, CODE, "'" + key + "' in the vitruvian comment has no '" + feature.getName()
                            + "', which " + eClass.getName() + " needs; '" + key + "' is not imported.");
                    return null;
                }
            }
        }
        return object;
    }
}
