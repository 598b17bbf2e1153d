package org.vitruvian.core.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.osgi.framework.Constants;

/**
 * The services of one type that are registered right now, highest service ranking first.
 *
 * <p>Registries of extensions (target adapters, sites, services contributed by plugins) are DS
 * components with a dynamic, multiple reference; they delegate their bind and unbind methods
 * here so that a plugin installed or removed at run time is seen at once, without locking
 * readers:
 *
 * <pre>
 * &#64;Reference(cardinality = MULTIPLE, policy = DYNAMIC)
 * void addAdapter(TargetAdapter adapter, Map&lt;String, Object&gt; properties) { adapters.add(adapter, properties); }
 * void removeAdapter(TargetAdapter adapter) { adapters.remove(adapter); }
 * </pre>
 */
public final class ServiceRegistry<T> {

    private record Entry<T>(T service, int ranking, long serviceId) {
    }

    // Ranking descending, then the older service first, as OSGi orders getServiceReference.
    private static final Comparator<Entry<?>> ORDER = Comparator.<Entry<?>>comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final CopyOnWriteArrayList<Entry<T>> entries = new CopyOnWriteArrayList<>();

    /** Adds a service with its OSGi properties ({@code service.ranking}, {@code service.id}). */
    public void add(T service, Map<String, ?> properties) {
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        long serviceId = properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE;
        synchronized (entries) {
            entries.add(new Entry<>(service, ranking, serviceId));
            List<Entry<T>> sorted = new ArrayList<>(entries);
            sorted.sort(ORDER);
            entries.clear();
            entries.addAll(sorted);
        }
    }

    /** Adds a service registered without properties, for callers outside OSGi (tests, tools). */
    public void add(T service) {
        add(service, Map.of());
    }

    public void remove(T service) {
        entries.removeIf(entry -> entry.service() == service);
    }

    /** A snapshot, highest ranking first; later registrations do not change it. */
    public List<T> all() {
        return entries.stream().map(Entry::service).toList();
    }

    public Optional<T> find(Predicate<? super T> condition) {
        return entries.stream().map(Entry::service).filter(condition).findFirst();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }
}
