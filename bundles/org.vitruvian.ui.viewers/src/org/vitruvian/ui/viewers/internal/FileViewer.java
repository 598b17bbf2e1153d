package org.vitruvian.ui.viewers.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.vitruvian.core.VitruvianException;

/**
 * A read-only viewer of one output file. The file is read off the UI thread (outputs may be
 * large); a file that cannot be read shows the reader's message (file, line, what is wrong)
 * in place of the content, never a stack trace.
 *
 * @param <T> what the file reads as
 */
public abstract class FileViewer<T> extends EditorPart {

    private Path file;
    private Composite parent;
    private volatile boolean loaded;
    private String problem;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput uri) || !"file".equals(uri.getURI().getScheme())) {
            throw new PartInitException(input.getName() + " is not a file on this machine; the viewers read local files.");
        }
        setSite(site);
        setInput(input);
        file = Path.of(uri.getURI());
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    public Path file() {
        return file;
    }

    /** Reads the file; runs in a job. */
    protected abstract T read(Path path);

    /** Shows what was read; runs on the UI thread, in {@code parent} (which has a FillLayout). */
    protected abstract void show(Composite parent, T content);

    @Override
    public void createPartControl(Composite composite) {
        parent = new Composite(composite, SWT.NONE);
        parent.setLayout(new FillLayout());
        Label reading = new Label(parent, SWT.NONE);
        reading.setText("Reading " + file + "...");
        Job job = new Job("Reading " + file.getFileName()) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                Object result;
                try {
                    result = read(file);
                } catch (VitruvianException e) {
                    result = e;
                } catch (RuntimeException e) {
                    result = new VitruvianException(org.vitruvian.core.ExitCode.FAILED, file + ": " + e);
                }
                Object done = result;
                if (!parent.isDisposed()) {
                    parent.getDisplay().asyncExec(() -> display(done));
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    @SuppressWarnings("unchecked")
    private void display(Object result) {
        if (parent.isDisposed()) {
            return;
        }
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
        if (result instanceof VitruvianException e) {
            problem = e.getMessage();
            Label label = new Label(parent, SWT.WRAP);
            label.setText(problem);
        } else {
            show(parent, (T) result);
        }
        parent.layout(true, true);
        loaded = true;
    }

    /** Whether the file has been read and shown (or its problem shown); tests wait for it. */
    public boolean isLoaded() {
        return loaded;
    }

    /** The reader's message when the file could not be read, else null. */
    public String problem() {
        return problem;
    }

    @Override
    public void setFocus() {
        if (parent != null && !parent.isDisposed()) {
            parent.setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Outputs are the run's record: viewers never change them.
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
