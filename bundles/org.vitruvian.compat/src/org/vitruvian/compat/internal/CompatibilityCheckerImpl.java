package org.vitruvian.compat.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Site;

@Component(service = CompatibilityChecker.class)
public final class CompatibilityCheckerImpl implements CompatibilityChecker {

    private final List<Check> checks;

    public CompatibilityCheckerImpl() {
        // The data files are read once, here, so a broken file stops the component from activating
        // instead of giving wrong answers later.
        MpiVersions versions = new MpiVersions(OpenMpiMatrix.load());
        checks = List.of(
                new RuntimeCheck(RuntimeCapabilities.load()),
                new ArchitectureCheck(),
                new BuildHostCheck(),
                new HybridMpiCheck(versions),
                new BindMpiCheck(versions),
                new FabricCheck(),
                new GpuCheck(),
                new ResourceCheck());
    }

    @Override
    public List<Diagnostic> check(ContainerRecipe recipe, Site site, String partitionName, ResourceRequest resources,
            EObject reportOn) {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(site, "site");
        CheckContext context = new CheckContext(recipe, site, partitionName, resources);
        Findings findings = new Findings(reportOn == null ? recipe : reportOn);
        for (Check check : checks) {
            check.check(context, findings);
        }
        return findings.diagnostics();
    }

    @Override
    public List<String> partitions(ContainerRecipe recipe, Site site, ResourceRequest resources) {
        Objects.requireNonNull(site, "site");
        return new CheckContext(recipe, site, null, resources).partitions().stream().map(p -> p.getName()).toList();
    }
}
