package org.vitruvian.ui.sites.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteOrigin;

/**
 * The Sites view: the site catalog ({@link SiteCatalog}, the one the command line lists) by
 * type and tier, the selected site's details in the Properties view, the user's own sites
 * opened in the Site editor, and Test Connection for the sites reached over SSH.
 */
public final class SitesView extends ViewPart {

    private TreeViewer viewer;
    private Image siteImage;
    private volatile boolean loaded;
    private volatile ConnectionTest.Outcome lastOutcome;
    private Action testAction;
    private Action openAction;
    private Action refreshAction;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        siteImage = ImageDescriptor.createFromURL(getClass().getResource("/icons/sites.png")).createImage();
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new Content());
        column("Site", 230, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof SiteTree.Group group ? group.label()
                        : SiteTree.label(((SiteTree.SiteNode) element).site());
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof SiteTree.Group ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER)
                        : siteImage;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof SiteTree.SiteNode node ? node.site().site().getDescription() : null;
            }
        });
        column("Origin", 80, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof SiteTree.SiteNode node ? node.site().origin().label() : "";
            }
        });
        column("Login", 200, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof SiteTree.SiteNode node ? SiteTree.access(node.site().site()) : "";
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        createActions();
        viewer.addSelectionChangedListener(event -> updateActions());
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof SiteTree.Group) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            } else if (element instanceof SiteTree.SiteNode node && node.editable()) {
                openAction.run();
            } else {
                showProperties();
            }
        });
        updateActions();
        setContentDescription("Reading the site catalog...");
        new Reader().schedule();
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private void createActions() {
        testAction = new Action("&Test Connection") {
            @Override
            public void run() {
                selected().filter(SiteTree.SiteNode::reachableBySsh).ifPresent(node -> new ConnectionTest(SitesView.this,
                        node.site().site()).schedule());
            }
        };
        testAction.setToolTipText("Log in to the site's login node over SSH, checking its host key");
        openAction = new Action("&Open in Site Editor") {
            @Override
            public void run() {
                selected().filter(SiteTree.SiteNode::editable).ifPresent(node -> open(node.site()));
            }
        };
        openAction.setToolTipText("Edit your site's file");
        refreshAction = new Action("&Refresh") {
            @Override
            public void run() {
                new Reader().schedule();
            }
        };
        refreshAction.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REFRESH);
        refreshAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        refreshAction.setToolTipText("Read the site catalog again");
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REFRESH.getId(), refreshAction);

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(testAction);
        toolBar.add(refreshAction);
        MenuManager context = new MenuManager("#PopupMenu");
        context.add(testAction);
        context.add(openAction);
        context.add(new Separator());
        context.add(new Action("Show &Properties") {
            @Override
            public void run() {
                showProperties();
            }
        });
        context.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(context.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(context, viewer);
        IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(refreshAction);
    }

    private void updateActions() {
        Optional<SiteTree.SiteNode> node = selected();
        testAction.setEnabled(node.map(SiteTree.SiteNode::reachableBySsh).orElse(false));
        openAction.setEnabled(node.map(SiteTree.SiteNode::editable).orElse(false));
    }

    private Optional<SiteTree.SiteNode> selected() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        return element instanceof SiteTree.SiteNode node ? Optional.of(node) : Optional.empty();
    }

    private void showProperties() {
        try {
            getSite().getPage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (org.eclipse.ui.PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Properties", e.getMessage());
        }
    }

    private void open(CatalogSite site) {
        try {
            UserSites.open(getSite().getPage(), site);
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Open Site", "Cannot open " + site.location() + ": " + e.getMessage());
        }
    }

    /** Called on the UI thread when a connection test ends (null forgets the last one). */
    public void connectionTested(ConnectionTest.Outcome outcome) {
        lastOutcome = outcome;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (siteImage != null) {
            siteImage.dispose();
        }
        super.dispose();
    }

    // --- for tests ----------------------------------------------------------------------

    public TreeViewer viewer() {
        return viewer;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public Action testAction() {
        return testAction;
    }

    public Action openAction() {
        return openAction;
    }

    /** How the last connection test ended, or null. */
    public ConnectionTest.Outcome lastOutcome() {
        return lastOutcome;
    }

    public static Object connectionTestFamily() {
        return ConnectionTest.FAMILY;
    }

    // --- the catalog ------------------------------------------------------------------------

    /** Reads the catalog off the UI thread: user files are parsed, and `local` probes the machine. */
    private final class Reader extends Job {
        Reader() {
            super("Reading the site catalog");
            setPriority(Job.SHORT);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            String problem = null;
            List<SiteTree.Group> groups = List.of();
            try (ServiceHandle<SiteCatalog> catalog = Services.await(SitesView.class, SiteCatalog.class)) {
                SiteCatalog.Snapshot snapshot = catalog.get().snapshot();
                groups = SiteTree.of(snapshot.sites());
                if (!snapshot.problems().diagnostics().isEmpty()) {
                    problem = snapshot.problems().diagnostics().size() + " problem(s) reading sites; the first: "
                            + snapshot.problems().diagnostics().get(0);
                }
            } catch (ServiceUnavailableException e) {
                problem = "Cannot read the site catalog: " + e.getMessage();
            }
            List<SiteTree.Group> result = groups;
            String description = problem;
            var display = getSite().getShell().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (viewer.getControl().isDisposed()) {
                        return;
                    }
                    Object[] expanded = viewer.getExpandedElements();
                    viewer.setInput(result);
                    if (expanded.length == 0) {
                        viewer.expandToLevel(2);
                    } else {
                        viewer.setExpandedElements(expanded);
                    }
                    long count = result.stream().flatMap(g -> sites(g).stream()).count();
                    setContentDescription(description != null ? description
                            : count + " sites; yours are in " + org.vitruvian.core.VitruvianHome.sites());
                    loaded = true;
                    updateActions();
                });
            }
            return Status.OK_STATUS;
        }
    }

    static List<SiteTree.SiteNode> sites(SiteTree.Group group) {
        return group.children().stream().flatMap(child -> child instanceof SiteTree.Group g ? sites(g).stream()
                : java.util.stream.Stream.of((SiteTree.SiteNode) child)).toList();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof SiteTree.Group group ? group.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof SiteTree.Group group && !group.children().isEmpty();
        }
    }

    static boolean isUser(CatalogSite site) {
        return site.origin() == SiteOrigin.USER;
    }
}
