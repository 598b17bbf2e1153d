package org.vitruvian.app.internal;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;

/**
 * A site's login questions (a one-time code, a password) asked on the user's terminal, as ssh
 * asks them: on {@code /dev/tty}, so that a command whose output goes to a file or a pipe still
 * asks its user, and answers typed without echo. Where there is no terminal (a pipeline started
 * without one, CI, a service), {@link #open()} gives nothing and the login fails saying that a
 * code is needed. Host keys are not asked about here: the command line never accepts one.
 */
final class TerminalInteraction implements SshInteraction {

    private static final File TTY = new File("/dev/tty");

    private TerminalInteraction() {
    }

    /** The terminal of this process, when it has one. */
    static Optional<TerminalInteraction> open() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        // Opening /dev/tty fails (ENXIO) in a process without a controlling terminal.
        try (InputStream probe = new FileInputStream(TTY)) {
            return Optional.of(new TerminalInteraction());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean asksUser() {
        return true;
    }

    @Override
    public Optional<PasswordAnswer> password(SshEndpoint endpoint, String prompt) {
        return ask(endpoint, null, List.of(new Prompt(prompt, false))).map(answers -> new PasswordAnswer(answers.get(0).toCharArray(), false));
    }

    @Override
    public Optional<List<String>> keyboardInteractive(SshEndpoint endpoint, String name, String instruction, List<Prompt> prompts) {
        return ask(endpoint, instruction, prompts);
    }

    /** One question after the other; empty when the user ends the input (Ctrl-D) or the terminal fails. */
    private static synchronized Optional<List<String>> ask(SshEndpoint endpoint, String instruction, List<Prompt> prompts) {
        Charset charset = Charset.forName(System.getProperty("stdout.encoding", "UTF-8"), StandardCharsets.UTF_8);
        try (InputStream in = new FileInputStream(TTY); OutputStream out = new FileOutputStream(TTY)) {
            if (instruction != null && !instruction.isBlank()) {
                out.write((instruction.strip() + "\n").getBytes(charset));
            }
            List<String> answers = new ArrayList<>();
            for (Prompt prompt : prompts) {
                // Which site asks, as ssh says it: the same code app may hold several accounts.
                out.write(("(" + endpoint + ") " + prompt.text().stripTrailing() + " ").getBytes(charset));
                out.flush();
                if (!prompt.echo()) {
                    stty("-echo");
                }
                String answer;
                try {
                    answer = readLine(in, charset);
                } finally {
                    if (!prompt.echo()) {
                        stty("echo");
                        out.write('\n');
                        out.flush();
                    }
                }
                if (answer == null) {
                    return Optional.empty();
                }
                answers.add(answer);
            }
            return Optional.of(answers);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String readLine(InputStream in, Charset charset) throws IOException {
        byte[] buffer = new byte[256];
        int length = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b == '\r') {
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, length * 2);
            }
            buffer[length++] = (byte) b;
        }
        if (b < 0 && length == 0) {
            return null;
        }
        String line = new String(buffer, 0, length, charset);
        Arrays.fill(buffer, (byte) 0);
        return line;
    }

    /** Changes the terminal's mode with stty on /dev/tty: Java has no call for it. */
    private static void stty(String mode) {
        try {
            Process stty = new ProcessBuilder("stty", mode).redirectInput(TTY).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            stty.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Without stty the answer is echoed; the login still works.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
