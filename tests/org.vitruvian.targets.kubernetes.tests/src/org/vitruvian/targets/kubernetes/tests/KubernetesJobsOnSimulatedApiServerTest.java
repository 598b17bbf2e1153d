package org.vitruvian.targets.kubernetes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.targets.kubernetes.internal.KubernetesAdapter;

/**
 * The Kubernetes target against a SIMULATED API server (fabric8's kubernetes-server-mock in CRUD
 * mode): the Jobs it creates, the calls it makes, and how it reads the states a cluster writes.
 * Nothing runs a container here: where a Job's status matters, this test writes what the Job
 * controller and the kubelet of a real cluster would, and says so.
 */
class KubernetesJobsOnSimulatedApiServerTest {

    private static final String IMAGE = "registry.example.org/vitruvian/copy@sha256:" + "ab".repeat(32);

    @TempDir
    Path work;

    /** Each test in a namespace of its own, so that lists see only its Jobs. */
    private final String namespace = "vitruvian-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<SimulatedApiServer.Request> requests = new CopyOnWriteArrayList<>();
    private final KubernetesClient adapterClient = SimulatedApiServer.client(requests);
    private final KubernetesClient cluster = SimulatedApiServer.client();
    private final KubernetesAdapter adapter = new KubernetesAdapter(site -> adapterClient, site -> namespace);
    private final Site site = site();

    @AfterEach
    void close() {
        adapterClient.close();
        cluster.close();
    }

