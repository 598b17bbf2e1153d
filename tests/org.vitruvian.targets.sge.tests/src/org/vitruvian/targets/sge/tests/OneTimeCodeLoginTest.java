package org.vitruvian.targets.sge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.ssh.remote.SshConnection;
import org.vitruvian.targets.sge.internal.GridEngineAdapter;

/**
 * A site that asks for a one-time code after the key: the loopback cell's second sshd, with PAM
 * and Debian's libpam-google-authenticator, codes from oathtool as an authenticator app shows
 * them. The code is asked of whoever the program registered (here a stand-in for the terminal),
 * once per session however many commands a run sends; with nobody registered the login fails
 * saying why.
 */
class OneTimeCodeLoginTest {

    @TempDir
    Path work;

    private static Site mfaSite() {
        return LoopbackGridEngine.site("loopback-sge-mfa", "VITRUVIAN_SGE_MFA_PORT");
    }

    /** Types the code oathtool gives, and counts how often it was asked. */
    private static final class Authenticator implements SshInteraction {
        final AtomicInteger asked = new AtomicInteger();
        final List<String> prompts = new ArrayList<>();

        @Override
        public boolean asksUser() {
            return true;
        }

        @Override
        public Optional<List<String>> keyboardInteractive(SshEndpoint endpoint, String name, String instruction, List<Prompt> questions) {
            asked.incrementAndGet();
            questions.forEach(p -> prompts.add(p.text()));
            return Optional.of(questions.stream().map(p -> LoopbackGridEngine.oneTimeCode()).toList());
        }
    }

    @Test
    void withNobodyToTypeTheCodeTheLoginFailsSayingWhatTheSiteAskedFor() {
        Site site = mfaSite();
        TargetException e = assertThrows(TargetException.class, () -> SshConnection.open(site.getAccess().getHost(),
                site.getAccess().getPort(), site.getAccess().getUser(), LoopbackGridEngine.settings()).close());
        assertTrue(e.isPermanent(), "asking again without a terminal cannot help");
        assertTrue(e.getMessage().contains("Verification code"), e.getMessage());
        assertTrue(e.getMessage().contains("no one is here to type it") && e.getMessage().contains("terminal"), e.getMessage());
    }

    @Test
    void theCodeIsAskedOncePerSessionForAWholeJob() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(OneTimeCodeLoginTest.class).getBundleContext();
        Authenticator authenticator = new Authenticator();
        ServiceRegistration<SshInteraction> registration = context.registerService(SshInteraction.class, authenticator, null);
        GridEngineAdapter adapter = LoopbackGridEngine.adapter(s -> LoopbackGridEngine.settings());
        try {
            Site site = mfaSite();
            List<JobSpec> jobs = List.of(job(site, "first"), job(site, "second"));
            Map<String, String> ids = new java.util.LinkedHashMap<>();
            for (JobSpec job : jobs) {
                Files.createDirectories(job.workDir());
                ids.put(job.clientId(), adapter.submit(job));
            }
            Instant end = Instant.now().plusSeconds(60);
            Map<String, JobStatus> statuses = Map.of();
            while (Instant.now().isBefore(end)) {
                statuses = adapter.status(site, jobs, ids);
                if (statuses.values().stream().allMatch(s -> s.state().isFinal())) {
                    break;
                }
                Thread.sleep(100);
            }
            for (JobSpec job : jobs) {
                assertEquals(JobState.COMPLETED, statuses.get(job.clientId()).state(), String.valueOf(statuses));
                adapter.stageOut(site, job);
                assertEquals("logged in once\n", Files.readString(job.workDir().resolve("out.txt")));
            }
            assertEquals(1, authenticator.asked.get(), "the code is typed once per session, not per command: " + authenticator.prompts);
            assertTrue(authenticator.prompts.get(0).contains("Verification code"), String.valueOf(authenticator.prompts));
        } catch (TargetException e) {
            fail("the login with a one-time code failed: " + e.getMessage(), e);
        } finally {
            adapter.close();
            registration.unregister();
        }
    }

    private JobSpec job(Site site, String name) {
        return JobSpec.builder("mfa", name, "mfa." + name + "." + java.util.UUID.randomUUID()).site(site)
                .command("sh", "-c", "echo 'logged in once' > out.txt").workDir(work.resolve(name)).build();
    }
}
