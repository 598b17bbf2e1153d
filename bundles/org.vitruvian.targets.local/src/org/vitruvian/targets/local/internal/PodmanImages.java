package org.vitruvian.targets.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.execution.spi.ContainerImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;

/**
 * The Podman images of the recipes a run needs, each built once per run on this machine from a
 * build context in the run's folder: the recipe exported as a Containerfile, and the recipe's
 * files at their paths relative to the recipe file. The tag is a hash of that context, so an
 * image an earlier run built from the same recipe and files is reused, and any change to
 * either builds a new one.
 */
final class PodmanImages {

    static final String REPOSITORY = "localhost/vitruvian/";

    /** Hex digits of the context's SHA-256 in the tag: enough to never meet another context by chance. */
    private static final int TAG_LENGTH = 16;

    /** Asking whether an image exists reads local storage only; longer means Podman is stuck. */
    private static final long QUERY_SECONDS = 120;

    private final Path folder;

    /** @param folder where the build contexts and logs go: {@code RUN/images} */
    PodmanImages(Path folder) {
        this.folder = folder;
    }

    /** The image of {@code recipe}, built unless it exists; a recipe that cannot be built stops the run before anything is submitted. */
    ContainerImage image(ContainerRecipe recipe) {
        Path recipeFolder = recipeFolder(recipe);
        Path own = uniqueFolder(recipe.getName());
        Path context = own.resolve("context");
        try {
            Files.createDirectories(context);
            Files.writeString(context.resolve("Containerfile"), containerfile(recipe), StandardCharsets.UTF_8);
            for (FileCopy file : recipe.getFiles()) {
                copyIntoContext(recipe, recipeFolder, file.getSource(), context);
            }
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot prepare the build context " + context + " of recipe "
                    + recipe.getName() + ": " + e.getMessage(), e);
        }
        String image = REPOSITORY + recipe.getName() + ":" + hash(context).substring(0, TAG_LENGTH);
        Path log = own.resolve("build.log");
        boolean exists = exists(image);
        if (!exists) {
            build(recipe, image, context, log);
        }
        return new ContainerImage(image, recipeFile(recipe), context, !exists, exists ? null : log);
    }

    private static String containerfile(ContainerRecipe recipe) {
        ExportResult exported = RecipeExporter.export(recipe, RecipeFormat.CONTAINERFILE);
        if (exported.hasErrors()) {
            throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " asks to run in Podman, but it cannot "
                    + "be written as a Containerfile to build its image: " + exported.diagnostics().stream()
                            .filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("; ")));
        }
        return exported.text();
    }

    /** Sources are relative to the recipe file and stay below its folder, as COPY sees them in the context. */
    private static void copyIntoContext(ContainerRecipe recipe, Path recipeFolder, String source, Path context) throws IOException {
        Path from = recipeFolder.resolve(source).normalize();
        if (!from.startsWith(recipeFolder)) {
            throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " copies '" + source
                    + "', which is outside its folder " + recipeFolder + "; a build sees only that folder.");
        }
        if (!Files.exists(from)) {
            throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " copies " + from
                    + " into its image, which does not exist; build it first (./mvnw package), or fix 'files' in "
                    + recipeFile(recipe) + ".");
        }
        Path to = context.resolve(recipeFolder.relativize(from).toString());
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path path : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(path)) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file's path and content in a fixed order: the same context gives the same hash on any machine. */
    static String hash(Path context) {
        try (Stream<Path> tree = Files.walk(context)) {
            List<Path> paths = new ArrayList<>(tree.filter(p -> !p.equals(context)).toList());
            paths.sort((a, b) -> context.relativize(a).toString().compareTo(context.relativize(b).toString()));
            MessageDigest digest = Digests.sha256();
            for (Path path : paths) {
                boolean directory = Files.isDirectory(path);
                digest.update((context.relativize(path) + (directory ? "/" : "") + "\0").getBytes(StandardCharsets.UTF_8));
                if (!directory) {
                    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    digest.update((byte) 0);
                }
            }
            return Digests.hex(digest);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot read the build context " + context + ": " + e.getMessage(), e);
        }
    }

    private boolean exists(String image) {
        // Recipe names never start with a dot, so this cannot be a recipe's folder.
        Path output = folder.resolve(".image-exists.log");
        int code = podman(List.of("image", "exists", image), output, QUERY_SECONDS);
        if (code == 0 || code == 1) {
            return code == 0;
        }
        throw new VitruvianException(ExitCode.ENVIRONMENT, "Podman cannot say whether image " + image + " exists (exit " + code
                + "): " + tail(output) + "; check that 'podman info' works.");
    }

    private void build(ContainerRecipe recipe, String image, Path context, Path log) {
        // A build may install packages and compile for hours, so it has no deadline; Ctrl-C stops it.
        int code = podman(List.of("build", "--tag", image, "--file", context.resolve("Containerfile").toString(),
                context.toString()), log, 0);
        if (code != 0) {
            throw new VitruvianException(ExitCode.FAILED, "Building image " + image + " of recipe " + recipe.getName()
                    + " failed (podman exit " + code + "); the end of its log " + log + ":\n" + tail(log));
        }
    }

    /** Runs podman with Vitruvian's options and its output in {@code output}; its exit code. */
    private int podman(List<String> arguments, Path output, long deadlineSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(Podman.command(arguments)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().put(Podman.CONF_VARIABLE, Podman.conf(folder).toString());
            Process process = builder.start();
            if (deadlineSeconds > 0 && !process.waitFor(deadlineSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new VitruvianException(ExitCode.ENVIRONMENT, "podman " + String.join(" ", arguments) + " did not answer in "
                        + deadlineSeconds + " s; check that 'podman info' works.");
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot start podman: " + e.getMessage()
                    + "; install podman and runc (Debian: apt-get install podman runc).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Interrupted while podman " + arguments.get(0) + " ran.", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())).strip();
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** One folder per recipe: two recipes of the same name in one run do not share a context. */
    private Path uniqueFolder(String name) {
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(name + "-" + n);
        }
        return candidate;
    }

    private static Path recipeFolder(ContainerRecipe recipe) {
        URI uri = recipe.eResource() == null ? null : recipe.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            throw new VitruvianException(ExitCode.FAILED, "Recipe " + recipe.getName() + " was not read from a file, so its "
                    + "files have no folder to come from; save it as a file.");
        }
        return Path.of(uri.toFileString()).toAbsolutePath().normalize().getParent();
    }

    private static String recipeFile(ContainerRecipe recipe) {
        URI uri = recipe.eResource() == null ? null : recipe.eResource().getURI();
        return uri == null ? recipe.getName() : uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
