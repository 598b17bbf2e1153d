package org.vitruvian.targets.kubernetes.internal;

import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;

import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;

/**
 * A Job's state as Vitruvian's engine takes it, from the Job's status and, where that cannot
 * say why, its pods': every failure with what the user can do about it.
 */
public final class JobStates {

    private JobStates() {
    }

    /** Whether the Job's own status leaves the reason to its pods: it waits, or it failed without a deadline. */
    static boolean needsPods(Job job) {
        if (job == null || job.getStatus() == null) {
            return job != null;
        }
        if (isTrue(job, "Complete") || job.getStatus().getSucceeded() != null && job.getStatus().getSucceeded() > 0) {
            return false;
        }
        Optional<JobCondition> failed = condition(job, "Failed");
        return failed.isEmpty() || !"DeadlineExceeded".equals(failed.get().getReason());
    }

    /**
     * @param job       the Job as listed, or null when the namespace has none of that name
     * @param pods      its pods (any order), empty when they were not asked for or there are none
     * @param cancelled whether Vitruvian deleted it
     */
    public static JobStatus of(Job job, List<Pod> pods, boolean cancelled) {
        if (job == null) {
            return cancelled ? new JobStatus(JobState.CANCELLED, null, null, "cancelled: its Job was deleted")
                    : new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "its Job is gone from the namespace and"
                            + " left no outcome: someone deleted it, or the cluster's TTL controller removed it; run the step again");
        }
        if (cancelled) {
            // Foreground deletion: the Job stays, marked for deletion, until its pods are gone.
            return new JobStatus(JobState.CANCELLED, null, null, "cancelled: its Job is being deleted");
        }
        Pod pod = latest(pods);
        ContainerStateTerminated ended = terminated(pod);
        if (job.getStatus() != null && job.getStatus().getSucceeded() != null && job.getStatus().getSucceeded() > 0
                || isTrue(job, "Complete")) {
            return new JobStatus(JobState.COMPLETED, 0, null, null);
        }
        Optional<JobCondition> failed = condition(job, "Failed");
        if (failed.isPresent()) {
            String reason = String.valueOf(failed.get().getReason());
            if (reason.equals("DeadlineExceeded")) {
                return new JobStatus(JobState.FAILED, null, FailureReason.TIMEOUT, "ran out of its walltime (DeadlineExceeded:"
                        + " activeDeadlineSeconds " + job.getSpec().getActiveDeadlineSeconds() + "): give the step a longer"
                        + " walltime, or less work per job");
            }
            if (pod != null && "Evicted".equals(pod.getStatus() == null ? null : pod.getStatus().getReason())) {
                return evicted(pod);
            }
            if (ended != null && "OOMKilled".equals(ended.getReason())) {
                return new JobStatus(JobState.FAILED, null, FailureReason.OUT_OF_MEMORY, "ran out of memory (OOMKilled): its"
                        + " container was killed at its memory limit; give the step more memory", signal(ended));
            }
            if (ended != null && ended.getExitCode() != null && ended.getExitCode() != 0) {
                return new JobStatus(JobState.FAILED, ended.getExitCode(), FailureReason.EXIT_CODE, "exited with "
                        + ended.getExitCode() + " (" + reason + "); see its log");
            }
            return new JobStatus(JobState.FAILED, null, FailureReason.EXIT_CODE, "Kubernetes says the Job failed (" + reason
                    + (failed.get().getMessage() == null ? "" : ": " + failed.get().getMessage()) + "); see its log");
        }
        if (pod != null && "Evicted".equals(pod.getStatus() == null ? null : pod.getStatus().getReason())) {
            return evicted(pod);
        }
        ContainerStateWaiting waiting = waiting(pod);
        if (waiting != null && ("ImagePullBackOff".equals(waiting.getReason()) || "ErrImagePull".equals(waiting.getReason()))) {
            // Kubernetes keeps trying; the step waits until the image is there or its deadline ends it.
            return new JobStatus(JobState.QUEUED, null, null, "waiting: the cluster cannot pull the image (" + waiting.getReason()
                    + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage()) + "); check the image's name and digest,"
                    + " and that the cluster's pull secret may read its registry");
        }
        if (pod != null && pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase())) {
            return JobStatus.of(JobState.RUNNING);
        }
        if (job.getStatus() != null && job.getStatus().getActive() != null && job.getStatus().getActive() > 0 && pod == null) {
            return JobStatus.of(JobState.RUNNING);
        }
        String unscheduled = pod == null || pod.getStatus() == null || pod.getStatus().getConditions() == null ? null
                : pod.getStatus().getConditions().stream().filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
                        .map(PodCondition::getMessage).filter(m -> m != null).findFirst().orElse(null);
        return new JobStatus(JobState.QUEUED, null, null, unscheduled == null ? null : "waiting for a node: " + unscheduled);
    }

    private static JobStatus evicted(Pod pod) {
        return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "its pod was evicted (" + pod.getStatus().getMessage()
                + "): the node ran short of memory or disk, or was drained; run the step again, with larger requests if it recurs");
    }

    private static Integer signal(ContainerStateTerminated ended) {
        return ended.getSignal() != null ? ended.getSignal() : ended.getExitCode() != null && ended.getExitCode() > 128
                ? ended.getExitCode() - 128 : null;
    }

    private static Optional<JobCondition> condition(Job job, String type) {
        return job.getStatus() == null || job.getStatus().getConditions() == null ? Optional.empty()
                : job.getStatus().getConditions().stream().filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus()))
                        .findFirst();
    }

    private static boolean isTrue(Job job, String type) {
        return condition(job, type).isPresent();
    }

    /** The pod created last: a Job's latest attempt. */
    private static Pod latest(List<Pod> pods) {
        return pods.stream().max((a, b) -> String.valueOf(a.getMetadata().getCreationTimestamp())
                .compareTo(String.valueOf(b.getMetadata().getCreationTimestamp()))).orElse(null);
    }

    private static ContainerState state(Pod pod) {
        if (pod == null || pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return null;
        }
        return pod.getStatus().getContainerStatuses().stream().map(ContainerStatus::getState).filter(s -> s != null).findFirst()
                .orElse(null);
    }

    private static ContainerStateTerminated terminated(Pod pod) {
        ContainerState state = state(pod);
        return state == null ? null : state.getTerminated();
    }

    private static ContainerStateWaiting waiting(Pod pod) {
        ContainerState state = state(pod);
        return state == null ? null : state.getWaiting();
    }
}
