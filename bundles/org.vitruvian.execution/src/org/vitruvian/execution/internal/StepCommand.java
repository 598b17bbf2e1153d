package org.vitruvian.execution.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.Step;

/**
 * The command line of one step: the service's command with every {placeholder} replaced by a
 * parameter value or a file path, and the image paths of the recipe's files replaced by the
 * copies deployed into the run's folder when the step runs as a plain process. Each value is
 * one argument; nothing passes through a shell, so no value can change the command's meaning.
 */
final class StepCommand {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private StepCommand() {
    }

    /** The value of every parameter of the step's service: the step's, else the workflow's, else the default. */
    static Map<String, String> parameters(Step step, ServiceDefinition service, Map<String, String> workflowValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : service.getParameters()) {
            if (parameter.getDefault() != null) {
                values.put(parameter.getName(), parameter.getDefault());
            }
        }
        for (ParameterValue given : step.getParameters()) {
            if (given.getBind() != null) {
                String bound = workflowValues.get(given.getBind().getName());
                if (bound != null) {
                    values.put(given.getName(), bound);
                }
            } else if (given.getValue() != null) {
                values.put(given.getName(), given.getValue());
            }
        }
        return values;
    }

    /** Where each output of the step is written: {@code workDir/NAME.FORMAT}. */
    static Map<String, Path> outputs(ServiceDefinition service, Path workDir) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (DataPort output : service.getOutputs()) {
            outputs.put(output.getName(), workDir.resolve(output.getName() + "." + output.getFormat()));
        }
        return outputs;
    }

    static List<String> build(Step step, ServiceDefinition service, Map<String, String> parameters, Map<String, Path> inputs,
            Map<String, Path> outputs, Map<String, Path> deployed) {
        if (service.getCommand().isEmpty()) {
            throw new VitruvianException(ExitCode.FAILED, "Service " + service.getId() + " states no command, so step '"
                    + step.getName() + "' cannot run; add 'command' to its definition.");
        }
        List<String> command = new ArrayList<>();
        for (String argument : service.getCommand()) {
            Matcher m = PLACEHOLDER.matcher(argument);
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement = parameters.containsKey(name) ? parameters.get(name)
                        : inputs.containsKey(name) ? inputs.get(name).toString()
                                : outputs.containsKey(name) ? outputs.get(name).toString() : null;
                if (replacement == null) {
                    throw new VitruvianException(ExitCode.FAILED, "Step '" + step.getName() + "' has no value for {" + name
                            + "} in the command of " + service.getId() + "; give the parameter a value or link the input.");
                }
                m.appendReplacement(value, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(value);
            Path deployedFile = deployed.get(value.toString());
            command.add(deployedFile != null ? deployedFile.toString() : value.toString());
        }
        return command;
    }

    /**
     * Copies the recipe's files into the run's {@code deploy} folder, once per run, and returns
     * where each image path now is. Each recipe gets a folder of its own, in which a file keeps
     * its whole image path: images often hold files of one name in several folders
     * ({@code /opt/a/run.sh}, {@code /opt/b/run.sh}), and each must stay itself. A file the
     * recipe names but that does not exist (an artifact not built yet) stops the run before
     * anything is submitted.
     */
    static Map<String, Path> deploy(ContainerRecipe recipe, Path deployFolder) {
        Map<String, Path> deployed = new LinkedHashMap<>();
        if (recipe == null || recipe.eResource() == null) {
            return deployed;
        }
        URI base = recipe.eResource().getURI();
        // Two recipe files may share a name; the hash of where each was read keeps them apart.
        Path recipeFolder = deployFolder.resolve(String.valueOf(recipe.getName()).replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + Integer.toHexString(base.toString().hashCode()));
        for (FileCopy file : recipe.getFiles()) {
            URI source = URI.createURI(file.getSource()).resolve(base);
            Path from = Path.of(source.toFileString());
            Path to = recipeFolder.resolve(file.getDestination().replaceFirst("^/+", "")).normalize();
            if (!to.startsWith(recipeFolder) || to.equals(recipeFolder)) {
                throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " copies a file to '"
                        + file.getDestination() + "', which is not a file path in the image; fix 'files' in "
                        + EcoreUtil.getURI(recipe).trimFragment().toFileString() + ".");
            }
            if (!Files.exists(from)) {
                throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " deploys " + from
                        + ", which does not exist; build it first (./mvnw package), or fix 'files' in "
                        + EcoreUtil.getURI(recipe).trimFragment().toFileString() + ".");
            }
            try {
                Files.createDirectories(to.getParent());
                if (!Files.exists(to)) {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot deploy " + from + ": " + e.getMessage(), e);
            }
            deployed.put(file.getDestination(), to);
        }
        return deployed;
    }

    static Map<String, String> environment(ContainerRecipe recipe) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (recipe != null) {
            for (Map.Entry<String, String> entry : recipe.getEnvironment()) {
                environment.put(entry.getKey(), entry.getValue());
            }
        }
        return environment;
    }
}
