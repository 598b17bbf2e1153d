package org.vitruvian.app.internal;

import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.preferences.ProcessPreferences;
import org.vitruvian.preferences.VitruvianPreferences;

/**
 * The Equinox entry point of {@code vitruvian}. It only bridges to the {@link VitruvianCli}
 * component: the extension registry creates this object, so it cannot be injected itself.
 * The Integer it returns becomes the process exit code.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS) instanceof String[] given
                ? given
                : new String[0];
        context.applicationRunning();
        Charset console = Charset.forName(System.getProperty("stdout.encoding", "UTF-8"));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        // A site asking for a one-time code gets it typed on the terminal, when there is one.
        BundleContext bundleContext = FrameworkUtil.getBundle(HeadlessApplication.class).getBundleContext();
        ServiceRegistration<SshInteraction> terminal = TerminalInteraction.open()
                .map(t -> bundleContext.registerService(SshInteraction.class, (SshInteraction) t, null)).orElse(null);
        // Before any service reads the home: the IDE's preferences hold here too, after what the
        // environment says (a broken file is reported by the command line, which then ignores it).
        try {
            ProcessPreferences.apply(VitruvianPreferences.load());
        } catch (VitruvianException e) {
            ProcessPreferences.apply(VitruvianPreferences.DEFAULTS);
        }
        try (ServiceHandle<VitruvianCli> cli = Services.await(HeadlessApplication.class, VitruvianCli.class)) {
            return cli.get().execute(args, out, err);
        } catch (ServiceUnavailableException e) {
            err.println("vitruvian: the installation is incomplete: " + e.getMessage());
            return ExitCode.ENVIRONMENT.status();
        } finally {
            if (terminal != null) {
                terminal.unregister();
            }
            out.flush();
            err.flush();
        }
    }

    @Override
    public void stop() {
        // Commands finish or are interrupted by the JVM shutting down; nothing is held here.
    }
}
