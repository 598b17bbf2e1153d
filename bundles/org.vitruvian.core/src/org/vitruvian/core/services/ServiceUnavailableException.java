package org.vitruvian.core.services;

/** A service that Vitruvian needs is not registered: an installation problem, not a user error. */
public final class ServiceUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String serviceType;

    public ServiceUnavailableException(Class<?> type, String reason) {
        super("Service " + type.getName() + " is not available: " + reason);
        this.serviceType = type.getName();
    }

    public String serviceType() {
        return serviceType;
    }
}
