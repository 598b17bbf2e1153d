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
     * @param site     what the site is, from the site catalog (null: a plain vitruvian.nodes.Site)
     * @param written  where the TOSCA file will be, so that the paths of the workflow's files are
     *                 written relative to it (null: relative to the workflow)
     */
    record Options(String siteId, SiteKind site, Version version, java.nio.file.Path written) {
    }

    /**
     * The profile's view of a site: an HPC site with its batch scheduler (slurm or pbs) and login
     * host, a Kubernetes cluster, or any other site.
     */
    record SiteKind(String nodeType, String scheduler, String loginHost) {

        public static final String SITE = "vitruvian.nodes.Site";
        public static final String HPC = "vitruvian.nodes.HpcSite";
        public static final String KUBERNETES = "vitruvian.nodes.KubernetesCluster";
    }

    /** One self-contained YAML file: the profile's types are written into it. */
    String generate(Workflow workflow, Options options);

    /**
     * A CSAR: TOSCA-Metadata/TOSCA.meta, the topology importing the profile, and the workflow's
     * service definitions and container recipes under Files/, referred to as artifacts.
     */
    byte[] csar(Workflow workflow, Options options) throws IOException;
}
