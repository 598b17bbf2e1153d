package org.vitruvian.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.runs.RunsViews;

/**
 * The small test workflow launched from the IDE on the loopback Slurm site (a real Slurm
 * cluster behind a real sshd on this machine, releng/lib/loopback-hpc.sh): its two steps run as
 * sbatch jobs over SSH and the Runs view shows the run reach Completed.
 */
class SlurmLaunchTest {

    /** Two sbatch jobs one after the other, each polled through squeue/sacct over SSH. */
    private static final Duration SLURM_DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    private RunFixture fixture;

    @BeforeEach
    void fixture() throws Exception {
        fixture = new RunFixture(folder);
        LoopbackSlurm.install(fixture.home());
    }

    @AfterEach
    void close() throws Exception {
        var reference = Ui.page().findViewReference(RunsViews.VIEW_ID);
        if (reference != null) {
            Ui.page().hideView(reference);
        }
        var manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations()) {
            configuration.delete();
        }
        manager.removeLaunches(manager.getLaunches());
        fixture.close();
    }

    @Test
    void theTestWorkflowLaunchedOnTheLoopbackSlurmSiteCompletesInTheRunsView() throws Exception {
        ILaunchConfiguration configuration = LoopbackSlurm.launchCopyTwice(fixture);
        Ui.waitUntil("the launch to start a run", () -> LoopbackSlurm.runId(configuration) != null);
        String runId = LoopbackSlurm.runId(configuration);
        Ui.waitUntil("the Runs view", () -> Ui.page().findView(RunsViews.VIEW_ID) != null);
        Tree tree = RunsViewRows.tree(Ui.page().findView(RunsViews.VIEW_ID));
        Ui.waitUntil("the Slurm run to reach Completed in the Runs view", () -> RunsViewRows.describe(tree),
                () -> "Completed (2/2)".equals(RunsViewRows.state(RunsViewRows.run(tree, runId))), SLURM_DEADLINE);

        RunRecord record = fixture.runs().store().read(runId);
        assertEquals(RunState.COMPLETED, record.state());
        assertEquals(LoopbackSlurm.SITE, record.site());
        for (StepRecord step : record.steps()) {
            assertEquals("slurm", step.adapter(), step.name() + " ran as a Slurm job");
            assertEquals(step.jobId(), RunsViewRows.step(tree, runId, step.name()).getText(5), "the view shows the Slurm job id");
        }
        String result = Files.readString(fixture.runs().outputs(runId).get("result"));
        assertTrue(result.contains("on Slurm"), "the output came back from the site with the launch's parameter: " + result);
    }
}
