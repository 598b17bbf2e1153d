package org.vitruvian.ui.launch.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.launch.WorkflowLaunches;
import org.vitruvian.ui.launch.internal.WorkflowLaunchDelegate;

/**
 * The loopback Slurm site of releng/lib/loopback-hpc.sh in a test's Vitruvian home, set up as
 * docs/user-guide.md tells a user to: the example site file with the port the script chose, and
 * the account's key and the server's known host key in {@code $VITRUVIAN_HOME/ssh/loopback-slurm/}.
 */
final class LoopbackSlurm {

    static final String SITE = "loopback-slurm";

    private LoopbackSlurm() {
    }

    static void install(Path home) throws IOException {
        Path repo = Path.of(System.getProperty("vitruvian.repo", "."));
        String site = Files.readString(repo.resolve("examples/sites/loopback-slurm.yaml")).replaceFirst("(?m)^  port: .*$",
                "  port: " + LoopbackHpc.get("VITRUVIAN_HPC_PORT"));
        Files.createDirectories(home.resolve("sites"));
        Files.writeString(home.resolve("sites/" + SITE + ".yaml"), site);
        Path ssh = Files.createDirectories(home.resolve("ssh/" + SITE));
        Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY")), ssh.resolve("id_ed25519"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_KNOWN_HOSTS")), ssh.resolve("known_hosts"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Launches the fixture's copy-twice workflow on the loopback Slurm site from a launch configuration, as Run As does. */
    static ILaunchConfiguration launchCopyTwice(RunFixture fixture) throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(WorkflowLaunches.TYPE_ID)
                .newInstance(null, "copy-twice on " + SITE);
        copy.setAttribute(WorkflowLaunches.WORKFLOW, fixture.data("workflow.yaml").toString());
        copy.setAttribute(WorkflowLaunches.SITE, SITE);
        copy.setAttribute(WorkflowLaunches.PARAMETERS, Map.of("suffix", "on Slurm"));
        copy.setAttribute(WorkflowLaunches.INPUTS, Map.of("data", fixture.data("data.txt").toString()));
        ILaunchConfiguration configuration = copy.doSave();
        DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
        return configuration;
    }

    static String runId(ILaunchConfiguration configuration) {
        return Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
                .filter(l -> configuration.equals(l.getLaunchConfiguration()))
                .map(l -> l.getAttribute(WorkflowLaunchDelegate.RUN_ID)).filter(id -> id != null).findFirst().orElse(null);
    }
}
