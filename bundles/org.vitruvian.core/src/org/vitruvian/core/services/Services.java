package org.vitruvian.core.services;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Reaching DS components from code that OSGi did not create (an Equinox IApplication, a JUnit
 * test, an SWT handler). Components start asynchronously, so callers wait for them with a
 * deadline instead of assuming they are already there.
 */
public final class Services {

    /** Long enough for SCR to activate a component on a loaded machine; short enough to fail clearly. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private Services() {
    }

    /**
     * Returns the highest-ranked service of {@code type}, waiting up to {@code timeout} for it.
     * The service stays in use (and a delayed DS component stays active) until the handle is
     * closed, so hold it in a try-with-resources block for as long as the service is called.
     *
     * @param caller a class of the calling bundle; its bundle context is used for the lookup
     * @throws ServiceUnavailableException when no such service appears in time, naming the type
     */
    public static <T> ServiceHandle<T> await(Class<?> caller, Class<T> type, Duration timeout) {
        var bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new ServiceUnavailableException(type, "the calling bundle "
                    + (bundle == null ? caller.getName() : bundle.getSymbolicName()) + " is not active");
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(Math.max(1, timeout.toMillis()));
            if (service == null) {
                throw new ServiceUnavailableException(type, "no component provided it within " + timeout.toSeconds()
                        + " s; is its bundle installed and Declarative Services (org.apache.felix.scr) started?");
            }
            return new ServiceHandle<>(service, tracker);
        } catch (InterruptedException e) {
            tracker.close();
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(type, "interrupted while waiting");
        } catch (RuntimeException e) {
            tracker.close();
            throw e;
        }
    }

    public static <T> ServiceHandle<T> await(Class<?> caller, Class<T> type) {
        return await(caller, type, DEFAULT_TIMEOUT);
    }
}
