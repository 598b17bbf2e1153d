package org.vitruvian.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.yaml.ModelService;

/**
 * Model files of one test, in a folder of its own, checked by the real {@link ModelService}
 * exactly as {@code vitruvian validate} checks them. Tests write the model under test as a
 * text block, so the lines and columns they assert can be read off the test itself, and copy
 * the files it refers to from their bundle's {@code data/} folder.
 */
public final class ModelFiles {

    private final Class<?> test;
    private final Path folder;

    /**
     * @param test   the test class; its bundle provides the {@code data/} files and the service lookup
     * @param folder an empty folder (JUnit's {@code @TempDir})
     */
    public ModelFiles(Class<?> test, Path folder) {
        this.test = test;
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes {@code yaml} to {@code name} (a path relative to the folder), replacing what was there. */
    public Path write(String name, String yaml) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The text of a file in the folder. */
    public String read(String name) {
        try {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies files from the test bundle's {@code data/} folder to the same relative paths here,
     * so that references between them ({@code ../recipe.yaml}) keep working.
     */
    public ModelFiles copy(String... dataNames) {
        Bundle bundle = FrameworkUtil.getBundle(test);
        for (String name : dataNames) {
            URL entry = bundle.getEntry("data/" + name);
            if (entry == null) {
                throw new IllegalArgumentException("no data/" + name + " in bundle " + bundle.getSymbolicName());
            }
            Path target = folder.resolve(name);
            try (InputStream in = entry.openStream()) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes {@code yaml} to {@code name} and validates it with the other {@code names}. */
    public Findings check(String name, String yaml, String... alsoLoaded) {
        write(name, yaml);
        String[] names = new String[alsoLoaded.length + 1];
        names[0] = name;
        System.arraycopy(alsoLoaded, 0, names, 1, alsoLoaded.length);
        return validate(names);
    }

    /** Loads the files (relative to the folder) together and returns every problem found, as the CLI would print them. */
    public Findings validate(String... names) {
        List<Path> files = Arrays.stream(names).map(folder::resolve).toList();
        try (ServiceHandle<ModelService> models = Services.await(test, ModelService.class)) {
            return new Findings(files.get(0), models.get().load(files).report().diagnostics());
        }
    }

    /**
     * Loads the files together as {@code vitruvian validate} does, with an empty site catalog:
     * the sites among the files are every site there is, so a step pinned to another site, or a
     * site refining one, is reported ({@link ModelService#loadWithAllSites}).
     */
    public Findings validateWithAllSites(String... names) {
        List<Path> files = Arrays.stream(names).map(folder::resolve).toList();
        try (ServiceHandle<ModelService> models = Services.await(test, ModelService.class)) {
            return new Findings(files.get(0), models.get().loadWithAllSites(files, List.of()).report().diagnostics());
        }
    }
}
