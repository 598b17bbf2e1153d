package org.vitruvian.tosca.workflow.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.common.Named;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ParameterType;
import org.vitruvian.model.service.ServiceFactory;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.ServiceRef;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowFactory;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.model.Definitions.Constraint;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.Source;
import org.vitruvian.tosca.model.Topology.NodeTemplate;
import org.vitruvian.tosca.model.Topology.RequirementAssignment;
import org.vitruvian.tosca.model.Value;
import org.vitruvian.tosca.workflow.ToscaToWorkflow;

/** See {@link ToscaToWorkflow}. */
@Component(service = ToscaToWorkflow.class)
public final class ToscaToWorkflowImpl implements ToscaToWorkflow {

    /** Template metadata: the workflow's features TOSCA has no place for (imports, parameters, ports, links). */
    static final String WORKFLOW_DATA = "vitruvian.workflow.data";
    /** Node template metadata: a step's features TOSCA has no place for (site, recipe, sweep, ...). */
    static final String STEP_DATA = "vitruvian.step.data";
    static final String STEP_TYPE = "vitruvian.nodes.SimulationService";

    private final ToscaService tosca;

    @Activate
    public ToscaToWorkflowImpl(@Reference ToscaService tosca) {
        this.tosca = tosca;
    }

    @Override
    public Result toWorkflow(Path toscaFile, String displayName, Path workflowFile) {
        ToscaDocument document = tosca.load(toscaFile, displayName);
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        if (document.hasErrors()) {
            return new Result(null, diagnostics);
        }
        ServiceTemplate template = document.template();
        if (template.topology() == null) {
            diagnostics.add(Diagnostic.error(displayName, 0, 0, "tosca.import.no-topology",
                    "The file has no topology_template, so there is no workflow in it."));
            return new Result(null, diagnostics);
        }
        // A YAML file's metadata names files relative to itself; a CSAR's relative to the workflow,
        // whose folder its Files/ holds (WorkflowToTosca#csar), so they resolve beside the new workflow.
        Map<String, byte[]> files = Map.of();
        URI base = URI.createFileURI(toscaFile.toAbsolutePath().normalize().toString());
        if (tosca.isArchive(toscaFile)) {
            Map<String, byte[]> archive = tosca.archiveFiles(toscaFile, displayName, diagnostics);
            if (archive == null) {
                return new Result(null, diagnostics);
            }
            files = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> entry : archive.entrySet()) {
                if (entry.getKey().startsWith(WorkflowToToscaImpl.CSAR_FILES)) {
                    files.put(entry.getKey().substring(WorkflowToToscaImpl.CSAR_FILES.length()), entry.getValue());
                }
            }
            base = URI.createFileURI(workflowFile.toAbsolutePath().normalize().toString());
        }
        Workflow workflow = WorkflowFactory.eINSTANCE.createWorkflow();
        String name = template.metadata().get("template_name");
        workflow.setName(name != null ? name : toscaFile.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        if (template.metadata().get("template_version") != null) {
            workflow.setVersion(template.metadata().get("template_version"));
        }
        if (template.description() != null) {
            workflow.setDescription(template.description());
        }
        List<ModelData.PendingName> pending = new ArrayList<>();
        String workflowData = template.metadata().get(WORKFLOW_DATA);
        if (workflowData != null) {
            ModelData.fromData(workflow, ModelData.parse(workflowData), base, pending);
        } else {
            for (PropertyDefinition input : template.topology().inputs().values()) {
                workflow.getParameters().add(parameter(input));
            }
        }
        int steps = 0;
        for (NodeTemplate node : template.topology().nodeTemplates().values()) {
            if (!STEP_TYPE.equals(node.type())) {
                continue;
            }
            steps++;
            Step step = step(node, pending, base);
            workflow.getSteps().add(step);
            if (workflowData == null) {
                for (RequirementAssignment requirement : node.requirements()) {
                    if (requirement.name().equals("data") && requirement.node() != null) {
                        Link link = WorkflowFactory.eINSTANCE.createLink();
                        link.setFrom(requirement.node() + "." + text(requirement.relationshipProperties().get("output")));
                        link.setTo(node.name() + "." + text(requirement.relationshipProperties().get("input")));
                        workflow.getLinks().add(link);
                    }
                }
            }
        }
        if (steps == 0) {
            diagnostics.add(Diagnostic.error(displayName, 0, 0, "tosca.import.no-steps", "The topology has no node of type "
                    + STEP_TYPE + "; only topologies of the Vitruvian profile become workflows."));
            return new Result(null, diagnostics);
        }
        resolve(workflow, pending, displayName, diagnostics);
        return new Result(workflow, diagnostics, files);
    }

