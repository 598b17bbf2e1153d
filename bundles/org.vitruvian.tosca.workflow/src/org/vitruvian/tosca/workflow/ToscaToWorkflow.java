package org.vitruvian.tosca.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.workflow.Workflow;

/**
 * A topology of the Vitruvian profile back to a workflow: one step per
 * vitruvian.nodes.SimulationService node, its service, parameters (get_input becomes a bound
 * workflow parameter) and retries from the node's properties, its site from the node that
 * hosts it, links from its data requirements, workflow parameters from the inputs; what TOSCA
 * has no place for comes from the metadata that {@link WorkflowToTosca} writes.
 */
public interface ToscaToWorkflow {

    /**
     * The workflow (null when the file is not usable), what was wrong, and, when the topology came
     * from a CSAR, the files the workflow refers to (service definitions, recipes and the recipes'
     * files, as {@link WorkflowToTosca#csar} packs them), by their paths relative to the workflow
     * file: the caller writes them beside it.
     */
    record Result(Workflow workflow, List<Diagnostic> diagnostics, Map<String, byte[]> files) {

        public Result(Workflow workflow, List<Diagnostic> diagnostics) {
            this(workflow, diagnostics, Map.of());
        }
    }

    /**
     * @param toscaFile the TOSCA YAML file, or a CSAR
     * @param workflowFile where the workflow will be written: file references are relative to it
     */
    Result toWorkflow(Path toscaFile, String displayName, Path workflowFile);
}
