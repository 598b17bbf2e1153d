package org.vitruvian.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UnixDomainSocketFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vitruvian.ssh.SshException.Reason;
import org.vitruvian.ssh.internal.LoginPrompts;
import org.vitruvian.ssh.internal.VerifyingRepository;

/**
 * Logs in to an SSH server the one way Vitruvian does, for the Slurm target, the command line
 * and the IDE alike: the host key verified against known_hosts (an unknown one accepted only
 * by a person who saw its SHA-256 fingerprint, a changed one refused), then the agent's keys or
 * key files without a passphrase, then, when someone can answer, a saved or typed password and
 * keyboard-interactive questions (one-time codes).
 */
public final class SshLogin {

    /** How long the TCP connection, key exchange and login may take, prompts aside. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private SshLogin() {
    }

    /** Logs in with nobody to ask: unknown keys refused, no passwords. */
    public static Session open(SshEndpoint endpoint, SshSettings settings) throws SshException {
        return open(endpoint, settings, SshInteraction.NONE, PasswordStore.NONE);
    }

    /**
     * Logs in asking whoever the program registered as an {@link SshInteraction} OSGi service
     * (the command line's terminal, the IDE's dialogs; the highest ranking one), or nobody when
     * none is registered (a pipeline, CI, a test): the way unattended parts such as the target
     * adapters log in, so that a site asking for a one-time code gets one typed once per session.
     */
    public static Session open(SshEndpoint endpoint, SshSettings settings, PasswordStore passwords) throws SshException {
        Bundle bundle = FrameworkUtil.getBundle(SshLogin.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<SshInteraction> reference = context == null ? null : context.getServiceReference(SshInteraction.class);
        SshInteraction interaction = reference == null ? null : context.getService(reference);
        try {
            return open(endpoint, settings, interaction == null ? SshInteraction.NONE : interaction, passwords);
        } finally {
            if (interaction != null) {
                context.ungetService(reference);
            }
        }
    }

    /**
     * Logs in and returns the connected session; the caller disconnects it.
     *
     * @param interaction who answers questions; {@link SshInteraction#NONE} in batch
     * @param passwords   where a password the user chose to keep is read from and saved to
     */
    public static Session open(SshEndpoint endpoint, SshSettings settings, SshInteraction interaction, PasswordStore passwords)
            throws SshException {
        JSch jsch = new JSch();
        KnownHosts knownHosts = new KnownHosts(settings);
        VerifyingRepository repository = new VerifyingRepository(endpoint, knownHosts, interaction);
        jsch.setHostKeyRepository(repository);
        char[] saved = passwords.password(endpoint).orElse(null);
        boolean canAsk = interaction.asksUser() || saved != null;
        boolean keys = useAgent(jsch, settings) || useKeyFiles(jsch, endpoint, settings, canAsk);
        if (!keys && !canAsk) {
            throw new SshException(Reason.NO_CREDENTIALS, endpoint, null, "cannot log in to " + endpoint
                    + ": no ssh-agent with keys, and no private key in $VITRUVIAN_HOME/ssh/ or ~/.ssh/ (id_ed25519, "
                    + "id_ecdsa or id_rsa); create one with ssh-keygen and register it with the site", null);
        }
        LoginPrompts prompts = new LoginPrompts(endpoint, interaction, saved);
        Session session = null;
        try {
            session = jsch.getSession(endpoint.user(), endpoint.host(), endpoint.port());
            // Never "ask" or "no": the repository is the only place a key is ever accepted.
            session.setConfig("StrictHostKeyChecking", "yes");
            // keyboard-interactive even when no one can answer: a site that wants a one-time code
            // after the key then says so, and the error can name what it asked for.
            List<String> methods = new ArrayList<>();
            if (keys) {
                methods.add("publickey");
            }
            if (keys || canAsk) {
                methods.add("keyboard-interactive");
            }
            if (canAsk) {
                methods.add("password");
            }
            session.setConfig("PreferredAuthentications", String.join(",", methods));
            session.setUserInfo(prompts);
            session.setServerAliveInterval(30_000);
            session.setServerAliveCountMax(4);
            session.connect((int) CONNECT_TIMEOUT.toMillis());
        } catch (JSchException e) {
            if (session != null) {
                session.disconnect();
            }
            throw explain(e, endpoint, settings, repository, prompts);
        } finally {
            if (saved != null) {
                Arrays.fill(saved, '\0');
            }
        }
        char[] keep = prompts.passwordToSave();
        if (keep != null) {
            try {
                passwords.save(endpoint, keep);
            } catch (SshException e) {
                session.disconnect();
                throw e;
            } finally {
                Arrays.fill(keep, '\0');
            }
        }
        prompts.clear();
        return session;
    }

    /**
     * Contacts the server only as far as the key exchange, where its host key is checked exactly
     * as {@link #open} checks it: a known key passes, an unknown one is offered to
     * {@code interaction} (and stored in Vitruvian's known_hosts when accepted), a changed one is
     * refused without asking. No credential is sent, so a user can accept a site's key before
     * having an account key in place ('vitruvian sites accept-host').
     *
     * @return the server's key, now on record
     * @throws SshException {@link Reason#HOST_KEY_UNKNOWN} when the key was not accepted,
     *                      {@link Reason#HOST_KEY_CHANGED} when another key is on record, or why
     *                      the server could not be reached
     */
    public static HostKey verifyHostKey(SshEndpoint endpoint, SshSettings settings, SshInteraction interaction)
            throws SshException {
        JSch jsch = new JSch();
        KnownHosts knownHosts = new KnownHosts(settings);
        VerifyingRepository repository = new VerifyingRepository(endpoint, knownHosts, interaction);
        jsch.setHostKeyRepository(repository);
        JSchException failed = null;
        Session session = null;
        try {
            session = jsch.getSession(endpoint.user(), endpoint.host(), endpoint.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            // No identity is added: the login that follows the key exchange fails, and is not wanted.
            session.setConfig("PreferredAuthentications", "publickey");
            session.connect((int) CONNECT_TIMEOUT.toMillis());
        } catch (JSchException e) {
            failed = e;
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
        if (repository.failure() != null) {
            throw repository.failure();
        }
        HostKey key = repository.offered();
        if (key != null && knownHosts.check(endpoint, key) == KnownHosts.Verdict.KNOWN) {
            return key;
        }
        throw explain(failed != null ? failed : new JSchException("the server offered no host key"), endpoint, settings,
                repository, new LoginPrompts(endpoint, SshInteraction.NONE, null));
    }

    /** Takes the agent's keys when an agent is there and holds any; the key files otherwise. */
    private static boolean useAgent(JSch jsch, SshSettings settings) {
        if (settings.agent() == null || !Files.exists(settings.agent())) {
            return false;
        }
        try {
            AgentIdentityRepository agent = new AgentIdentityRepository(
                    new SSHAgentConnector(new UnixDomainSocketFactory(), settings.agent()));
            if (agent.getStatus() != IdentityRepository.RUNNING || agent.getIdentities().isEmpty()) {
                return false;
            }
            jsch.setIdentityRepository(agent);
            return true;
        } catch (AgentProxyException | RuntimeException e) {
            // An agent that does not answer is no agent: the key files are tried.
            return false;
        }
    }

    private static boolean useKeyFiles(JSch jsch, SshEndpoint endpoint, SshSettings settings, boolean canAsk)
            throws SshException {
        List<Path> protectedKeys = new ArrayList<>();
        int added = 0;
        for (Path identity : settings.identities()) {
            try {
                if (KeyPair.load(jsch, identity.toString()).isEncrypted()) {
                    // Vitruvian never asks for or keeps a passphrase; the agent does that.
                    protectedKeys.add(identity);
                } else {
                    jsch.addIdentity(identity.toString());
                    added++;
                }
            } catch (JSchException e) {
                throw new SshException(Reason.NO_CREDENTIALS, endpoint, null, "cannot use the key " + identity + ": "
                        + e.getMessage(), e);
            }
        }
        if (added == 0 && !protectedKeys.isEmpty() && !canAsk) {
            throw new SshException(Reason.NO_CREDENTIALS, endpoint, null, "cannot log in to " + endpoint + ": the key "
                    + protectedKeys.get(0) + " is protected by a passphrase; load it into ssh-agent (ssh-add "
                    + protectedKeys.get(0) + ") and run Vitruvian where SSH_AUTH_SOCK is set", null);
        }
        return added > 0;
    }

    private static SshException explain(JSchException e, SshEndpoint endpoint, SshSettings settings,
            VerifyingRepository repository, LoginPrompts prompts) {
        if (repository.failure() != null) {
            return repository.failure();
        }
        String message = String.valueOf(e.getMessage());
        String host = endpoint.knownHostsName();
        HostKey key = repository.offered();
        String files = settings.allKnownHosts().stream().map(Path::toString).collect(Collectors.joining(" or "));
        if (e instanceof JSchChangedHostKeyException || message.startsWith("HostKey has been changed")) {
            return new SshException(Reason.HOST_KEY_CHANGED, endpoint, key, "the host key of " + host
                    + (key != null ? " (" + key + ")" : "") + " is not the one in " + files + ": the server was "
                    + "reinstalled, or someone is in between; ask the site's operators before replacing the line", e);
        }
        if (e instanceof JSchUnknownHostKeyException || message.startsWith("UnknownHostKey") || message.contains("reject HostKey")) {
            return new SshException(Reason.HOST_KEY_UNKNOWN, endpoint, key, "the host key of " + host
                    + (key != null ? " (" + key + ")" : "") + " is not in " + files + "; get the key's fingerprint "
                    + "from the site's operators, compare it with 'ssh-keyscan -p " + endpoint.port() + " " + endpoint.host()
                    + " | ssh-keygen -lf -', and only then accept it (Test connection in the IDE's Sites view) or add the "
                    + "line to " + settings.knownHosts(), e);
        }
        if (prompts.unanswered() != null) {
            return new SshException(Reason.NO_ONE_TO_ASK, endpoint, null, endpoint + " asks for more than a key ('"
                    + prompts.unanswered() + "', a one-time code) and no one is here to type it: run the command in a terminal, "
                    + "where it asks once per session; a pipeline or CI job cannot log in to a site that requires "
                    + "multi-factor authentication", e);
        }
        if (prompts.cancelled()) {
            return new SshException(Reason.CANCELLED, endpoint, null, "the login to " + endpoint + " was cancelled", e);
        }
        if (message.startsWith("Auth fail") || message.contains("Auth cancel")) {
            return new SshException(Reason.AUTHENTICATION, endpoint, null, "the site refused "
                    + (settings.agent() != null ? "the keys of ssh-agent and " : "the keys ") + settings.identities()
                    + (prompts.askedPassword() ? " and the password" : "") + " for " + endpoint
                    + "; register the public key with the site, or put the right key in $VITRUVIAN_HOME/ssh/", e);
        }
        if (e.getCause() instanceof java.net.UnknownHostException) {
            return new SshException(Reason.UNKNOWN_HOST, endpoint, null, "cannot reach " + endpoint + ": there is no host "
                    + endpoint.host(), e);
        }
        return new SshException(Reason.UNREACHABLE, endpoint, null, "cannot reach " + endpoint + ": " + message, e);
    }
}
