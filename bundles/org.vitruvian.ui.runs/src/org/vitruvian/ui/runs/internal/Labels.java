package org.vitruvian.ui.runs.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/** The words and numbers the Runs view shows for records; no decisions, only wording. */
final class Labels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Labels() {
    }

    static String state(StepState state) {
        return switch (state) {
            case CREATED -> "Waiting";
            case SUBMITTING -> "Submitting";
            case STAGING -> "Staging inputs";
            case SUBMITTED -> "Submitted";
            case QUEUED -> "Queued";
            case RUNNING -> "Running";
            case UNKNOWN -> "Not answering";
            case COMPLETING -> "Completing";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    static String state(RunState state) {
        return switch (state) {
            case REFUSED -> "Refused";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    static String name(RunRecord run) {
        return run.workflow() == null || run.workflow().name() == null ? run.id() : run.workflow().name();
    }

    /** Run time so far (or in all, once ended); empty before it started. */
    static String elapsed(Instant start, Instant end, Instant now) {
        if (start == null) {
            return "";
        }
        Duration d = Duration.between(start, end != null ? end : now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    static String elapsed(RunRecord run, Instant now) {
        return elapsed(run.created(), run.state().isFinal() ? run.ended() != null ? run.ended() : run.updated() : null, now);
    }

    static String elapsed(StepRecord step, Instant now) {
        return elapsed(step.started(), step.state().isFinal() ? step.ended() != null ? step.ended() : step.started() : null, now);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** Why a step is where it is, as the CLI's status prints it: the failure's kind, exit code and the target's words. */
    static String detail(StepRecord step) {
        StringBuilder s = new StringBuilder();
        if (step.state() == StepState.FAILED && step.reason() != null) {
            s.append('[').append(step.reason()).append("] ");
        }
        if (step.exitCode() != null && step.state().isFinal()) {
            s.append("exit code ").append(step.exitCode()).append(". ");
        }
        if (step.signal() != null && step.state().isFinal()) {
            s.append("killed by signal ").append(step.signal()).append(". ");
        }
        if (step.detail() != null) {
            s.append(step.detail());
        }
        if (step.progress() != null && !step.progress().message().isEmpty() && !step.state().isFinal()) {
            s.append(s.isEmpty() ? "" : "\n").append(step.progress().message());
        }
        return s.toString().strip();
    }

    static String detail(RunRecord run) {
        StringBuilder s = new StringBuilder("Run ").append(run.id());
        if (run.workflow() != null && run.workflow().file() != null) {
            s.append("\n").append(run.workflow().file());
        }
        if (run.detail() != null) {
            s.append("\n").append(run.detail());
        }
        for (String refusal : run.refusal()) {
            s.append("\n").append(refusal);
        }
        return s.toString();
    }
}
