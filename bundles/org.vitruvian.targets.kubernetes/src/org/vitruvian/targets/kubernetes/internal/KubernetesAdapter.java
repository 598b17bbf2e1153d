package org.vitruvian.targets.kubernetes.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vitruvian.core.Digests;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;

/**
 * Runs each step as a batch/v1 Job on a Kubernetes cluster, through the fabric8 client over the
 * JDK's HTTP client. A Job has one container of the step's image, named by digest (a tag can
 * change under a run), with the step's command as its arguments (no shell), its cores and
 * memory as requests and limits, its walltime as {@code activeDeadlineSeconds}, no retries of
 * its own ({@code backoffLimit: 0}: the engine decides about retries) and labels naming the run
 * and step. The state of all of Vitruvian's Jobs in a namespace comes from one list call by
 * label selector, whatever the number of runs and jobs ({@link JobStates}); a cancel deletes the
 * Job with foreground propagation, so its pods go first.
 *
 * <p>Not built yet: moving inputs and outputs through a PersistentVolumeClaim (so the adapter
 * does not claim STAGE_IN or STAGE_OUT), Indexed Jobs for sweeps, and watches. docs/cloud.md
 * says what works.
 */
@Component(service = TargetAdapter.class)
public final class KubernetesAdapter implements TargetAdapter {

    /** The label every Job of Vitruvian's carries: the one selector of a poll. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "vitruvian";
    public static final String RUN_LABEL = "vitruvian.org/run";
    public static final String STEP_LABEL = "vitruvian.org/step";
    /** The client id, whole (a label value is limited to 63 characters). */
    public static final String CLIENT_ID_ANNOTATION = "vitruvian.org/client-id";
    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    private final Function<Site, KubernetesClient> clients;
    private final Function<Site, String> namespaces;
    private final Map<String, KubernetesClient> open = new ConcurrentHashMap<>();
    /** Jobs this adapter deleted: once gone from the cluster they are CANCELLED, not lost. */
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    /** Each site's kubeconfig, read once per process. */
    private static final Map<String, ClusterAccess> ACCESS = new ConcurrentHashMap<>();

    /** The service: each site's cluster as its kubeconfig says ({@link ClusterAccess}). */
    public KubernetesAdapter() {
        this(site -> access(site).client(), site -> access(site).namespace());
    }

    /** With the given clients and namespaces, for tests against a simulated API server. */
    public KubernetesAdapter(Function<Site, KubernetesClient> clients, Function<Site, String> namespaces) {
        this.clients = clients;
        this.namespaces = namespaces;
    }

