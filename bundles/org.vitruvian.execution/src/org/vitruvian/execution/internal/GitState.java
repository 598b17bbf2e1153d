package org.vitruvian.execution.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git commit and dirty state of a folder, for a run's provenance: which version of the
 * workflow's sources ran, and whether they had changes not committed yet. Read with JGit, so it
 * works where git is not installed and starts no process per run.
 *
 * @param commit the full id of the commit checked out (HEAD)
 * @param dirty  whether the folder holds changes not committed, untracked files included, as
 *               {@code git status -- .} run in the folder would show them
 */
public record GitState(String commit, boolean dirty) {

    /**
     * The state of the work tree {@code folder} is in; empty outside a work tree, before its
     * first commit, or when the repository cannot be read (provenance then says nothing about
     * git rather than failing the run).
     */
    public static Optional<GitState> of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            StatusCommand status = git.status();
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            if (absolute.startsWith(workTree) && !absolute.equals(workTree)) {
                // Git paths use '/' whatever the platform.
                status.addPath(workTree.relativize(absolute).toString().replace('\\', '/'));
            }
            return Optional.of(new GitState(head.name(), !status.call().isClean()));
        } catch (IOException | GitAPIException | RuntimeException e) {
            // A broken or unreadable repository leaves the run without git provenance, as a folder outside git does.
            return Optional.empty();
        }
    }
}
