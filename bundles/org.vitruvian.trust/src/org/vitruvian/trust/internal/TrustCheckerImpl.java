package org.vitruvian.trust.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.framework.BundleContext;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.trust.DataReach;
import org.vitruvian.trust.DataClasses;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.TrustDecision;
import org.vitruvian.trust.Verdict;

@Component(service = TrustChecker.class)
public final class TrustCheckerImpl implements TrustChecker {

    private final TrustPolicy defaultPolicy;
    private final String defaultLocation;

    @Activate
    public TrustCheckerImpl(@Reference ModelService models, BundleContext context) {
        URI uri = URI.createPlatformPluginURI(context.getBundle().getSymbolicName() + "/policies/compbiomed-table-2.yaml", true);
        ModelSet loaded = models.loadUris(List.of(uri), List.of());
        if (loaded.hasErrors() || !(loaded.models().get(0).root() instanceof TrustPolicy policy)) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "The built-in trust policy does not load: " + loaded.report().toText());
        }
        this.defaultPolicy = policy;
        this.defaultLocation = uri.toString();
    }

    @Override
    public TrustPolicy defaultPolicy() {
        return defaultPolicy;
    }

    @Override
    public String defaultPolicyLocation() {
        return defaultLocation;
    }

    @Override
    public TrustDecision decide(DataClass dataClass, Site site, TrustPolicy policy) {
        String siteId = site.getId();
        if (!site.isSetResourceClass()) {
            return new TrustDecision(Verdict.DENY, dataClass, siteId, null, null, "Site '" + siteId
                    + "' states no resourceClass, so no rule can apply; add one (desk-side, private-cloud, public-cloud or hpc).");
        }
        ResourceClass resourceClass = site.getResourceClass();
        Optional<TrustRule> found = rule(policy, dataClass, resourceClass, siteId);
        String what = DataClasses.describe(dataClass) + " data on " + resourceClass.getLiteral() + " site '" + siteId + "'";
        if (found.isEmpty()) {
            return new TrustDecision(Verdict.DENY, dataClass, siteId, resourceClass.getLiteral(), null, "No rule of policy '"
                    + policy.getName() + "' covers " + what + "; add one to the policy if it should be allowed.");
        }
        TrustRule rule = found.get();
        TrustDecision decision = switch (rule.getVerdict()) {
            case ALLOWED -> new TrustDecision(Verdict.ALLOW, dataClass, siteId, resourceClass.getLiteral(), rule,
                    "Allowed: " + what + " (" + rule.getVerdict().getLiteral() + ").");
            case NON_SENSITIVE_ONLY -> DataClasses.isSensitive(dataClass)
                    ? new TrustDecision(Verdict.DENY, dataClass, siteId, resourceClass.getLiteral(), rule, "Denied: the rule allows "
                            + "only non-sensitive data here, and this is " + DataClasses.describe(dataClass) + " data; "
                            + (dataClass.getKind() == DataKind.CLINICAL ? "de-identify it first (a step with deidentifies: true)"
                                    : "use data the owner does not mark confidential") + ", or run on another site.")
                    : new TrustDecision(Verdict.ALLOW, dataClass, siteId, resourceClass.getLiteral(), rule,
                            "Allowed: " + what + " is not sensitive, and the rule allows non-sensitive data.");
            case NOT_DETERMINED -> certified(rule, site)
                    .map(certificate -> new TrustDecision(Verdict.ALLOW, dataClass, siteId, resourceClass.getLiteral(), rule,
                            "Allowed: trust is not determined for " + what + ", but the site holds '" + certificate
                                    + "', which the rule accepts."))
                    .orElse(new TrustDecision(Verdict.DENY, dataClass, siteId, resourceClass.getLiteral(), rule, "Denied: trust in "
                            + what + " is not determined" + (rule.getAcceptedCertifications().isEmpty() ? ""
                                    : " and the site holds none of " + rule.getAcceptedCertifications())
                            + "; run it on a site the policy allows, or use a policy that accepts this site's certification."));
        };
        return decision;
    }

    /** A rule for this very site wins over the general rule for its resource class. */
    private static Optional<TrustRule> rule(TrustPolicy policy, DataClass dataClass, ResourceClass resourceClass, String siteId) {
        return policy.getRules().stream()
                .filter(r -> r.getDataKind() == dataClass.getKind() && r.getOwner() == dataClass.getOwner()
                        && r.getResourceClass() == resourceClass && (r.getSite() == null || r.getSite().equals(siteId)))
                .min(Comparator.comparingInt(r -> r.getSite() == null ? 1 : 0));
    }

    private static Optional<String> certified(TrustRule rule, Site site) {
        return rule.getAcceptedCertifications().stream().filter(site.getCertifications()::contains).findFirst();
    }

    @Override
    public List<StepTrust> check(Workflow workflow, Function<Step, Site> placement, TrustPolicy policy) {
        DataReach reach = reach(workflow);
        List<StepTrust> results = new ArrayList<>();
        for (Step step : workflow.getSteps()) {
            Site site = placement.apply(step);
            if (site != null) {
                results.add(decide(step, site, reach, policy));
            }
        }
        return results;
    }

    @Override
    public DataReach reach(Workflow workflow) {
        return new DataReach(workflow, new DataFlow(workflow).reaching());
    }

    @Override
    public StepTrust decide(Step step, Site site, DataReach reach, TrustPolicy policy) {
        if (step.eContainer() != reach.workflow()) {
            // Data that reaches no step of this workflow would read as "no input reaches it": allowed.
            throw new IllegalArgumentException("Step '" + step.getName() + "' is not a step of workflow '"
                    + reach.workflow().getName() + "', whose data flow was given.");
        }
        List<CarriedData> carried = reach.at(step);
        List<TrustDecision> decisions = new ArrayList<>();
        for (CarriedData data : carried) {
            TrustDecision decision = data.dataClass() == null
                    ? new TrustDecision(Verdict.DENY, null, site.getId(), null, null, "Workflow input '" + data.path().get(0)
                            + "' states no dataClass; say what data it is (kind and owner) so trust can be decided.")
                    : decide(data.dataClass(), site, policy);
            decisions.add(rootDaemonCheck(decision, site));
        }
        return new StepTrust(step, site.getId(), carried, decisions, deciding(decisions, site));
    }

    /**
     * Clinical data under a root container daemon on a shared resource is refused whatever the
     * table says: the daemon's root access is why HPC centres refuse Docker (CompBioMed D6.5 Fig. 5).
     */
    private static TrustDecision rootDaemonCheck(TrustDecision decision, Site site) {
        if (decision.verdict() == Verdict.DENY || decision.dataClass() == null || decision.dataClass().getKind() != DataKind.CLINICAL) {
            return decision;
        }
        boolean shared = site.isSetResourceClass() && site.getResourceClass() != ResourceClass.DESK_SIDE;
        List<ContainerRuntime> runtimes = site.getContainerRuntimes();
        boolean onlyRootful = !runtimes.isEmpty() && runtimes.stream().allMatch(r -> r.isSetRootful() && r.isRootful());
        if (shared && onlyRootful) {
            return new TrustDecision(Verdict.DENY, decision.dataClass(), decision.siteId(), decision.resourceClass(), decision.rule(),
                    "Denied: clinical data would run under a root container daemon (" + runtimes.get(0).getKind().getLiteral()
                            + ") on a shared resource; use a site with a rootless runtime (Apptainer, Podman).");
        }
        return decision;
    }

    private static TrustDecision deciding(List<TrustDecision> decisions, Site site) {
        for (TrustDecision decision : decisions) {
            if (decision.verdict() == Verdict.DENY) {
                return decision;
            }
        }
        return decisions.stream().filter(d -> d.dataClass() != null).max(Comparator.comparingInt(d -> sensitivity(d.dataClass())))
                .orElse(new TrustDecision(Verdict.ALLOW, null, site.getId(),
                        site.isSetResourceClass() ? site.getResourceClass().getLiteral() : null, null,
                        "Allowed: no workflow input reaches this step."));
    }

    private static int sensitivity(DataClass dataClass) {
        int level = dataClass.getKind() == DataKind.CLINICAL ? 10 - DataClasses.identifiability(dataClass).getValue() : 0;
        return level + (DataClasses.isSensitive(dataClass) ? 100 : 0);
    }
}