    private static ClusterAccess access(Site site) {
        ClusterAccess known = ACCESS.get(site.getId());
        if (known != null) {
            return known;
        }
        try {
            ClusterAccess access = ClusterAccess.of(site);
            ACCESS.put(site.getId(), access);
            return access;
        } catch (TargetException e) {
            // A missing kubeconfig is not remembered: the user may add it and run again.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SUBMIT, Capability.BATCH_STATUS, Capability.LOGS, Capability.CANCEL);
    }

    @Override
    public boolean supports(Site site) {
        return site.isSetScheduler() && site.getScheduler() == Scheduler.KUBERNETES;
    }

    // ------------------------------------------------------------------ submission

    @Override
    public String submit(JobSpec job) throws TargetException {
        Job manifest = manifest(job);
        String name = manifest.getMetadata().getName();
        call(job.site(), client -> {
            String namespace = namespace(job.site());
            // Created only if absent: a second submission after a crash finds the first Job.
            if (client.batch().v1().jobs().inNamespace(namespace).withName(name).get() == null) {
                client.batch().v1().jobs().inNamespace(namespace).resource(manifest).create();
            }
            return null;
        }, "create Job " + name + " for step " + job.step());
        try {
            Files.createDirectories(job.workDir());
        } catch (IOException e) {
            throw new TargetException("cannot create " + job.workDir() + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** The Job for a step, as it is sent to the API server. */
    public static Job manifest(JobSpec job) throws TargetException {
        if (job.image() == null) {
            // The engine hands images only to targets that build them, and building and pushing to a
            // registry the cluster pulls from is not done yet (docs/cloud.md).
            throw TargetException.permanent("step " + job.step() + " has no container image, and a Kubernetes site runs only"
                    + " containers; Vitruvian cannot yet build and push a recipe's image for a cluster, so run the step on a"
                    + " workstation, VM or HPC site (docs/cloud.md)");
        }
        if (!DIGEST.matcher(job.image()).matches()) {
            throw TargetException.permanent("step " + job.step() + " names its image '" + job.image() + "' by tag; a tag can"
                    + " point to another image by the time the cluster pulls it, so Kubernetes sites take images by digest:"
                    + " push the image to the cluster's registry and name it as REGISTRY/NAME@sha256:DIGEST");
        }
        Map<String, String> limits = new HashMap<>();
        if (job.cores() != null) {
            limits.put("cpu", String.valueOf(job.cores()));
        }
        if (job.memory() != null) {
            limits.put("memory", String.valueOf(job.memory()));
        }
        Map<String, Quantity> quantities = new LinkedHashMap<>();
        limits.forEach((resource, amount) -> quantities.put(resource, new Quantity(amount)));
        List<EnvVar> environment = new ArrayList<>();
        job.environment().forEach((name, value) -> environment.add(new EnvVar(name, value, null)));
        String name = jobName(job);
        JobBuilder builder = new JobBuilder().withNewMetadata().withName(name)
                .addToLabels(MANAGED_BY, MANAGER).addToLabels(RUN_LABEL, labelValue(job.runId()))
                .addToLabels(STEP_LABEL, labelValue(job.step())).addToAnnotations(CLIENT_ID_ANNOTATION, job.clientId())
                .endMetadata()
                .withNewSpec()
                // The engine retries a failed step itself, with its own record of each attempt.
                .withBackoffLimit(0)
                .withActiveDeadlineSeconds(job.walltime() == null ? null : Math.max(1, job.walltime().getSeconds()))
                .withNewTemplate().withNewMetadata().addToLabels(MANAGED_BY, MANAGER).addToLabels(RUN_LABEL, labelValue(job.runId()))
                .addToLabels(STEP_LABEL, labelValue(job.step())).endMetadata()
                .withNewSpec().withRestartPolicy("Never")
                .addToContainers(new ContainerBuilder().withName("step").withImage(job.image())
                        // The whole command as arguments to nothing: no shell ever reads a parameter.
                        .withCommand(job.command()).withEnv(environment)
                        .withResources(new ResourceRequirementsBuilder().withRequests(quantities).withLimits(quantities).build())
                        .build())
                .endSpec().endTemplate().endSpec();
        return builder.build();
    }

    /**
     * The Job's name: DNS-1123, at most 63 characters, the same for the same client id (so
     * {@link #find} needs no search) and different for different ones.
     */
    public static String jobName(JobSpec job) {
        String step = job.step().toLowerCase().replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        String hash = Digests.sha256(job.clientId().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        String prefix = "v-" + (step.length() > 40 ? step.substring(0, 40) : step);
        return (prefix.endsWith("-") ? prefix : prefix + "-") + hash;
    }

    /** A value as a label value: at most 63 of [A-Za-z0-9._-], starting and ending alphanumeric. */
    static String labelValue(String value) {
        String label = value.replaceAll("[^A-Za-z0-9._-]", "_");
        if (label.length() > 63) {
            label = label.substring(0, 63);
        }
        return label.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
    }

    // ------------------------------------------------------------------ state

    @Override
    public Optional<String> find(Site site, JobSpec job) throws TargetException {
        String name = jobName(job);
        Job found = call(site, client -> client.batch().v1().jobs().inNamespace(namespace(site)).withName(name).get(),
                "look for Job " + name);
        return found == null ? Optional.empty() : Optional.of(name);
    }

    /**
     * One list call for the Jobs of every run in the site's namespace, by label selector; a second
     * one for their pods only when a Job's own status cannot say why it waits or failed (a
     * container's OOMKilled, an image that cannot be pulled, an eviction are on the pod).
     */
    @Override
    public Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        String namespace = namespace(site);
        List<Job> listed = call(site, client -> client.batch().v1().jobs().inNamespace(namespace).withLabel(MANAGED_BY, MANAGER)
                .list().getItems(), "list the Jobs in namespace " + namespace);
        Map<String, Job> byName = new HashMap<>();
        listed.forEach(job -> byName.put(job.getMetadata().getName(), job));
        boolean podsNeeded = jobs.stream().map(job -> byName.get(jobIds.get(job.clientId()))).anyMatch(JobStates::needsPods);
        Map<String, List<Pod>> pods = new HashMap<>();
        if (podsNeeded) {
            List<Pod> all = call(site, client -> client.pods().inNamespace(namespace).withLabel(MANAGED_BY, MANAGER).list().getItems(),
                    "list the pods in namespace " + namespace);
            for (Pod pod : all) {
                String owner = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get("job-name");
                if (owner != null) {
                    pods.computeIfAbsent(owner, key -> new ArrayList<>()).add(pod);
                }
            }
        }
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (JobSpec job : jobs) {
            String name = jobIds.get(job.clientId());
            statuses.put(job.clientId(), JobStates.of(byName.get(name), pods.getOrDefault(name, List.of()), cancelled.contains(name)));
        }
        return statuses;
    }

    @Override
    public void cancel(Site site, JobSpec job, String jobId) throws TargetException {
        cancelled.add(jobId);
        call(site, client -> client.batch().v1().jobs().inNamespace(namespace(site)).withName(jobId)
                .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete(), "delete Job " + jobId);
    }

    /** The log of the Job's latest pod, through the pod log API. */
    @Override
    public Path log(Site site, JobSpec job) throws IOException {
        Path local = job.workDir().resolve("stdout.log");
        String name = jobName(job);
        try {
            String text = call(site, client -> {
                List<Pod> pods = client.pods().inNamespace(namespace(site)).withLabel("job-name", name).list().getItems();
                if (pods.isEmpty()) {
                    return null;
                }
                Pod latest = pods.get(pods.size() - 1);
                return client.pods().inNamespace(namespace(site)).withName(latest.getMetadata().getName()).getLog();
            }, "read the log of Job " + name);
            Files.createDirectories(local.getParent());
            Files.writeString(local, text == null ? "" : text);
        } catch (TargetException e) {
            throw new IOException(e.getMessage(), e);
        }
        return local;
    }

    // ------------------------------------------------------------------ the cluster

    private String namespace(Site site) throws TargetException {
        try {
            return namespaces.apply(site);
        } catch (IllegalStateException e) {
            throw e.getCause() instanceof TargetException t ? t : TargetException.permanent(e.getMessage(), e);
        }
    }

    private KubernetesClient client(Site site) throws TargetException {
        try {
            return open.computeIfAbsent(site.getId(), id -> clients.apply(site));
        } catch (IllegalStateException e) {
            throw e.getCause() instanceof TargetException t ? t : TargetException.permanent(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T on(KubernetesClient client) throws TargetException;
    }

    /**
     * One API call. The API server's refusals (403, 422: a quota, a forbidden namespace, an
     * invalid Job) stay wrong however often they are sent; a server that does not answer, or
     * answers 5xx or 429, may answer later.
     */
    private <T> T call(Site site, Call<T> call, String what) throws TargetException {
        KubernetesClient client = client(site);
        try {
            return ClusterAccess.withBundleLoader(() -> {
                try {
                    return call.on(client);
                } catch (TargetException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (KubernetesClientException e) {
            int code = e.getCode();
            String message = "cannot " + what + " on site " + site.getId() + ": " + (code > 0 ? "HTTP " + code + ": " : "")
                    + (e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : e.getMessage());
            if (code == 401) {
                throw TargetException.permanent(message + "; the cluster did not accept the kubeconfig's credentials: get a"
                        + " fresh token or certificate from its operators", e);
            }
            if (code == 403) {
                throw TargetException.permanent(message + "; the account may not do this in namespace " + namespace(site)
                        + ": ask the cluster's operators for a Role that allows Jobs and pods there", e);
            }
            boolean later = code == 0 || code == 429 || code >= 500;
            throw later ? new TargetException(message, e) : TargetException.permanent(message, e);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TargetException t) {
                throw t;
            }
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        open.values().forEach(KubernetesClient::close);
        open.clear();
    }
}
