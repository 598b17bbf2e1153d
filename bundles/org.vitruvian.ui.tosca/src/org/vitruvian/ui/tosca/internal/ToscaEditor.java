package org.vitruvian.ui.tosca.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.TypeKind;

/**
 * The TOSCA editor: a read-only Topology page and the Source page, tabs at the bottom as in the
 * model editors. When typing stops, the text is checked by ToscaService (the one the CLI's
 * {@code vitruvian validate} uses) in a job, and its findings become annotations at their line
 * and column; the Topology page is redrawn from the same check.
 */
public final class ToscaEditor extends MultiPageEditorPart {

    /** How long typing may pause before the text is checked again. */
    private static final int CHECK_DELAY_MS = 300;

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    /** The normative node types of TOSCA 1.3 (section 5.9), offered by completion besides the file's own. */
    private static final List<String> NORMATIVE_NODE_TYPES = List.of("tosca.nodes.Root", "tosca.nodes.Abstract.Compute",
            "tosca.nodes.Compute", "tosca.nodes.SoftwareComponent", "tosca.nodes.WebServer", "tosca.nodes.WebApplication",
            "tosca.nodes.DBMS", "tosca.nodes.Database", "tosca.nodes.Abstract.Storage", "tosca.nodes.Storage.ObjectStorage",
            "tosca.nodes.Storage.BlockStorage", "tosca.nodes.Container.Runtime", "tosca.nodes.Container.Application",
            "tosca.nodes.LoadBalancer");

    private ToscaSourceEditor source;
    private TopologyView topology;
    private int topologyPage = -1;
    private int sourcePage = -1;
    private final CheckJob job = new CheckJob();
    private volatile ServiceHandle<ToscaService> service;
    /** The last check's result and the text it read; only touched on the UI thread. */
    private ToscaDocument checked;
    private String checkedText;
    private final List<Annotation> annotations = new ArrayList<>();

