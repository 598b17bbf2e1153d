package org.vitruvian.ssh.remote;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.StoragePath;
import org.vitruvian.ssh.SshSettings;

/**
 * The SSH sessions of a target that reaches its sites over SSH (a Slurm login node, a cloud VM):
 * one session per account and host, opened on first use, reused for every command and
 * transfer, and opened again when the server dropped it. Also where on the site Vitruvian keeps
 * a run's files, so that every SSH target lays them out the same way.
 */
public final class SiteConnections implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Function<Site, SshSettings> settings;
    private final Map<String, SshConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, String> scratch = new ConcurrentHashMap<>();

    /** @param settings the known hosts and keys to use for a site */
    public SiteConnections(Function<Site, SshSettings> settings) {
        this.settings = settings;
    }

    /** The open session to the site's host, opened (again) when there is none. */
    public SshConnection connection(Site site) throws TargetException {
        String key = key(site);
        SshConnection connection = connections.get(key);
        if (connection != null && connection.isOpen()) {
            return connection;
        }
        synchronized (connections) {
            connection = connections.get(key);
            if (connection == null || !connection.isOpen()) {
                if (connection != null) {
                    connection.close();
                }
                connection = SshConnection.open(host(site), port(site), user(site), settings.apply(site));
                connections.put(key, connection);
            }
            return connection;
        }
    }

    /**
     * Vitruvian's folder on the site: {@code vitruvian/} in the site's scratch storage ($USER and
     * $HOME resolved on the site), else in the account's home folder.
     */
    public String scratch(Site site) throws TargetException {
        String key = key(site);
        String known = scratch.get(key);
        if (known != null) {
            return known;
        }
        String home = connection(site).check("printf '%s' \"$HOME\"", COMMAND_TIMEOUT, "find the home folder").out().strip();
        String path = site.getStorage().stream().filter(s -> "scratch".equals(s.getPurpose())).map(StoragePath::getPath)
                .findFirst().orElse(home);
        path = path.replace("$USER", user(site)).replace("${USER}", user(site)).replace("$HOME", home).replace("${HOME}", home);
        if (path.startsWith("~/") || path.equals("~")) {
            path = home + path.substring(1);
        }
        if (!path.startsWith("/")) {
            throw TargetException.permanent("site " + site.getId() + ": the scratch path '" + path + "' is not absolute");
        }
        String base = path.replaceAll("/+$", "") + "/vitruvian";
        scratch.put(key, base);
        return base;
    }

    public static String host(Site site) {
        return site.getAccess() == null ? null : site.getAccess().getHost();
    }

    public static int port(Site site) {
        return site.getAccess() == null || site.getAccess().getPort() == null ? 22 : site.getAccess().getPort();
    }

    /** The site's account, or this machine's user name when the site names none (as OpenSSH does). */
    public static String user(Site site) {
        String user = site.getAccess() == null ? null : site.getAccess().getUser();
        return user == null || user.isBlank() ? System.getProperty("user.name") : user;
    }

    /** A value as one plain name on the site: nothing in it can climb out of the folder it is put in. */
    public static String safe(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private static String key(Site site) {
        return user(site) + "@" + host(site) + ":" + port(site);
    }

    @Override
    public void close() {
        connections.values().forEach(SshConnection::close);
        connections.clear();
    }
}
