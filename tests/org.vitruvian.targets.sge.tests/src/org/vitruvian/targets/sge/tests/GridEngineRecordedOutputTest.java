package org.vitruvian.targets.sge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.targets.sge.internal.GridEngineDialect;

/**
 * The Grid Engine dialect reads what Debian's Grid Engine 8.1.9 printed on the loopback cell
 * (recorded in data/recorded: qstat -u with a held, a waiting and two running jobs; qacct -j for
 * a job that exited 3, one stopped at its h_rt and one deleted with qdel), and writes the
 * directives a user's resources call for.
 */
class GridEngineRecordedOutputTest {

    private final GridEngineDialect dialect = new GridEngineDialect();

    private static String recorded(String name) throws IOException {
        try (InputStream in = GridEngineRecordedOutputTest.class.getResourceAsStream("/data/recorded/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theQueueGivesEachJobsState() throws IOException {
        Map<String, JobStatus> queue = dialect.parseQueue(recorded("qstat-u.txt"));
        assertEquals(List.of("6", "7", "8", "5"), List.copyOf(queue.keySet()), "the header and the dashes are no jobs");
        assertEquals(JobState.RUNNING, queue.get("6").state());
        assertEquals(JobState.QUEUED, queue.get("8").state());
        assertEquals(JobState.QUEUED, queue.get("5").state());
        assertTrue(queue.get("5").detail().contains("held"), queue.get("5").detail());
    }

    @Test
    void aJobInGridEnginesErrorStateFailsWithWhatToDo() {
        Map<String, JobStatus> queue = dialect.parseQueue("""
                job-ID  prior   name       user         state submit/start at     queue                          slots ja-task-ID
                -----------------------------------------------------------------------------------------------------------------
                     12 0.55500 vitruvian- vsge         Eqw   12/04/2026 17:58:35                                    1
                """);
        assertEquals(JobState.FAILED, queue.get("12").state());
        assertTrue(queue.get("12").detail().contains("qstat -j 12"), queue.get("12").detail());
    }

    @Test
    void theAccountingTellsAnExitCodeAWalltimeAndADeletion() throws IOException {
        Map<String, JobStatus> ended = dialect.parseEnded(recorded("qacct-ended.txt"));
        assertEquals(3, ended.size(), "job 99 is unknown to qacct and is not reported: " + ended);
        JobStatus exited = ended.get("3");
        assertEquals(JobState.FAILED, exited.state());
        assertEquals(3, exited.exitCode());
        assertEquals(FailureReason.EXIT_CODE, exited.reason());
        JobStatus timedOut = ended.get("4");
        assertEquals(JobState.FAILED, timedOut.state());
        assertEquals(FailureReason.TIMEOUT, timedOut.reason());
        assertNull(timedOut.exitCode(), "a job Grid Engine killed has no exit code of its own, not 137");
        assertEquals(9, timedOut.signal());
        assertTrue(timedOut.detail().contains("walltime") && timedOut.detail().contains("ran 2s"), timedOut.detail());
        JobStatus deleted = ended.get("2");
        assertEquals(JobState.CANCELLED, deleted.state());
        assertEquals(9, deleted.signal());
    }

    @Test
    void resourcesBecomeDirectivesGridEngineReads() throws TargetException {
        JobSpec job = JobSpec.builder("run", "mesh", "run.mesh.1").site(SiteFactory.eINSTANCE.createSite()).command("true")
                .workDir(Path.of("/tmp/w")).walltime(Duration.ofMinutes(90)).cores(4).memory(8L << 30)
                .partitions(List.of("all.q", "long.q")).build();
        List<String> lines = dialect.directives(job, "/scratch/u/vitruvian/run/run.mesh.1", "vitruvian-run.mesh.1");
        assertTrue(lines.contains("#$ -N vitruvian-run.mesh.1"), String.valueOf(lines));
        assertTrue(lines.contains("#$ -l h_rt=5400"), String.valueOf(lines));
        assertTrue(lines.contains("#$ -pe smp 4"), String.valueOf(lines));
        assertTrue(lines.contains("#$ -l mem_free=8192M"), "the host must have the memory free: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains("h_vmem")), "a JVM cannot start under h_vmem: " + lines);
        assertTrue(lines.contains("#$ -q all.q,long.q"), String.valueOf(lines));
        assertTrue(lines.contains("#$ -wd /scratch/u/vitruvian/run/run.mesh.1"), String.valueOf(lines));
        assertEquals(Scheduler.SGE, dialect.scheduler());
    }

    @Test
    void aScratchPathQsubWouldSplitIsRefusedWithTheReason() {
        JobSpec job = JobSpec.builder("run", "mesh", "run.mesh.1").site(SiteFactory.eINSTANCE.createSite()).command("true")
                .workDir(Path.of("/tmp/w")).build();
        TargetException e = assertThrows(TargetException.class, () -> dialect.directives(job, "/scratch/my data/run", "vitruvian-x"));
        assertTrue(e.getMessage().contains("'/scratch/my data/run'"), e.getMessage());
    }
}
