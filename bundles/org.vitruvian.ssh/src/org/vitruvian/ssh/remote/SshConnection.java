package org.vitruvian.ssh.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Vector;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;

import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.ssh.PasswordStore;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;
import org.vitruvian.ssh.SshLogin;
import org.vitruvian.ssh.SshSettings;

/**
 * One SSH session to a site's login node, kept open and reused for every command and file
 * transfer (logging in costs far more than a command, sites limit logins, and a site with
 * multi-factor authentication asks for a code at each login). Shared by the batch scheduler
 * targets (Slurm, Grid Engine, PBS). The host key
 * must already be in the known_hosts file: an unknown or changed key is refused, never added.
 * Calls are serialised: one channel at a time keeps the site's per-session limits.
 */
public final class SshConnection implements AutoCloseable {

    /** The output of one remote command. */
    public record Result(int exitCode, String out, String err) {
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_OUTPUT = 16 << 20;
    private static final int MAX_DEPTH = 32;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vitruvian-ssh-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final String target;
    private final Session session;
    private ChannelSftp sftp;

    private SshConnection(String target, Session session) {
        this.target = target;
        this.session = session;
    }

    /**
     * Logs in with {@link SshLogin}: the host key verified against known_hosts; a one-time code
     * the site asks for is asked of whoever the program registered (the terminal of the command
     * line, the IDE's dialog), and refused with a clear error when nobody is there. Keep the
     * connection and reuse it: each login asks again.
     */
    public static SshConnection open(String host, int port, String user, SshSettings settings) throws TargetException {
        SshEndpoint endpoint = new SshEndpoint(host, port, user);
        try {
            // A password the user saved in the IDE is used.
            return new SshConnection(endpoint.toString(), SshLogin.open(endpoint, settings, PasswordStore.secureStorage()));
        } catch (SshException e) {
            // A key the user must check or register, or a host name that is no host, stays wrong
            // however often it is tried; a server that does not answer may answer later.
            throw e.permanent() ? TargetException.permanent(e.getMessage(), e) : new TargetException(e.getMessage(), e);
        }
    }

    public boolean isOpen() {
        return session.isConnected();
    }

