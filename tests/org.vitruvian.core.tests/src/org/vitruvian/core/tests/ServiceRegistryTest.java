package org.vitruvian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.vitruvian.core.services.ServiceRegistry;

class ServiceRegistryTest {

    @Test
    void ordersByRankingThenByAgeLikeOsgi() {
        ServiceRegistry<String> registry = new ServiceRegistry<>();
        registry.add("old-default", Map.of(Constants.SERVICE_ID, 5L));
        registry.add("preferred", Map.of(Constants.SERVICE_ID, 9L, Constants.SERVICE_RANKING, 10));
        registry.add("new-default", Map.of(Constants.SERVICE_ID, 7L));
        assertEquals(List.of("preferred", "old-default", "new-default"), registry.all());
    }

    @Test
    void seesServicesLeaveAndKeepsEarlierSnapshotsStable() {
        ServiceRegistry<String> registry = new ServiceRegistry<>();
        registry.add("a");
        registry.add("b");
        List<String> before = registry.all();
        registry.remove("a");
        assertEquals(List.of("a", "b"), before);
        assertEquals(List.of("b"), registry.all());
        assertEquals("b", registry.find(s -> s.startsWith("b")).orElseThrow());
        assertTrue(registry.find(s -> s.startsWith("a")).isEmpty());
    }
}
