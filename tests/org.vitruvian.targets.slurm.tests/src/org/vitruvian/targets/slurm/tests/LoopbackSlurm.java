package org.vitruvian.targets.slurm.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import java.util.function.Function;

import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.site.Access;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.model.site.StoragePath;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;
import org.vitruvian.ssh.SshSettings;

/**
 * The real Slurm cluster and sshd on loopback that releng/lib/loopback-hpc.sh brings up (as
 * root; it installs slurm-wlm, munge and openssh-server from Debian). Started on first use when
 * it is not running; what it prints says what went wrong when it cannot start.
 */
final class LoopbackSlurm {

    private static Map<String, String> environment;
    /** Held for the whole test run: the adapters made here use it. */
    private static ServiceHandle<SubmissionCommands> submission;

    private LoopbackSlurm() {
    }

    static synchronized Map<String, String> environment() {
        if (environment != null) {
            return environment;
        }
        Path state = Path.of(System.getProperty("vitruvian.hpc.state", "/tmp/vitruvian-loopback-hpc"));
        Path repository = Path.of(System.getProperty("vitruvian.repo", "."));
        Path script = repository.resolve("releng/lib/loopback-hpc.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "start", state.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("the loopback Slurm cluster did not start (" + script + "):\n" + output);
            }
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(state.resolve("env"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            environment = values;
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the loopback Slurm cluster with " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the loopback Slurm cluster", e);
        }
    }

    static String get(String key) {
        String value = environment().get(key);
        if (value == null) {
            throw new IllegalStateException("the loopback cluster's env file has no " + key);
        }
        return value;
    }

    /** The loopback site as a user would describe it. */
    static Site site() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("loopback-slurm");
        site.setType(SiteKind.HPC);
        site.setScheduler(Scheduler.SLURM);
        Access access = SiteFactory.eINSTANCE.createAccess();
        access.setHost(get("VITRUVIAN_HPC_HOST"));
        access.setPort(Integer.valueOf(get("VITRUVIAN_HPC_PORT")));
        access.setUser(get("VITRUVIAN_HPC_USER"));
        site.setAccess(access);
        StoragePath scratch = SiteFactory.eINSTANCE.createStoragePath();
        scratch.setName("scratch");
        scratch.setPurpose("scratch");
        scratch.setPath(get("VITRUVIAN_HPC_SCRATCH").replace("/" + get("VITRUVIAN_HPC_USER") + "/", "/$USER/"));
        site.getStorage().add(scratch);
        return site;
    }

    /** An adapter as the service is made, with these SSH settings instead of the user's. */
    static synchronized SlurmAdapter adapter(Function<Site, SshSettings> settings) {
        if (submission == null) {
            submission = Services.await(LoopbackSlurm.class, SubmissionCommands.class);
        }
        return new SlurmAdapter(settings, submission.get());
    }

    static SshSettings settings() {
        return new SshSettings(Path.of(get("VITRUVIAN_HPC_KNOWN_HOSTS")), List.of(Path.of(get("VITRUVIAN_HPC_IDENTITY"))));
    }
}
