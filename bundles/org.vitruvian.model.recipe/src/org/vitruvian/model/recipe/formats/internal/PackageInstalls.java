package org.vitruvian.model.recipe.formats.internal;

import org.vitruvian.core.ShellQuoting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.formats.internal.ShellScanner.Command;
import org.vitruvian.model.recipe.formats.internal.ShellScanner.Token;

/**
 * The shell command that installs a recipe's packages with each package manager, and the
 * reverse: recognising such a command in a script. Recognition is strict on purpose: a command
 * becomes packages only when writing the packages back gives a command with the same effect,
 * so options that change what gets installed (a channel, an index URL, a requirements file,
 * installing recommends) keep the command as a build command instead.
 */
public final class PackageInstalls {

    /** Packages found in a command. */
    public record Install(PackageManager manager, List<String> names) {
    }

    private PackageInstalls() {
    }

    /** The install command for {@code names}; each name is one quoted shell word. */
    public static String command(PackageManager manager, List<String> names) {
        String words = ShellQuoting.words(names);
        return switch (manager) {
            // DEBIAN_FRONTEND: packages such as tzdata otherwise stop the build to ask questions.
            case APT -> "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends " + words;
            case DNF -> "dnf install -y " + words;
            case YUM -> "yum install -y " + words;
            case APK -> "apk add --no-cache " + words;
            case PIP -> "pip install --no-cache-dir " + words;
            case CONDA -> "conda install -y " + words;
            case SPACK -> "spack install " + words;
        };
    }

    /** Whether a command is only {@code apt-get update}, which an apt install right after it absorbs. */
    public static boolean isAptUpdate(Command command) {
        List<Token> words = command.words();
        return !words.isEmpty() && words.stream().allMatch(Token::literal) && aptUpdate(texts(words));
    }

    /** The packages a command installs, if it is nothing but a recognisable install. */
    public static Optional<Install> recognise(Command command) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Token token : command.tokens()) {
            if (token.isOperator("&&")) {
                segments.add(current);
                current = new ArrayList<>();
            } else if (token.literal()) {
                current.add(token.text());
            } else {
                return Optional.empty();
            }
        }
        segments.add(current);
        if (segments.size() == 2 && aptUpdate(segments.get(0))) {
            return install(segments.get(1)).filter(found -> found.manager() == PackageManager.APT);
        }
        return segments.size() == 1 ? install(segments.get(0)) : Optional.empty();
    }

    private static boolean aptUpdate(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("apt-get") && !words.get(0).equals("apt")) {
            return false;
        }
        boolean update = false;
        for (String word : words.subList(1, words.size())) {
            if (word.equals("update") && !update) {
                update = true;
            } else if (!Set.of("-y", "--yes", "-q", "-qq", "--quiet").contains(word)) {
                return false;
            }
        }
        return update;
    }

    private static Optional<Install> install(List<String> words) {
        List<String> rest = new ArrayList<>(words);
        boolean frontend = !rest.isEmpty() && rest.get(0).equals("DEBIAN_FRONTEND=noninteractive");
        if (frontend) {
            rest.remove(0);
        }
        if (rest.size() < 2) {
            return Optional.empty();
        }
        String program = rest.get(0);
        PackageManager manager;
        String subcommand;
        Set<String> flags;
        Set<String> requiredFlags = Set.of();
        switch (program) {
            case "apt-get", "apt" -> {
                manager = PackageManager.APT;
                subcommand = "install";
                flags = Set.of("-y", "--yes", "--assume-yes", "-q", "-qq", "--quiet", "--no-install-recommends");
                requiredFlags = Set.of("--no-install-recommends");
            }
            case "dnf" -> {
                manager = PackageManager.DNF;
                subcommand = "install";
                flags = Set.of("-y", "--assumeyes", "-q", "--quiet");
            }
            case "yum" -> {
                manager = PackageManager.YUM;
                subcommand = "install";
                flags = Set.of("-y", "--assumeyes", "-q", "--quiet");
            }
            case "apk" -> {
                manager = PackageManager.APK;
                subcommand = "add";
                flags = Set.of("--no-cache", "-q", "--quiet");
            }
            case "pip" -> {
                manager = PackageManager.PIP;
                subcommand = "install";
                flags = Set.of("--no-cache-dir", "-q", "--quiet");
            }
            case "conda" -> {
                manager = PackageManager.CONDA;
                subcommand = "install";
                flags = Set.of("-y", "--yes", "-q", "--quiet");
            }
            case "spack" -> {
                manager = PackageManager.SPACK;
                subcommand = "install";
                flags = Set.of();
            }
            default -> {
                return Optional.empty();
            }
        }
        if (frontend && manager != PackageManager.APT) {
            return Optional.empty();
        }
        boolean seenSubcommand = false;
        List<String> seenFlags = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String word : rest.subList(1, rest.size())) {
            if (!seenSubcommand) {
                if (word.equals(subcommand)) {
                    seenSubcommand = true;
                } else if (flags.contains(word)) {
                    seenFlags.add(word);
                } else {
                    return Optional.empty();
                }
            } else if (word.startsWith("-")) {
                if (!flags.contains(word)) {
                    return Optional.empty();
                }
                seenFlags.add(word);
            } else {
                names.add(word);
            }
        }
        if (!seenSubcommand || names.isEmpty() || !seenFlags.containsAll(requiredFlags)) {
            return Optional.empty();
        }
        return Optional.of(new Install(manager, List.copyOf(names)));
    }

    private static List<String> texts(List<Token> words) {
        return words.stream().map(Token::text).toList();
    }
}
