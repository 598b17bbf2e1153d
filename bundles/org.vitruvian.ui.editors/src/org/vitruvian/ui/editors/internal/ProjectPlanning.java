package org.vitruvian.ui.editors.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.vitruvian.planning.PlanRequest;

/**
 * What the IDE gives the headless {@link org.vitruvian.planning.WorkflowPlanner} besides a
 * workflow, read from the workflow's project: the project's site files (so a step may be pinned
 * to a site written next to it, as {@code vitruvian check --site-file} allows) and its trust
 * policy when the project holds exactly one (as {@code --policy}); with none, or several, the
 * planner decides with its default policy, CompBioMed D6.5 Table 2. The builder's markers and
 * the workflow editor's Plan page ask the planner the same question this way, so they agree.
 *
 * @param siteFiles the project's Site model files
 * @param policy    the project's one TrustPolicy file, or null
 * @param policies  how many TrustPolicy files the project holds (to say why none was used)
 */
public record ProjectPlanning(List<Path> siteFiles, Path policy, int policies) {

    public ProjectPlanning {
        siteFiles = List.copyOf(siteFiles);
    }

    /** Reads the kinds of the project's model files (their first lines only). */
    public static ProjectPlanning of(IProject project) throws CoreException {
        List<Path> sites = new ArrayList<>();
        List<Path> policies = new ArrayList<>();
        for (IFile file : ModelBuilder.modelFiles(project)) {
            IPath location = file.getLocation();
            if (location == null) {
                continue;
            }
            String kind = kindOf(file);
            if ("Site".equals(kind)) {
                sites.add(location.toPath());
            } else if ("TrustPolicy".equals(kind)) {
                policies.add(location.toPath());
            }
        }
        return new ProjectPlanning(sites, policies.size() == 1 ? policies.get(0) : null, policies.size());
    }

    /** {@code vitruvian check WORKFLOW --site ID}, or {@code vitruvian plan WORKFLOW} when {@code siteId} is null. */
    public PlanRequest request(Path workflow, String siteId) {
        return siteId == null ? PlanRequest.plan(workflow, null, policy, siteFiles)
                : PlanRequest.check(workflow, siteId, policy, siteFiles);
    }

    /**
     * Only the steps pinned with {@code site:} are placed, the others are left out: what the
     * builder checks, since a step without a site gets its site when the user runs it.
     */
    public PlanRequest pinnedOnly(Path workflow) {
        return new PlanRequest(workflow, policy, siteFiles, null, PlanRequest.Unpinned.REFUSE);
    }

    /** The policy decided with, for people: the file's name or the default's. */
    public String policyLabel() {
        if (policy != null) {
            return policy.getFileName().toString();
        }
        return "CompBioMed D6.5 Table 2 (default" + (policies > 1 ? "; the project holds " + policies + " policies" : "") + ")";
    }

    static String kindOf(IFile file) {
        try (Reader reader = new InputStreamReader(file.getContents(true), StandardCharsets.UTF_8)) {
            return ModelContentDescriber.read(reader).kind();
        } catch (CoreException | IOException e) {
            return null;
        }
    }
}
