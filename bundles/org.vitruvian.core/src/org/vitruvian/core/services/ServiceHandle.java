package org.vitruvian.core.services;

import org.osgi.util.tracker.ServiceTracker;

/** A service in use; closing the handle releases it. */
public final class ServiceHandle<T> implements AutoCloseable {

    private final T service;
    private final ServiceTracker<T, T> tracker;

    ServiceHandle(T service, ServiceTracker<T, T> tracker) {
        this.service = service;
        this.tracker = tracker;
    }

    public T get() {
        return service;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
