package org.vitruvian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.vitruvian.core.ProductInfo;
import org.vitruvian.core.internal.BundleProductInfo;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;

/** The core's DS component runs under Felix SCR and reports the version of the installed bundles. */
class ProductInfoComponentTest {

    @Test
    void productInfoIsActivatedBySCRAndReportsTheBundleVersion() {
        try (ServiceHandle<ProductInfo> info = Services.await(getClass(), ProductInfo.class)) {
            Bundle core = FrameworkUtil.getBundle(BundleProductInfo.class);
            var version = core.getVersion();
            assertEquals(version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), info.get().version());
            assertEquals("Vitruvian", info.get().name());
            assertTrue(info.get().versionLine().startsWith("Vitruvian " + info.get().version()), info.get().versionLine());

            try (ServiceHandle<ServiceComponentRuntime> scr = Services.await(getClass(), ServiceComponentRuntime.class)) {
                ComponentDescriptionDTO description = scr.get().getComponentDescriptionDTO(core,
                        BundleProductInfo.class.getName());
                assertNotNull(description, "SCR does not know the component; was OSGI-INF generated into the bundle?");
                var states = scr.get().getComponentConfigurationDTOs(description).stream().map(c -> c.state).toList();
                assertTrue(states.contains(ComponentConfigurationDTO.ACTIVE), "component states: " + states);
                assertTrue(Arrays.asList(description.serviceInterfaces).contains(ProductInfo.class.getName()));
            }
        }
    }
}
