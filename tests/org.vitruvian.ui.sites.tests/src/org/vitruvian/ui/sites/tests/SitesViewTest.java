package org.vitruvian.ui.sites.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.ssh.SshException;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.ui.sites.SitesViews;
import org.vitruvian.ui.sites.internal.HostKeyDialog;
import org.vitruvian.ui.sites.internal.SiteTree;
import org.vitruvian.ui.sites.internal.SitesView;

/**
 * The Sites view against the real sshd of releng/lib/loopback-hpc.sh, in a Vitruvian home of
 * the test's own with the loopback site as a user site: the host-key dialog on first contact,
 * the key stored when accepted, a changed key refused without being offered; and the catalog,
 * properties and editor a user reaches from the view.
 */
class SitesViewTest {

    private static final String SITE = "loopback-slurm";

    @TempDir
    Path home;

    private String previousHome;

    @BeforeEach
    void aHomeWithTheLoopbackSite() throws Exception {
        previousHome = System.getProperty("vitruvian.home");
        System.setProperty("vitruvian.home", home.toString());
        Path repository = Path.of(System.getProperty("vitruvian.repo", "."));
        String site = Files.readString(repository.resolve("examples/sites/loopback-slurm.yaml"))
                .replaceFirst("(?m)^  port: .*$", "  port: " + LoopbackHpc.get("VITRUVIAN_HPC_PORT"));
        Files.createDirectories(home.resolve("sites"));
        Files.writeString(home.resolve("sites").resolve(SITE + ".yaml"), site);
        // The account's key, as a user puts it there; no known_hosts: the first contact is the test's.
        Path ssh = Files.createDirectories(home.resolve("ssh").resolve(SITE));
        Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY")), ssh.resolve("id_ed25519"));
    }

    @AfterEach
    void closeAndRestore() {
        Ui.page().closeAllEditors(false);
        IViewReference reference = Ui.page().findViewReference(SitesViews.VIEW_ID);
        if (reference != null) {
            Ui.page().hideView(reference);
        }
        if (previousHome == null) {
            System.clearProperty("vitruvian.home");
        } else {
            System.setProperty("vitruvian.home", previousHome);
        }
    }

    private static SitesView openView() throws Exception {
        SitesView view = (SitesView) Ui.page().showView(SitesViews.VIEW_ID);
        Ui.waitUntil("the Sites view to read the catalog", view::isLoaded);
        return view;
    }

    /** The row of a site, expanding its type and tier as a user would; fails when it is not shown. */
    private static TreeItem item(SitesView view, String id) {
        view.viewer().expandAll();
        TreeItem found = find(view.viewer().getTree().getItems(), id);
        assertNotNull(found, "no row for " + id);
        return found;
    }

