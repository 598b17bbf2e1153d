package org.vitruvian.app.internal.commands;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteCatalog.Snapshot;
import org.vitruvian.ssh.HostKey;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.ssh.SshLogin;
import org.vitruvian.ssh.SshSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line's Test Connection for host keys: the same check as the IDE's (org.vitruvian.ssh),
 * with the fingerprint shown on the terminal and the answer typed there, or given beforehand with
 * --fingerprint where no one can answer (scripts, CI). A changed key is never offered.
 */
@Command(name = "accept-host", mixinStandardHelpOptions = true,
        description = { "Show the SHA-256 fingerprint of an SSH site's host key and, once you confirm it matches the one",
                "the site's operators publish, store the key in Vitruvian's known_hosts, as Test Connection in the",
                "IDE does. A key that differs from the one on record is refused with a warning, never offered." })
public final class AcceptHostCommand implements Callable<Integer> {

    private final SiteCatalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "Site id of an SSH site ('vitruvian sites list').")
    String id;

    @Option(names = "--fingerprint", paramLabel = "SHA256:...",
            description = "Accept the key only if its fingerprint is this one, without asking (for scripts).")
    String fingerprint;

    public AcceptHostCommand(SiteCatalog catalog) {
        this.catalog = catalog;
    }

    /** What the person (or --fingerprint) answered, kept to tell a refusal's reason afterwards. */
    private enum Answer { NOT_ASKED, ACCEPTED, DECLINED, MISMATCH, NO_TERMINAL }

    private volatile Answer answer = Answer.NOT_ASKED;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Snapshot snapshot = catalog.snapshot();
        Optional<CatalogSite> found = snapshot.find(id);
        if (found.isEmpty()) {
            SitesCommand.printProblems(snapshot, err);
            err.println("vitruvian sites accept-host: no site '" + id + "'; known: "
                    + String.join(", ", snapshot.sites().stream().map(CatalogSite::id).toList()) + ".");
            return ExitCode.FAILED.status();
        }
        Site site = found.get().site();
        if (site.getAccess() == null || site.getAccess().getHost() == null || site.getAccess().getHost().isBlank()) {
            err.println("vitruvian sites accept-host: site '" + id + "' is not reached through SSH (it has no access.host); "
                    + "only SSH sites have host keys.");
            return ExitCode.USAGE.status();
        }
        if (fingerprint != null && !fingerprint.startsWith("SHA256:")) {
            err.println("vitruvian sites accept-host: --fingerprint must be a SHA-256 fingerprint as ssh-keygen -l prints it, "
                    + "SHA256:..., not '" + fingerprint + "'.");
            return ExitCode.USAGE.status();
        }
        String user = site.getAccess().getUser();
        SshEndpoint endpoint = new SshEndpoint(site.getAccess().getHost(),
                site.getAccess().getPort() == null ? 22 : site.getAccess().getPort(),
                user == null || user.isBlank() ? System.getProperty("user.name") : user);
        SshInteraction interaction = new SshInteraction() {
            @Override
            public boolean acceptNewHostKey(SshEndpoint server, HostKey key, Path knownHosts) {
                out.println("The host key of " + server.knownHostsName() + " (site " + id + ") is not known yet:");
                out.println("  " + key.type() + " " + key.fingerprint());
                out.flush();
                answer = decide(key, knownHosts);
                return answer == Answer.ACCEPTED;
            }
        };
        SshSettings settings = SshSettings.forSite(id);
        try {
            HostKey key = SshLogin.verifyHostKey(endpoint, settings, interaction);
            if (answer == Answer.ACCEPTED) {
                out.println("Stored the host key of " + endpoint.knownHostsName() + " (" + key + ") in " + settings.knownHosts() + ".");
            } else {
                out.println("The host key of " + endpoint.knownHostsName() + " (" + key + ") is already known; nothing to do.");
            }
            return ExitCode.OK.status();
        } catch (SshException e) {
            return refused(e, endpoint, err);
        }
    }

    private Answer decide(HostKey key, Path knownHosts) {
        PrintWriter out = spec.commandLine().getOut();
        if (fingerprint != null) {
            return fingerprint.strip().equals(key.fingerprint()) ? Answer.ACCEPTED : Answer.MISMATCH;
        }
        Console console = terminal();
        if (console == null) {
            return Answer.NO_TERMINAL;
        }
        out.println("Compare it with the fingerprint the site's operators publish (never with one the server itself shows).");
        out.flush();
        String typed = console.readLine("Store this key in %s? [yes/no] ", knownHosts);
        return typed != null && typed.strip().toLowerCase(Locale.ROOT).equals("yes") ? Answer.ACCEPTED : Answer.DECLINED;
    }

    private int refused(SshException e, SshEndpoint endpoint, PrintWriter err) {
        String prefix = "vitruvian sites accept-host: ";
        if (e.reason() == SshException.Reason.HOST_KEY_CHANGED) {
            err.println("WARNING: the server at " + endpoint.knownHostsName() + " presented a different host key than the one on "
                    + "record" + (e.hostKey() != null ? " (it offered " + e.hostKey() + ")" : "") + ". Nothing was stored, and "
                    + "this key is not offered for acceptance: the server may have been reinstalled, or someone may be "
                    + "intercepting the connection. Ask the site's operators for the new key's fingerprint; only if it matches, "
                    + "remove the old line from known_hosts and run this again.");
            return ExitCode.FAILED.status();
        }
        if (e.reason() == SshException.Reason.HOST_KEY_UNKNOWN) {
            return switch (answer) {
                case MISMATCH -> {
                    err.println(prefix + "the server's key has the fingerprint " + e.hostKey().fingerprint() + ", not " + fingerprint
                            + "; nothing was stored.");
                    yield ExitCode.FAILED.status();
                }
                case NO_TERMINAL -> {
                    err.println(prefix + "no terminal to confirm the key on, and no --fingerprint; compare the fingerprint above "
                            + "with the one the site's operators publish and run 'vitruvian sites accept-host " + id
                            + " --fingerprint SHA256:...'. Nothing was stored.");
                    yield ExitCode.USAGE.status();
                }
                default -> {
                    err.println(prefix + "not accepted; nothing was stored.");
                    yield ExitCode.FAILED.status();
                }
            };
        }
        err.println(prefix + e.getMessage());
        return e.permanent() ? ExitCode.FAILED.status() : ExitCode.ENVIRONMENT.status();
    }

    /**
     * The terminal the user types on, or null when there is none. From Java 22 System.console()
     * returns a console even when input is a pipe and Console.isTerminal() tells; this bundle is
     * built for Java 21, where a console exists only on a terminal, so the method is looked up.
     */
    private static Console terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console)) ? console : null;
        } catch (NoSuchMethodException e) {
            return console;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
