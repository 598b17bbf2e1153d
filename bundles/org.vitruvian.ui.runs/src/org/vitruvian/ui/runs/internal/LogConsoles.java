package org.vitruvian.ui.runs.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleListener;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;

/**
 * A step's log in the Console view, fed while the step runs: a job reads what the log file
 * gained since it last looked (the file the engine names, {@link Runs#logs}) and appends it, until
 * the step has ended and everything is read, or the user closes the console. It only reads the
 * store; advancing the run is the job of whoever watches it (this view's Watch, or the CLI).
 */
final class LogConsoles {

    /** How often a followed log is read again; logs are for people, a quarter second is live enough. */
    private static final long FOLLOW_MILLIS = 250;
    /** At most this much of a log is shown at once when opened; the console keeps the tail of big logs. */
    private static final long FIRST_BYTES = 1 << 20;

    private LogConsoles() {
    }

    static String title(String runId, String step) {
        return "Vitruvian log: " + step + " (run " + runId + ")";
    }

    /** Shows the console of the step's log, creating it and starting to follow the log if it is not open yet. */
    static MessageConsole show(Runs runs, String runId, String step) {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        String title = title(runId, step);
        for (IConsole existing : manager.getConsoles()) {
            if (existing instanceof MessageConsole console && title.equals(console.getName())) {
                manager.showConsoleView(console);
                return console;
            }
        }
        MessageConsole console = new MessageConsole(title, null);
        manager.addConsoles(new IConsole[] { console });
        manager.showConsoleView(console);
        new Follower(runs, runId, step, console).schedule();
        return console;
    }

    private static final class Follower extends Job implements IConsoleListener {
        private final Runs runs;
        private final String runId;
        private final String step;
        private final MessageConsole console;
        private final MessageConsoleStream out;
        private long offset = -1;
        private volatile boolean closed;
        private boolean saidWaiting;

        Follower(Runs runs, String runId, String step, MessageConsole console) {
            super("Following the log of " + step);
            this.runs = runs;
            this.runId = runId;
            this.step = step;
            this.console = console;
            this.out = console.newMessageStream();
            setSystem(true);
            ConsolePlugin.getDefault().getConsoleManager().addConsoleListener(this);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (closed || monitor.isCanceled()) {
                return finish();
            }
            boolean ended;
            try {
                RunRecord run = runs.store().read(runId);
                Optional<StepRecord> record = run.step(step);
                ended = record.isEmpty() || record.get().state().isFinal() || run.state().isFinal();
                Path log = runs.logs(runId).get(step);
                if (log == null) {
                    if (!saidWaiting && !ended) {
                        out.println("(" + step + " has not started yet; its log appears here once it does)");
                        saidWaiting = true;
                    }
                } else {
                    append(log);
                }
                if (ended) {
                    out.println("(" + step + ": " + record.map(s -> Labels.state(s.state())).orElse("no such step")
                            + record.map(s -> Labels.detail(s)).filter(d -> !d.isEmpty()).map(d -> ", " + d).orElse("") + ")");
                }
            } catch (VitruvianException e) {
                out.println("(cannot read the log: " + e.getMessage() + ")");
                ended = true;
            }
            if (ended) {
                return finish();
            }
            schedule(FOLLOW_MILLIS);
            return Status.OK_STATUS;
        }

        private void append(Path log) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long length = file.length();
                if (offset < 0) {
                    offset = Math.max(0, length - FIRST_BYTES);
                    if (offset > 0) {
                        out.println("(the first " + offset + " bytes are left out; the whole log is " + log + ")");
                    }
                }
                if (length < offset) {
                    offset = 0; // replaced by a new attempt's log
                }
                if (length > offset) {
                    byte[] bytes = new byte[(int) Math.min(length - offset, FIRST_BYTES)];
                    file.seek(offset);
                    file.readFully(bytes);
                    offset += bytes.length;
                    out.print(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                if (Files.exists(log)) {
                    out.println("(cannot read " + log + ": " + e.getMessage() + ")");
                }
            }
        }

        private IStatus finish() {
            ConsolePlugin.getDefault().getConsoleManager().removeConsoleListener(this);
            return Status.OK_STATUS;
        }

        @Override
        public void consolesAdded(IConsole[] consoles) {
        }

        @Override
        public void consolesRemoved(IConsole[] consoles) {
            for (IConsole removed : consoles) {
                if (removed == console) {
                    closed = true;
                    cancel();
                }
            }
        }
    }
}