    private static TreeItem find(TreeItem[] items, String id) {
        for (TreeItem item : items) {
            if (item.getData() instanceof SiteTree.SiteNode node && node.id().equals(id)) {
                return item;
            }
            TreeItem inner = find(item.getItems(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void select(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    private static String opensshFingerprint() throws Exception {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f",
                LoopbackHpc.state().resolve("ssh_host_ed25519_key.pub").toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes());
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, out);
        return out.split(" ")[1];
    }

    private Path knownHosts() {
        return home.resolve("ssh").resolve("known_hosts");
    }

    private static void awaitTestEnd(SitesView view, Ui.Answer... answers) {
        Ui.waitUntil("the connection test to end and its dialogs to be answered",
                () -> "outcome " + view.lastOutcome() + ", jobs " + Job.getJobManager().find(SitesView.connectionTestFamily()).length,
                () -> view.lastOutcome() != null && java.util.Arrays.stream(answers).allMatch(a -> a.done)
                        && Job.getJobManager().find(SitesView.connectionTestFamily()).length == 0);
        for (Ui.Answer answer : answers) {
            answer.check();
        }
    }

    @Test
    void theCatalogIsGroupedByTypeAndTierWithDetailsInProperties() throws Exception {
        SitesView view = openView();
        TreeItem loopback = item(view, SITE);
        assertEquals("Tier 2 (regional, institutional)", loopback.getParentItem().getText(0));
        assertEquals("HPC", loopback.getParentItem().getParentItem().getText(0));
        assertEquals("user", loopback.getText(1));
        assertEquals("vhpc@127.0.0.1:" + LoopbackHpc.get("VITRUVIAN_HPC_PORT"), loopback.getText(2));
        TreeItem jureca = item(view, "jureca-dc");
        assertEquals("Tier 1 (national)", jureca.getParentItem().getText(0));
        assertEquals("built-in", jureca.getText(1));
        TreeItem local = item(view, "local");
        assertEquals("Workstations", (local.getParentItem().getParentItem() == null ? local.getParentItem()
                : local.getParentItem().getParentItem()).getText(0));

        select(view.viewer().getTree(), loopback);
        assertTrue(view.testAction().isEnabled(), "an SSH site can be tested");
        assertTrue(view.openAction().isEnabled(), "a user site can be edited");
        IPropertySource properties = Adapters.adapt(loopback.getData(), IPropertySource.class);
        assertNotNull(properties);
        assertEquals("127.0.0.1", properties.getPropertyValue("Access.Host"));
        assertEquals("user", properties.getPropertyValue("Catalog.Origin"));
        select(view.viewer().getTree(), local);
        assertFalse(view.testAction().isEnabled(), "this machine is not reached over SSH");
        assertFalse(view.openAction().isEnabled(), "a detected site has no file to edit");
    }

    @Test
    void firstContactShowsTheFingerprintAndAcceptingStoresTheKey() throws Exception {
        SitesView view = openView();
        select(view.viewer().getTree(), item(view, SITE));
        Ui.ShellWatcher watcher = new Ui.ShellWatcher();
        Ui.Answer accept = new Ui.Answer(HostKeyDialog.TITLE, shell -> Ui.clickButton(shell, HostKeyDialog.ACCEPT));
        Ui.Answer works = new Ui.Answer("Connection Works", shell -> Ui.clickButton(shell, "OK"));
        view.testAction().run();
        awaitTestEnd(view, accept, works);
        watcher.stop();

        assertTrue(view.lastOutcome().works(), String.valueOf(view.lastOutcome()));
        assertTrue(accept.seen.contains(opensshFingerprint()), "the dialog shows the SHA-256 fingerprint: " + accept.seen);
        assertTrue(accept.seen.contains("ssh-ed25519"), accept.seen);
        String[] hostKey = LoopbackHpc.hostPublicKey().split(" ");
        assertEquals("[127.0.0.1]:" + LoopbackHpc.get("VITRUVIAN_HPC_PORT") + " " + hostKey[0] + " " + hostKey[1] + "\n",
                Files.readString(knownHosts()), "the accepted key is in Vitruvian's known_hosts");

        // The second test asks nothing: the key is known now.
        Ui.ShellWatcher again = new Ui.ShellWatcher();
        Ui.Answer worksAgain = new Ui.Answer("Connection Works", shell -> Ui.clickButton(shell, "OK"));
        view.connectionTested(null);
        view.testAction().run();
        awaitTestEnd(view, worksAgain);
        again.stop();
        assertTrue(view.lastOutcome().works(), String.valueOf(view.lastOutcome()));
        assertFalse(again.titles.contains(HostKeyDialog.TITLE), "asked again: " + again.titles);
    }

    @Test
    void aRefusedFirstContactStoresNothing() throws Exception {
        SitesView view = openView();
        select(view.viewer().getTree(), item(view, SITE));
        Ui.Answer cancel = new Ui.Answer(HostKeyDialog.TITLE, shell -> Ui.clickButton(shell, "Cancel"));
        Ui.Answer failed = new Ui.Answer("Connection Failed", shell -> Ui.clickButton(shell, "OK"));
        view.testAction().run();
        awaitTestEnd(view, cancel, failed);
        assertEquals(SshException.Reason.HOST_KEY_UNKNOWN, view.lastOutcome().failure(), view.lastOutcome().message());
        assertFalse(Files.exists(knownHosts()), "nothing written");
    }

    @Test
    void aChangedKeyIsRefusedWithAWarningAndNeverOfferedForAcceptance() throws Exception {
        // A real ed25519 key, but not the server's: the client's own public key stands in for an impostor's.
        String[] impostor = Files.readString(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY") + ".pub")).strip().split(" ");
        String line = "[127.0.0.1]:" + LoopbackHpc.get("VITRUVIAN_HPC_PORT") + " " + impostor[0] + " " + impostor[1] + "\n";
        Files.writeString(knownHosts(), line);
        SitesView view = openView();
        select(view.viewer().getTree(), item(view, SITE));
        Ui.ShellWatcher watcher = new Ui.ShellWatcher();
        List<List<String>> buttons = new java.util.ArrayList<>();
        Ui.Answer warning = new Ui.Answer("Host Key Changed", shell -> {
            buttons.add(Ui.buttons(shell));
            Ui.clickButton(shell, "Close");
        });
        view.testAction().run();
        awaitTestEnd(view, warning);
        watcher.stop();

        assertEquals(SshException.Reason.HOST_KEY_CHANGED, view.lastOutcome().failure(), view.lastOutcome().message());
        assertEquals(List.of(List.of("Close")), buttons, "the warning offers nothing to accept");
        assertFalse(watcher.titles.contains(HostKeyDialog.TITLE), "the changed key was offered: " + watcher.titles);
        assertTrue(warning.seen.contains(opensshFingerprint()), "the warning names the key offered: " + warning.seen);
        assertEquals(line, Files.readString(knownHosts()), "known_hosts is left as it was");
    }

    /**
     * Opening a row (Enter, as double-click: both are the tree's default selection, which the view
     * listens to) shows a user site in the Site editor.
     */
    @Test
    void openingAUserSiteShowsItInTheSiteEditor() throws Exception {
        SitesView view = openView();
        TreeItem loopback = item(view, SITE);
        Tree tree = view.viewer().getTree();
        tree.showItem(loopback);
        tree.getShell().forceActive();
        Ui.waitUntil("the workbench window to be active", () -> Ui.display().getActiveShell() == tree.getShell());
        select(tree, loopback);
        Ui.waitUntil("the tree to have the focus", tree::isFocusControl);
        Ui.key(SWT.CR);
        Ui.waitUntil("the Site editor to open", () -> String.valueOf(Ui.page().getActiveEditor()),
                () -> Ui.page().getActiveEditor() != null && Ui.page().getActiveEditor().getEditorInput().getName()
                        .equals(SITE + ".yaml"));
        IEditorPart editor = Ui.page().getActiveEditor();
        assertEquals("org.vitruvian.ui.editors.siteEditor", editor.getEditorSite().getId());
        org.eclipse.core.resources.IFile file = editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class);
        assertEquals(home.resolve("sites").resolve(SITE + ".yaml").toRealPath(), Path.of(file.getLocationURI()).toRealPath(),
                "the file the catalog reads is the one edited");
    }

    @Test
    void theViewIsPartOfTheVitruvianPerspective() {
        Ui.page().resetPerspective();
        assertEquals("org.vitruvian.ui.perspective", Ui.page().getPerspective().getId());
        assertNotNull(Ui.page().findViewReference(SitesViews.VIEW_ID), "the Sites view is in the perspective after a reset");
    }
}