    private static Step step(NodeTemplate node, List<ModelData.PendingName> pending, URI base) {
        Step step = WorkflowFactory.eINSTANCE.createStep();
        step.setName(node.name());
        ServiceRef service = WorkflowFactory.eINSTANCE.createServiceRef();
        service.setId(text(node.properties().get("service_id")));
        String version = text(node.properties().get("service_version"));
        if (version != null && !version.isEmpty()) {
            service.setVersion(version);
        }
        step.setService(service);
        if (node.properties().get("parameters") instanceof Value.Mapping parameters) {
            for (Value.Entry entry : parameters.entries()) {
                ParameterValue value = WorkflowFactory.eINSTANCE.createParameterValue();
                value.setName(entry.name());
                if (entry.value() instanceof Value.Mapping call && call.get("get_input") != null) {
                    pending.add(new ModelData.PendingName(value,
                            org.vitruvian.model.workflow.WorkflowPackage.Literals.PARAMETER_VALUE__BIND, text(call.get("get_input"))));
                } else {
                    value.setValue(text(entry.value()));
                }
                step.getParameters().add(value);
            }
        }
        if (node.properties().get("retries") instanceof Value.Scalar retries && retries.value() instanceof Long count) {
            step.setRetries(count.intValue());
        }
        String data = node.metadata().get(STEP_DATA);
        if (data != null) {
            ModelData.fromData(step, ModelData.parse(data), base, pending);
        }
        return step;
    }

    private static Parameter parameter(PropertyDefinition input) {
        Parameter parameter = ServiceFactory.eINSTANCE.createParameter();
        parameter.setName(input.name());
        parameter.setType(switch (String.valueOf(input.type())) {
            case "integer" -> ParameterType.INTEGER;
            case "float" -> ParameterType.NUMBER;
            case "boolean" -> ParameterType.BOOLEAN;
            default -> ParameterType.STRING;
        });
        if (input.description() != null) {
            parameter.setDescription(input.description());
        }
        if (input.defaultValue() instanceof Value.Scalar value && !value.isNull()) {
            parameter.setDefault(value.text());
        }
        for (Constraint constraint : input.constraints()) {
            Object bound = constraint.argument() instanceof Value.Scalar s ? s.value() : null;
            if (constraint.operator().equals("greater_or_equal") && bound instanceof Number number) {
                parameter.setMin(number.doubleValue());
            } else if (constraint.operator().equals("less_or_equal") && bound instanceof Number number) {
                parameter.setMax(number.doubleValue());
            } else if (constraint.operator().equals("valid_values") && constraint.argument() instanceof Value.Sequence values) {
                values.items().forEach(v -> parameter.getChoices().add(text(v)));
            }
        }
        return parameter;
    }

    /** References by name (a bound parameter, say) to the object of that name and type in the workflow. */
    private static void resolve(Workflow workflow, List<ModelData.PendingName> pending, String file, List<Diagnostic> diagnostics) {
        for (ModelData.PendingName name : pending) {
            EObject target = null;
            for (Iterator<EObject> all = workflow.eAllContents(); all.hasNext();) {
                EObject candidate = all.next();
                if (name.reference().getEReferenceType().isInstance(candidate) && candidate instanceof Named named
                        && name.name().equals(named.getName()) && candidate != name.owner()) {
                    target = candidate;
                    break;
                }
            }
            if (target == null) {
                Source at = Source.unknown(file);
                diagnostics.add(Diagnostic.error(at.file(), 0, 0, "tosca.import.unresolved", "'" + name.name()
                        + "' is not a workflow parameter; declare it as an input of the topology."));
                continue;
            }
            if (name.reference().isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) name.owner().eGet(name.reference());
                list.add(target);
            } else {
                name.owner().eSet(name.reference(), target);
            }
        }
    }

    private static String text(Value value) {
        return Value.text(value);
    }
}
