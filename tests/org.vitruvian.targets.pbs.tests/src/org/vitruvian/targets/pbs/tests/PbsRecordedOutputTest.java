package org.vitruvian.targets.pbs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.targets.batch.BatchAdapter;
import org.vitruvian.targets.pbs.internal.PbsDialect;

/**
 * PBS Professional has no server in Debian, so this dialect is not run against a real one: its
 * qstat answers are recorded outputs written in the format of PBS Pro 2022's
 * {@code qstat -x -F json -f} (data/qstat-x-F-json.json, by hand after the PBS Pro reference
 * guide, not captured from a live server), and its job scripts are checked as text.
 */
class PbsRecordedOutputTest {

    private final PbsDialect dialect = new PbsDialect();

    private static String recorded(String name) throws IOException {
        try (InputStream in = PbsRecordedOutputTest.class.getResourceAsStream("/data/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void qsubsAnswerIsAJobIdWithItsServer() {
        assertTrue(dialect.isJobId("4101.pbs01"));
        assertTrue(dialect.isJobId("4101[].pbs01.example.org"));
        assertFalse(dialect.isJobId("qsub: Unknown queue"));
        assertFalse(dialect.isJobId("4101; rm -rf ~"));
    }

    @Test
    void oneQstatTellsEveryJobsStateAndHowTheFinishedOnesEnded() throws IOException {
        Map<String, JobStatus> jobs = dialect.parseQueue(recorded("qstat-x-F-json.json"));
        assertEquals(8, jobs.size(), String.valueOf(jobs));
        assertEquals(JobState.COMPLETED, jobs.get("4101.pbs01").state());
        assertEquals(0, jobs.get("4101.pbs01").exitCode());

        JobStatus exited = jobs.get("4102.pbs01");
        assertEquals(JobState.FAILED, exited.state());
        assertEquals(3, exited.exitCode());
        assertEquals(FailureReason.EXIT_CODE, exited.reason());

        JobStatus timedOut = jobs.get("4103.pbs01");
        assertEquals(FailureReason.TIMEOUT, timedOut.reason(), timedOut.detail());
        assertNull(timedOut.exitCode(), "271 is 256 + SIGTERM, no exit code of the job's");
        assertEquals(15, timedOut.signal());

        JobStatus outOfMemory = jobs.get("4104.pbs01");
        assertEquals(FailureReason.OUT_OF_MEMORY, outOfMemory.reason(), outOfMemory.detail());
        assertEquals(9, outOfMemory.signal());

        assertEquals(JobState.CANCELLED, jobs.get("4105.pbs01").state(), "SIGTERM within its limits: qdel");
        assertEquals(JobState.RUNNING, jobs.get("4106.pbs01").state());
        assertEquals(JobState.QUEUED, jobs.get("4107.pbs01").state());

        JobStatus notStarted = jobs.get("4108.pbs01");
        assertEquals(FailureReason.NODE_FAILURE, notStarted.reason());
        assertTrue(notStarted.detail().contains("too many failed attempts"), notStarted.detail());
    }

    @Test
    void whatIsNotQstatsJsonIsNoAnswerAboutAnyJob() {
        assertTrue(dialect.parseQueue("qstat: cannot connect to server pbs01 (errno=111)").isEmpty());
        assertTrue(dialect.parseQueue("").isEmpty());
    }

    @Test
    void theQueueCommandAsksForExactlyTheRunsJobsFinishedOnesIncluded() {
        String command = dialect.queueCommand("vuser", List.of("4101.pbs01", "4102.pbs01"));
        assertTrue(command.startsWith("qstat -x -F json -f '4101.pbs01' '4102.pbs01'"), command);
        assertTrue(command.contains("153"), "a job the server forgot does not make the others unknown: " + command);
    }

    @Test
    void theJobScriptAsksForTheStepsResourcesInPbsProSyntax() throws Exception {
        JobSpec job = JobSpec.builder("run", "mesh", "run.mesh.1").site(SiteFactory.eINSTANCE.createSite())
                .command("mesher", "--out", "it's here.vtk").workDir(Path.of("/tmp/w")).walltime(Duration.ofMinutes(90)).cores(4)
                .memory(8L << 30).partitions(List.of("workq", "long")).build();
        String folder = "/scratch/vuser/vitruvian/run/run.mesh.1";
        String script = BatchAdapter.script(job.clientId(), folder, dialect.directives(job, folder, "vitruvian-run.mesh.1"),
                dialect.prologue(), job.command(), Map.of("OMP_NUM_THREADS", "4"));
        assertTrue(script.startsWith("#!/bin/bash\n#PBS -N vitruvian-run.mesh.1\n"), script);
        assertTrue(script.contains("#PBS -l select=1:ncpus=4:mem=8192mb\n"), script);
        assertTrue(script.contains("#PBS -l walltime=01:30:00\n"), script);
        assertTrue(script.contains("#PBS -q workq\n"), "qsub takes one queue: " + script);
        assertTrue(script.contains("#PBS -o " + folder + "/stdout.log\n"), script);
        assertTrue(script.contains("'mesher' '--out' 'it'\\''s here.vtk'"), "every value is quoted: " + script);
        assertTrue(script.contains("> exit-code.part && mv exit-code.part exit-code"), script);
    }
}
