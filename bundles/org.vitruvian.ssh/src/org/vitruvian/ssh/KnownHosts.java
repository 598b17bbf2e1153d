package org.vitruvian.ssh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;

/**
 * The host keys Vitruvian trusts: those in its own known_hosts file and in the other files the
 * settings name (the user's OpenSSH one), read in OpenSSH's format, hashed host names included.
 * Only {@link #add} writes, and only to Vitruvian's file.
 */
public final class KnownHosts {

    /** What the files say about a key a server offered. */
    public enum Verdict {
        /** On record for this server. */
        KNOWN,
        /** This server is in no file with a key of this type. */
        UNKNOWN,
        /** The files hold another key of this type for this server. */
        CHANGED
    }

    private final Path written;
    private final List<Path> files;

    public KnownHosts(SshSettings settings) {
        this.written = settings.knownHosts();
        this.files = settings.allKnownHosts();
    }

    /** Vitruvian's file, where accepted keys go. */
    public Path file() {
        return written;
    }

    /** Known anywhere wins: a key recorded in one file is trusted even if another holds an older one. */
    public Verdict check(SshEndpoint endpoint, HostKey key) throws SshException {
        Verdict verdict = Verdict.UNKNOWN;
        for (HostKeyRepository repository : repositories(endpoint)) {
            switch (repository.check(endpoint.knownHostsName(), key.blob())) {
                case HostKeyRepository.OK:
                    return Verdict.KNOWN;
                case HostKeyRepository.CHANGED:
                    verdict = Verdict.CHANGED;
                    break;
                default:
                    break;
            }
        }
        return verdict;
    }

    /** The keys on record for the server, in file order (to tell the server which types to offer). */
    public List<com.jcraft.jsch.HostKey> keys(SshEndpoint endpoint) throws SshException {
        List<com.jcraft.jsch.HostKey> keys = new ArrayList<>();
        for (HostKeyRepository repository : repositories(endpoint)) {
            com.jcraft.jsch.HostKey[] found = repository.getHostKey(endpoint.knownHostsName(), null);
            if (found != null) {
                keys.addAll(List.of(found));
            }
        }
        return keys;
    }

    /**
     * Appends the key to Vitruvian's known_hosts, creating the file (and its folder, readable by
     * the user alone) if needed. Refuses a key whose server has another key of its type on record:
     * replacing one is the user's decision, made in the file.
     */
    public void add(SshEndpoint endpoint, HostKey key) throws SshException {
        Verdict verdict = check(endpoint, key);
        if (verdict == Verdict.KNOWN) {
            return;
        }
        if (verdict == Verdict.CHANGED) {
            throw new SshException(SshException.Reason.HOST_KEY_CHANGED, endpoint, key, "the host key of "
                    + endpoint.knownHostsName() + " differs from the one on record; it is not added", null);
        }
        String line = endpoint.knownHostsName() + " " + key.type() + " " + key.base64() + "\n";
        try {
            Path folder = written.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            // Appended under a lock: the IDE and a command line may accept keys at the same time.
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                long size = channel.size();
                if (size > 0) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    channel.read(last, size - 1);
                    if (last.get(0) != '\n') {
                        line = "\n" + line;
                    }
                }
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new SshException(SshException.Reason.FILE, endpoint, key, "cannot add the host key of "
                    + endpoint.knownHostsName() + " to " + written + ": " + e.getMessage(), e);
        }
    }

    /** One JSch repository per existing file, read afresh: another process may have added a key. */
    private List<HostKeyRepository> repositories(SshEndpoint endpoint) throws SshException {
        List<HostKeyRepository> repositories = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JSch reader = new JSch();
            try {
                reader.setKnownHosts(file.toString());
            } catch (JSchException e) {
                throw new SshException(SshException.Reason.FILE, endpoint, null, "cannot read " + file + ": " + e.getMessage(), e);
            }
            repositories.add(reader.getHostKeyRepository());
        }
        return repositories;
    }
}
