package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;

/**
 * How the end states Slurm 22.05's {@code scontrol -o show job} prints are read (the lines are
 * cut from real output; no cluster is needed to read them). The states a loopback cluster cannot
 * produce on demand (node failure, preemption, boot failure) are covered here.
 */
class ScontrolEndStateTest {

    private static JobStatus read(String state, String exitCode) {
        return SlurmAdapter.fromScontrol(state, "JobId=41 JobName=vitruvian-x UserId=vitruvian(1001) Priority=1 JobState=" + state
                + " Reason=None Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=" + exitCode
                + " RunTime=00:01:31 TimeLimit=00:01:00 Partition=debug");
    }

    @Test
    void aWalltimeKillHasItsSignalAndNoExitCode() {
        JobStatus status = read("TIMEOUT", "0:15");
        assertEquals(JobState.FAILED, status.state());
        assertEquals(FailureReason.TIMEOUT, status.reason());
        assertNull(status.exitCode());
        assertEquals(15, status.signal());
        assertTrue(status.detail().contains("killed by signal 15 (SIGTERM)"), status.detail());
    }

    @Test
    void aFailureWithoutASignalKeepsTheExitCodeSlurmGave() {
        JobStatus status = read("FAILED", "3:0");
        assertEquals(JobState.FAILED, status.state());
        assertEquals(3, status.exitCode());
        assertNull(status.signal());
    }

    /** sacct -P lines as Slurm 22.05 prints them: the allocation, then its batch and extern steps. */
    @Test
    void accountingGivesTheStateTheCommandsOwnCodeAndWhatTheJobUsed() {
        var jobs = SlurmAdapter.accounting("""
                52|TIMEOUT|0:0|00:01:24|
                52.batch|CANCELLED|0:15|00:01:25|2664K
                52.extern|COMPLETED|0:0|00:01:24|0
                53|FAILED|3:0|00:00:01|
                53.batch|FAILED|3:0|00:00:01|1080K
                54|CANCELLED by 1001|0:0|00:00:07|
                55|COMPLETED|0:0|00:00:02|
                56|OUT_OF_MEMORY|0:125|00:00:03|
                56.batch|OUT_OF_MEMORY|0:125|00:00:03|312448K
                """);
        JobStatus timeout = jobs.get("52").status();
        assertEquals(15, timeout.signal(), "the batch step's signal: " + timeout);
        assertEquals(FailureReason.TIMEOUT, timeout.reason());
        assertNull(timeout.exitCode(), "no code was given: " + timeout);
        assertTrue(timeout.detail().contains("ran 00:01:24") && timeout.detail().contains("peak memory 2664K"), timeout.detail());

        JobStatus failed = jobs.get("53").status();
        assertEquals(3, failed.exitCode());
        assertEquals(FailureReason.EXIT_CODE, failed.reason());

        assertEquals(JobState.CANCELLED, jobs.get("54").status().state());
        assertEquals(new JobStatus(JobState.COMPLETED, 0, null, null), jobs.get("55").status());

        JobStatus memory = jobs.get("56").status();
        assertEquals(FailureReason.OUT_OF_MEMORY, memory.reason());
        assertNull(memory.exitCode());
        assertTrue(memory.detail().contains("give the step more memory") && memory.detail().contains("312448K"), memory.detail());
    }

    @Test
    void eachEndStateHasAReasonAUserCanActOn() {
        assertTrue(read("OUT_OF_MEMORY", "0:125").detail().contains("give the step more memory"));
        assertEquals(FailureReason.OUT_OF_MEMORY, read("OUT_OF_MEMORY", "0:125").reason());
        assertTrue(read("NODE_FAIL", "0:0").detail().contains("run it again"));
        assertEquals(FailureReason.NODE_FAILURE, read("BOOT_FAIL", "0:0").reason());
        assertEquals(FailureReason.CANCELLED_BY_SCHEDULER, read("PREEMPTED", "0:15").reason());
        assertTrue(read("PREEMPTED", "0:15").detail().contains("without preemption"));
        assertTrue(read("DEADLINE", "0:0").detail().contains("deadline"));
        assertEquals(JobState.CANCELLED, read("CANCELLED", "0:15").state());
    }
}
