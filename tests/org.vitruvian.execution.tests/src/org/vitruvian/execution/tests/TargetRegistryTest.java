package org.vitruvian.execution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.TargetRegistry;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.tests.support.FakeTargetAdapter;

/** The adapter registry as SCR fills it: ranked, and never seen half-updated while plugins come and go. */
class TargetRegistryTest {

    private static Site site(String id) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId(id);
        return site;
    }

    private static ServiceRegistration<TargetAdapter> register(TargetAdapter adapter, int ranking) {
        BundleContext context = FrameworkUtil.getBundle(TargetRegistryTest.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        return context.registerService(TargetAdapter.class, adapter, properties);
    }

    @Test
    void theHighestRankedAdapterThatSupportsASiteRunsIt() {
        FakeTargetAdapter low = new FakeTargetAdapter("fake-");
        FakeTargetAdapter high = new FakeTargetAdapter("fake-");
        ServiceRegistration<TargetAdapter> lowRegistration = register(low, 5);
        ServiceRegistration<TargetAdapter> highRegistration = register(high, 50);
        try (ServiceHandle<TargetRegistry> registry = Services.await(getClass(), TargetRegistry.class)) {
            assertTrue(registry.get().adapterFor(site("fake-a")).orElseThrow() == high);
            List<TargetAdapter> adapters = registry.get().adapters();
            assertTrue(adapters.indexOf(high) < adapters.indexOf(low), adapters::toString);
            highRegistration.unregister();
            highRegistration = null;
            assertTrue(registry.get().adapterFor(site("fake-a")).orElseThrow() == low, "the next one takes over at once");
        } finally {
            lowRegistration.unregister();
            if (highRegistration != null) {
                highRegistration.unregister();
            }
        }
    }

    @Test
    void readersNeverSeeAnEmptyOrHalfUpdatedRegistryWhilePluginsComeAndGo() throws InterruptedException {
        try (ServiceHandle<TargetRegistry> registry = Services.await(getClass(), TargetRegistry.class)) {
            int before = registry.get().adapters().size();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger churned = new AtomicInteger();
            Thread plugins = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    register(new FakeTargetAdapter("fake-"), i % 7).unregister();
                    churned.incrementAndGet();
                }
                done.set(true);
            });
            plugins.start();
            int reads = 0;
            while (!done.get()) {
                List<TargetAdapter> seen = registry.get().adapters();
                assertTrue(seen.size() >= before, () -> "a reader saw " + seen + " while a plugin came or went");
                assertTrue(seen.stream().anyMatch(a -> a.name().equals("local")), seen::toString);
                reads++;
            }
            plugins.join();
            assertEquals(300, churned.get());
            assertEquals(before, registry.get().adapters().size());
            assertTrue(reads > 0);
        }
    }
}
