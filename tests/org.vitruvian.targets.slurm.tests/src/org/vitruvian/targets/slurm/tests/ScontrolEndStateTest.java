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