    /** Runs {@code command} through the login shell and returns its exit code and output. */
    public synchronized Result exec(String command, Duration timeout) throws TargetException {
        ChannelExec channel = null;
        try {
            channel = (ChannelExec) session.openChannel("exec");
            channel.setCommand(command);
            channel.setInputStream(null);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            channel.setErrStream(err, true);
            InputStream in = channel.getInputStream();
            ChannelExec running = channel;
            java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                running.disconnect();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                channel.connect((int) CONNECT_TIMEOUT.toMillis());
                byte[] out = readAtMost(in, MAX_OUTPUT);
                // The exit status comes with the channel's close, just after the end of the output.
                while (!channel.isClosed() && !timedOut.get()) {
                    Thread.sleep(2);
                }
                if (timedOut.get()) {
                    throw new TargetException("'" + abbreviate(command) + "' on " + target + " did not finish within " + timeout);
                }
                return new Result(channel.getExitStatus(), new String(out, StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TargetException("interrupted while running a command on " + target, e);
            } catch (IOException e) {
                if (timedOut.get()) {
                    throw new TargetException("'" + abbreviate(command) + "' on " + target + " did not finish within " + timeout);
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
        } catch (JSchException | IOException e) {
            throw new TargetException("cannot run a command on " + target + ": " + e.getMessage(), e);
        } finally {
            if (channel != null) {
                channel.disconnect();
            }
        }
    }

    /**
     * Like {@link #exec} but a non-zero exit code is an error that quotes the command's stderr.
     * The command ran and refused, so the error is permanent unless {@code transientError}
     * recognises its output as a passing state of the site (a scheduler that is restarting).
     */
    public Result check(String command, Duration timeout, String what, java.util.function.Predicate<String> transientError)
            throws TargetException {
        Result result = exec(command, timeout);
        if (result.exitCode() != 0) {
            String message = "cannot " + what + " on " + target + ": exit " + result.exitCode()
                    + (result.err().isBlank() ? "" : ": " + result.err().strip());
            throw transientError.test(result.err() + result.out()) ? new TargetException(message) : TargetException.permanent(message);
        }
        return result;
    }

    /** Like {@link #exec} but a non-zero exit code is a (transient) error that quotes the command's stderr. */
    public Result check(String command, Duration timeout, String what) throws TargetException {
        return check(command, timeout, what, output -> true);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > limit) {
                throw new IOException("the command printed more than " + (limit >> 20) + " MiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String command) {
        return command.length() <= 80 ? command : command.substring(0, 77) + "...";
    }

    private ChannelSftp sftp() throws TargetException {
        try {
            if (sftp == null || !sftp.isConnected()) {
                sftp = (ChannelSftp) session.openChannel("sftp");
                sftp.connect((int) CONNECT_TIMEOUT.toMillis());
            }
            return sftp;
        } catch (JSchException e) {
            throw new TargetException("cannot open SFTP to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The remote file's attributes without following a link, or null when it does not exist. */
    private SftpATTRS lstat(String remote) throws SftpException, TargetException {
        try {
            return sftp().lstat(remote);
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return null;
            }
            throw e;
        }
    }

    /** Writes {@code text} to the remote file, whole or not at all. */
    public synchronized void writeFile(String remote, String text) throws TargetException {
        String partial = remote + ".part-" + UUID.randomUUID();
        try {
            sftp().put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), partial, ChannelSftp.OVERWRITE);
            replace(partial, remote);
        } catch (SftpException e) {
            throw new TargetException("cannot write " + remote + " on " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies a local file or folder to {@code remote}, unless something is there already. The copy
     * is made under a temporary name and renamed at the end, so what is at {@code remote} is
     * always whole: a second upload of the same input (a retry, the next step) costs one stat.
     *
     * @return whether anything was copied
     */
    public synchronized boolean uploadOnce(Path local, String remote) throws TargetException {
        try {
            if (lstat(remote) != null) {
                return false;
            }
            String partial = remote + ".part-" + UUID.randomUUID();
            upload(local, partial, 0);
            sftp().rename(partial, remote);
            return true;
        } catch (SftpException | IOException e) {
            throw new TargetException("cannot copy " + local + " to " + remote + " on " + target + ": " + e.getMessage(), e);
        }
    }

    private void upload(Path local, String remote, int depth) throws SftpException, IOException, TargetException {
        if (depth > MAX_DEPTH) {
            throw new IOException(local + " is nested more than " + MAX_DEPTH + " folders deep");
        }
        if (Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS)) {
            sftp().mkdir(remote);
            List<Path> members;
            try (Stream<Path> listing = Files.list(local)) {
                members = listing.sorted().toList();
            }
            for (Path member : members) {
                upload(member, remote + "/" + member.getFileName(), depth + 1);
            }
        } else if (Files.isRegularFile(local)) {
            try (InputStream in = Files.newInputStream(local)) {
                sftp().put(in, remote, ChannelSftp.OVERWRITE);
            }
        } else {
            throw new IOException(local + " is neither a file nor a folder");
        }
    }

    /**
     * Brings {@code local} up to date with the remote file, which only grows (a job's log):
     * only the bytes after the local copy's end are transferred.
     */
    public synchronized void appendNew(String remote, Path local) throws TargetException {
        try {
            SftpATTRS attributes = lstat(remote);
            if (attributes == null || !attributes.isReg()) {
                return;
            }
            long have = Files.isRegularFile(local) ? Files.size(local) : 0;
            if (attributes.getSize() < have) {
                have = 0;
                Files.deleteIfExists(local);
            }
            if (attributes.getSize() == have) {
                return;
            }
            Files.createDirectories(local.getParent());
            try (OutputStream out = Files.newOutputStream(local, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                sftp().get(remote, out, null, ChannelSftp.RESUME, have);
            }
        } catch (SftpException | IOException e) {
            throw new TargetException("cannot fetch " + remote + " from " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the remote folder's files into {@code local}, except those named in {@code skip}.
     * Names come from the remote site and are not trusted: one that is not a plain name ('..',
     * a slash) and any symbolic link are left out, so nothing lands outside {@code local}.
     */
    public synchronized void downloadFolder(String remote, Path local, Set<String> skip) throws TargetException {
        try {
            download(remote, local.toAbsolutePath().normalize(), local.toAbsolutePath().normalize(), skip, 0);
        } catch (SftpException | IOException e) {
            throw new TargetException("cannot copy " + remote + " back from " + target + ": " + e.getMessage(), e);
        }
    }

    private void download(String remote, Path local, Path root, Set<String> skip, int depth)
            throws SftpException, IOException, TargetException {
        if (depth > MAX_DEPTH) {
            throw new IOException(remote + " is nested more than " + MAX_DEPTH + " folders deep");
        }
        Files.createDirectories(local);
        @SuppressWarnings("unchecked")
        Vector<ChannelSftp.LsEntry> entries = sftp().ls(remote);
        for (ChannelSftp.LsEntry entry : entries) {
            String name = entry.getFilename();
            if (name.equals(".") || name.equals("..") || (depth == 0 && skip.contains(name)) || name.contains(".part-")) {
                continue;
            }
            Path target = local.resolve(name).normalize();
            SftpATTRS attributes = entry.getAttrs();
            if (name.contains("/") || name.contains("\0") || !target.getParent().equals(local) || !target.startsWith(root)
                    || attributes.isLink()) {
                // Not copied: a link could point anywhere on this machine, a name that is not
                // plain could land outside the step's folder. If it was an output, the step
                // fails for want of it.
                continue;
            }
            if (attributes.isDir()) {
                download(remote + "/" + name, target, root, skip, depth + 1);
            } else if (attributes.isReg()) {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == attributes.getSize()
                        && Files.getLastModifiedTime(target).toMillis() / 1000 == attributes.getMTime()) {
                    continue;
                }
                Path partial = target.resolveSibling(name + ".part-" + UUID.randomUUID());
                try {
                    try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                        sftp().get(remote + "/" + name, out);
                    }
                    Files.setLastModifiedTime(partial, java.nio.file.attribute.FileTime.fromMillis(attributes.getMTime() * 1000L));
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    private void replace(String from, String to) throws SftpException, TargetException {
        try {
            sftp().rename(from, to);
        } catch (SftpException e) {
            // Plain SFTP rename refuses to overwrite; remove and rename.
            if (lstat(to) != null) {
                sftp().rm(to);
                sftp().rename(from, to);
            } else {
                throw e;
            }
        }
    }

    @Override
    public synchronized void close() {
        if (sftp != null) {
            sftp.disconnect();
        }
        session.disconnect();
    }
}
