package org.vitruvian.tosca.workflow;

import java.io.IOException;

import org.vitruvian.model.workflow.Workflow;

/**
 * Turns a workflow into a TOSCA topology of the Vitruvian profile (docs/tosca.md): one node
 * per step with its container image, resources and parameters, hosted on the chosen site, the
 * data flow as requirements, and a data-trust policy per data class the steps read.
 */
public interface WorkflowToTosca {

    /** The TOSCA version written: 1.3 by default, 1.2 for tools of that age (tosca-parser 2.6.0). */
    enum Version {
        V1_2("tosca_simple_yaml_1_2"), V1_3("tosca_simple_yaml_1_3");

        private final String definitionsVersion;

        Version(String definitionsVersion) {
            this.definitionsVersion = definitionsVersion;
        }

        public String definitionsVersion() {
            return definitionsVersion;
        }

        /** "1.2" or "1.3"; null for anything else. */
        public static Version of(String text) {
            return switch (text) {
                case "1.2" -> V1_2;
                case "1.3" -> V1_3;
                default -> null;
            };
        }
    }

    /**
     * @param siteId   the site the steps are hosted on (a step pinned to a site keeps its own)
     * @param siteType the profile's node type for the site, e.g. vitruvian.nodes.HpcSite
     * @param written  where the TOSCA file will be, so that the paths of the workflow's files are
     *                 written relative to it (null: relative to the workflow)
     */
    record Options(String siteId, String siteType, Version version, java.nio.file.Path written) {
    }

    /** One self-contained YAML file: the profile's types are written into it. */
    String generate(Workflow workflow, Options options);

    /**
     * A CSAR: TOSCA-Metadata/TOSCA.meta, the topology importing the profile, and the workflow's
     * service definitions and container recipes under Files/, referred to as artifacts.
     */
    byte[] csar(Workflow workflow, Options options) throws IOException;
}