    private static Site site() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("simulated-cluster");
        site.setType(SiteKind.CLOUD);
        site.setScheduler(Scheduler.KUBERNETES);
        return site;
    }

    private JobSpec job(String step, String... command) {
        return JobSpec.builder("run-1", step, "run-1." + step + "." + UUID.randomUUID()).site(site).command(command)
                .workDir(work.resolve(step)).image(IMAGE).environment(Map.of("MODE", "it's $HOME")).walltime(Duration.ofMinutes(10))
                .cores(2).memory(1L << 30).build();
    }

    private Job created(String name) {
        return cluster.batch().v1().jobs().inNamespace(namespace).withName(name).get();
    }

    /** What the Job controller of a real cluster would write; the simulated server writes nothing itself. */
    private void jobControllerWrites(String name, JobStatus status) {
        Job job = created(name);
        job.setStatus(status);
        cluster.batch().v1().jobs().inNamespace(namespace).resource(job).updateStatus();
    }

    /** What a real cluster's kubelet would report for the Job's pod; here the test creates it. */
    private void kubeletReports(String jobName, PodStatus status) {
        Pod pod = new PodBuilder().withNewMetadata().withName(jobName + "-pod").addToLabels("job-name", jobName)
                .addToLabels(KubernetesAdapter.MANAGED_BY, KubernetesAdapter.MANAGER).endMetadata()
                .withNewSpec().addNewContainer().withName("step").withImage(IMAGE).endContainer().endSpec().build();
        cluster.pods().inNamespace(namespace).resource(pod).create();
        pod = cluster.pods().inNamespace(namespace).withName(jobName + "-pod").get();
        pod.setStatus(status);
        cluster.pods().inNamespace(namespace).resource(pod).updateStatus();
    }

    private org.vitruvian.execution.spi.JobStatus status(JobSpec job, String id) throws TargetException {
        return adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
    }

    @Test
    void theAdapterIsTheServiceForKubernetesSitesOnly() {
        assertTrue(adapter.supports(site));
        Site vm = site();
        vm.setScheduler(Scheduler.NONE);
        assertFalse(adapter.supports(vm));
    }

    @Test
    void aStepBecomesAJobWithItsResourcesDeadlineLabelsAndImageByDigest() throws Exception {
        List<String> odd = List.of("sh", "-c", "printf '%s' \"$1\"", "tck", "$(touch pwned); `id` \"quoted\"\nnext");
        JobSpec job = JobSpec.builder("run-1", "Strength analysis", "run-1.strength." + UUID.randomUUID()).site(site)
                .command(odd).workDir(work.resolve("s")).image(IMAGE).environment(Map.of("MODE", "it's $HOME"))
                .walltime(Duration.ofMinutes(10)).cores(2).memory(1L << 30).build();
        String id = adapter.submit(job);

        Job sent = created(id);
        assertTrue(id.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"), "a DNS-1123 name: " + id);
        assertEquals(600L, sent.getSpec().getActiveDeadlineSeconds(), "the walltime");
        assertEquals(0, sent.getSpec().getBackoffLimit(), "the engine retries, not the Job");
        assertEquals(Map.of(KubernetesAdapter.MANAGED_BY, "vitruvian", KubernetesAdapter.RUN_LABEL, "run-1",
                KubernetesAdapter.STEP_LABEL, "Strength_analysis"), sent.getMetadata().getLabels());
        assertEquals(job.clientId(), sent.getMetadata().getAnnotations().get(KubernetesAdapter.CLIENT_ID_ANNOTATION));
        assertEquals("Never", sent.getSpec().getTemplate().getSpec().getRestartPolicy());
        Container container = sent.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(IMAGE, container.getImage());
        assertEquals(odd, container.getCommand(), "every argument as it was, through no shell");
        assertEquals(List.of(new EnvVar("MODE", "it's $HOME", null)), container.getEnv());
        Map<String, Quantity> expected = Map.of("cpu", new Quantity("2"), "memory", new Quantity(String.valueOf(1L << 30)));
        assertEquals(expected, container.getResources().getRequests());
        assertEquals(expected, container.getResources().getLimits());
    }

    @Test
    void anImageNamedByTagIsRefusedWithWhatToDo() {
        JobSpec job = job("tagged", "true").toBuilder().image("registry.example.org/vitruvian/copy:latest").build();
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertTrue(refused.isPermanent());
        assertTrue(refused.getMessage().contains("by digest"), refused.getMessage());
        assertTrue(cluster.batch().v1().jobs().inNamespace(namespace).list().getItems().isEmpty(), "nothing was created");
    }

    @Test
    void aStepWithoutAnImageIsRefusedWithWhereItCanRun() {
        JobSpec job = job("plain", "true").toBuilder().image(null).build();
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertTrue(refused.isPermanent());
        assertTrue(refused.getMessage().contains("workstation, VM or HPC site"), refused.getMessage());
    }

    @Test
    void aSecondSubmissionAfterACrashFindsTheFirstJobAndCreatesNoOther() throws Exception {
        JobSpec job = job("once", "true");
        JobSpec never = job("never", "true");
        String first = adapter.submit(job);
        assertEquals(first, adapter.submit(job));
        assertEquals(1, cluster.batch().v1().jobs().inNamespace(namespace).list().getItems().size());
        assertEquals(first, adapter.find(site, job).orElseThrow());
        assertTrue(adapter.find(site, never).isEmpty());
    }

    @Test
    void aPollOfManyJobsIsOneListCallWhateverTheirNumber() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        List<JobSpec> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            JobSpec job = job("sweep-" + i, "true");
            jobs.add(job);
            ids.put(job.clientId(), adapter.submit(job));
        }
        for (String id : ids.values()) {
            jobControllerWrites(id, new JobStatusBuilder().withSucceeded(1).addToConditions(new JobConditionBuilder()
                    .withType("Complete").withStatus("True").build()).build());
        }
        requests.clear();
        var statuses = adapter.status(site, jobs, ids);
        assertEquals(40, statuses.size());
        assertTrue(statuses.values().stream().allMatch(s -> s.state() == JobState.COMPLETED), String.valueOf(statuses.values()));
        assertEquals(1, requests.size(), "one call for 40 Jobs: " + requests);
        assertEquals("GET", requests.get(0).method());
        assertTrue(requests.get(0).uri().contains("/namespaces/" + namespace + "/jobs?labelSelector="), requests.get(0).uri());
    }

    @Test
    void aJobWaitsThenRunsThenCompletes() throws Exception {
        JobSpec job = job("ok", "true");
        String id = adapter.submit(job);
        assertEquals(JobState.QUEUED, status(job, id).state(), "no pod yet");
        kubeletReports(id, new PodStatusBuilder().withPhase("Running").build());
        jobControllerWrites(id, new JobStatusBuilder().withActive(1).build());
        assertEquals(JobState.RUNNING, status(job, id).state());
        jobControllerWrites(id, new JobStatusBuilder().withSucceeded(1).addToConditions(new JobConditionBuilder()
                .withType("Complete").withStatus("True").build()).build());
        var completed = status(job, id);
        assertEquals(JobState.COMPLETED, completed.state());
        assertEquals(0, completed.exitCode());
    }

    @Test
    void aFailingContainerIsFailedWithItsExitCode() throws Exception {
        JobSpec job = job("fails", "sh", "-c", "exit 3");
        String id = adapter.submit(job);
        kubeletReports(id, new PodStatusBuilder().withPhase("Failed").addToContainerStatuses(new ContainerStatusBuilder()
                .withName("step").withNewState().withNewTerminated().withExitCode(3).withReason("Error").endTerminated().endState()
                .build()).build());
        jobControllerWrites(id, failed("BackoffLimitExceeded"));
        var status = status(job, id);
        assertEquals(JobState.FAILED, status.state());
        assertEquals(3, status.exitCode());
        assertEquals(FailureReason.EXIT_CODE, status.reason());
    }

    @Test
    void aJobPastItsDeadlineFailsForTime() throws Exception {
        JobSpec job = job("slow", "sleep", "3600");
        String id = adapter.submit(job);
        jobControllerWrites(id, failed("DeadlineExceeded"));
        var status = status(job, id);
        assertEquals(JobState.FAILED, status.state());
        assertEquals(FailureReason.TIMEOUT, status.reason());
        assertNull(status.exitCode());
        assertTrue(status.detail().contains("longer walltime"), status.detail());
    }

    @Test
    void aContainerKilledAtItsMemoryLimitFailsForMemory() throws Exception {
        JobSpec job = job("big", "true");
        String id = adapter.submit(job);
        kubeletReports(id, new PodStatusBuilder().withPhase("Failed").addToContainerStatuses(new ContainerStatusBuilder()
                .withName("step").withNewState().withNewTerminated().withExitCode(137).withReason("OOMKilled").endTerminated()
                .endState().build()).build());
        jobControllerWrites(id, failed("BackoffLimitExceeded"));
        var status = status(job, id);
        assertEquals(FailureReason.OUT_OF_MEMORY, status.reason());
        assertTrue(status.detail().contains("more memory"), status.detail());
    }

    @Test
    void anImageTheClusterCannotPullKeepsTheStepWaitingAndSaysWhy() throws Exception {
        JobSpec job = job("pull", "true");
        String id = adapter.submit(job);
        kubeletReports(id, new PodStatusBuilder().withPhase("Pending").addToContainerStatuses(new ContainerStatusBuilder()
                .withName("step").withNewState().withNewWaiting().withReason("ImagePullBackOff")
                .withMessage("Back-off pulling image").endWaiting().endState().build()).build());
        jobControllerWrites(id, new JobStatusBuilder().withActive(1).build());
        var status = status(job, id);
        assertEquals(JobState.QUEUED, status.state());
        assertTrue(status.detail().contains("cannot pull the image") && status.detail().contains("digest"), status.detail());
    }

    @Test
    void anEvictedPodFailsTheStepAsANodeProblem() throws Exception {
        JobSpec job = job("evicted", "true");
        String id = adapter.submit(job);
        kubeletReports(id, new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").build());
        jobControllerWrites(id, failed("BackoffLimitExceeded"));
        var status = status(job, id);
        assertEquals(FailureReason.NODE_FAILURE, status.reason());
        assertTrue(status.detail().contains("low on resource"), status.detail());
    }

    @Test
    void aCancelDeletesTheJobWithForegroundPropagation() throws Exception {
        JobSpec job = job("cancel", "sleep", "3600");
        String id = adapter.submit(job);
        requests.clear();
        adapter.cancel(site, job, id);
        SimulatedApiServer.Request delete = requests.stream().filter(r -> r.method().equals("DELETE")).findFirst().orElseThrow();
        assertTrue(delete.uri().endsWith("/namespaces/" + namespace + "/jobs/" + id), delete.uri());
        assertTrue(delete.body().contains("\"propagationPolicy\":\"Foreground\""), delete.body());
        assertNull(created(id), "the Job is gone");
        assertEquals(JobState.CANCELLED, status(job, id).state());
    }

    private static JobStatus failed(String reason) {
        return new JobStatusBuilder().withFailed(1).addToConditions(new JobConditionBuilder().withType("Failed").withStatus("True")
                .withReason(reason).build()).build();
    }
}
