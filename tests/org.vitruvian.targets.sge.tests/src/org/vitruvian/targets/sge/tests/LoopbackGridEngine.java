package org.vitruvian.targets.sge.tests;

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
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.targets.sge.internal.GridEngineAdapter;

/**
 * The real Grid Engine cell and sshds on loopback that releng/lib/loopback-sge.sh brings up (as
 * root; it installs Debian's gridengine packages, OpenSSH and the one-time code PAM module).
 * Started on first use when it is not running; what it prints says what went wrong.
 */
final class LoopbackGridEngine {

    private static Map<String, String> environment;
    private static ServiceHandle<SubmissionCommands> submission;

    private LoopbackGridEngine() {
    }

    static synchronized Map<String, String> environment() {
        if (environment != null) {
            return environment;
        }
        Path state = Path.of(System.getProperty("vitruvian.sge.state", "/tmp/vitruvian-loopback-sge"));
        Path script = Path.of(System.getProperty("vitruvian.repo", ".")).resolve("releng/lib/loopback-sge.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "start", state.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("the loopback Grid Engine cell did not start (" + script + "):\n" + output);
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
            throw new IllegalStateException("cannot start the loopback Grid Engine cell with " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the loopback Grid Engine cell", e);
        }
    }

    static String get(String key) {
        String value = environment().get(key);
        if (value == null) {
            throw new IllegalStateException("the loopback cell's env file has no " + key);
        }
        return value;
    }

    /** The loopback site as a user would describe it, through the sshd on {@code portKey}. */
    static Site site(String id, String portKey) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId(id);
        site.setType(SiteKind.HPC);
        site.setScheduler(Scheduler.SGE);
        Access access = SiteFactory.eINSTANCE.createAccess();
        access.setHost(get("VITRUVIAN_SGE_HOST"));
        access.setPort(Integer.valueOf(get(portKey)));
        access.setUser(get("VITRUVIAN_SGE_USER"));
        site.setAccess(access);
        StoragePath scratch = SiteFactory.eINSTANCE.createStoragePath();
        scratch.setName("scratch");
        scratch.setPurpose("scratch");
        scratch.setPath(get("VITRUVIAN_SGE_SCRATCH").replace("/" + get("VITRUVIAN_SGE_USER") + "/", "/$USER/"));
        site.getStorage().add(scratch);
        return site;
    }

    static Site site() {
        return site("loopback-sge", "VITRUVIAN_SGE_PORT");
    }

    static synchronized GridEngineAdapter adapter(Function<Site, SshSettings> settings) {
        if (submission == null) {
            submission = Services.await(LoopbackGridEngine.class, SubmissionCommands.class);
        }
        return new GridEngineAdapter(settings, submission.get());
    }

    static SshSettings settings() {
        return new SshSettings(Path.of(get("VITRUVIAN_SGE_KNOWN_HOSTS")), List.of(Path.of(get("VITRUVIAN_SGE_IDENTITY"))));
    }

    /** The one-time code valid now, from oathtool and the account's secret, as an authenticator app shows it. */
    static String oneTimeCode() {
        try {
            String secret = Files.readString(Path.of(get("VITRUVIAN_SGE_OTP_SECRET"))).strip();
            Process process = new ProcessBuilder("oathtool", "--totp", "-b", secret).redirectErrorStream(true).start();
            String code = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !code.matches("[0-9]{6}")) {
                throw new IllegalStateException("oathtool did not give a code: " + code);
            }
            return code;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run oathtool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