    private final IDocumentListener typing = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            scheduleCheck(CHECK_DELAY_MS);
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The TOSCA editor opens files of the workspace; " + input.getName() + " is not one.");
        }
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void createPages() {
        topology = new TopologyView(getContainer());
        topologyPage = addPage(topology);
        setPageText(topologyPage, "Topology");
        source = new ToscaSourceEditor(this);
        try {
            sourcePage = addPage(source, getEditorInput());
        } catch (PartInitException e) {
            throw new IllegalStateException("Cannot open the Source page of " + getEditorInput().getName(), e);
        }
        setPageText(sourcePage, "Source");
        document().addDocumentListener(typing);
        setActivePage(topologyPage);
        scheduleCheck(0);
    }

    public IDocument document() {
        return source.document();
    }

    public ToscaSourceEditor sourceEditor() {
        return source;
    }

    public TopologyView topology() {
        return topology;
    }

    public int topologyPageIndex() {
        return topologyPage;
    }

    public int sourcePageIndex() {
        return sourcePage;
    }

    /** Shows a page, as clicking its tab does. */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** The page shown now. */
    public int activePage() {
        return getActivePage();
    }

    /** The check of the text as it is now, or null while the text has changed since the last check. */
    public ToscaDocument currentCheck() {
        IDocument document = document();
        return document != null && checked != null && document.get().equals(checkedText) ? checked : null;
    }

    /** Node type names for completion: the file's and its imports' (as of the last check), the Vitruvian profile's and the normative ones. */
    List<String> nodeTypeNames() {
        TreeSet<String> names = new TreeSet<>(NORMATIVE_NODE_TYPES);
        if (checked != null) {
            if (checked.template() != null) {
                names.addAll(checked.template().types(TypeKind.NODE).keySet());
            }
            for (ServiceTemplate imported : checked.imports()) {
                names.addAll(imported.types(TypeKind.NODE).keySet());
            }
        }
        if (service != null) {
            names.addAll(service.get().vitruvianProfile().types(TypeKind.NODE).keySet());
        }
        return List.copyOf(names);
    }

    private void scheduleCheck(int delay) {
        job.cancel();
        job.text = document().get();
        job.schedule(delay);
    }

    /** Checks the text a job was given and hands the result to the UI thread. */
    private final class CheckJob extends Job {

        volatile String text;

        CheckJob() {
            super("Checking TOSCA template");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            String snapshot = text;
            if (service == null) {
                // Waited for here, not in init: Declarative Services may still be starting the TOSCA bundle.
                service = Services.await(ToscaEditor.class, ToscaService.class);
            }
            IFile file = ((IFileEditorInput) getEditorInput()).getFile();
            Path base = file.getLocation() == null ? null : file.getLocation().toFile().toPath().getParent();
            ToscaDocument result = service.get().check(snapshot, displayName(), base);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(snapshot, result));
            return Status.OK_STATUS;
        }
    }

    private String displayName() {
        return ((IFileEditorInput) getEditorInput()).getFile().getFullPath().makeRelative().toString();
    }

    /** Shows a check's findings unless the text changed meanwhile (a newer check is then on its way). */
    private void show(String text, ToscaDocument result) {
        if (source == null || document() == null || !document().get().equals(text)) {
            return;
        }
        checked = result;
        checkedText = text;
        annotate(result.diagnostics());
        topology.setTemplate(result);
    }

    private void annotate(List<Diagnostic> diagnostics) {
        IAnnotationModel model = source.annotationModel();
        if (model == null) {
            return;
        }
        IDocument document = document();
        Map<Annotation, Position> added = new HashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String type = switch (diagnostic.severity()) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                default -> INFO;
            };
            boolean here = diagnostic.file().equals(displayName());
            // A finding in an imported file is shown on the first line, naming where it is.
            String message = here ? diagnostic.message() + " [" + diagnostic.code() + "]" : diagnostic.format();
            added.put(new Annotation(type, false, message), position(document, here ? diagnostic.line() : 1, here ? diagnostic.column() : 1));
        }
        Annotation[] removed = annotations.toArray(Annotation[]::new);
        annotations.clear();
        annotations.addAll(added.keySet());
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed, added);
        } else {
            for (Annotation annotation : removed) {
                model.removeAnnotation(annotation);
            }
            added.forEach(model::addAnnotation);
        }
    }

    /** The word at a 1-based line and column (the whole line when the column is unknown). */
    static Position position(IDocument document, int line, int column) {
        try {
            int index = Math.min(Math.max(line, 1), document.getNumberOfLines()) - 1;
            IRegion region = document.getLineInformation(index);
            if (column <= 0) {
                return new Position(region.getOffset(), region.getLength());
            }
            int start = region.getOffset() + Math.min(column - 1, region.getLength());
            int end = start;
            int lineEnd = region.getOffset() + region.getLength();
            while (end < lineEnd && !Character.isWhitespace(document.getChar(end))) {
                end++;
            }
            return new Position(start, Math.max(end - start, Math.min(1, lineEnd - start)));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    /** The findings shown on the Source page now, for tests. */
    public List<Annotation> annotations() {
        return List.copyOf(annotations);
    }

    /** The messages of the findings whose word covers {@code offset}, one a line, or null when there are none. */
    public String findingsAt(int offset) {
        IAnnotationModel model = source.annotationModel();
        if (model == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Annotation annotation : annotations) {
            Position at = model.getPosition(annotation);
            if (at != null && offset >= at.offset && offset <= at.offset + at.length) {
                text.append(text.isEmpty() ? "" : "\n").append(annotation.getText());
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** Where an annotation of this editor is, for tests. */
    public Position positionOf(Annotation annotation) {
        return source.annotationModel().getPosition(annotation);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        source.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered (isSaveAsAllowed), as in the model editors.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        job.cancel();
        if (source != null && document() != null) {
            document().removeDocumentListener(typing);
        }
        super.dispose();
        if (service != null) {
            service.close();
        }
    }
}
