package org.vitruvian.core.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.core.ProductInfo;

/** The product version is the version of this bundle: every Vitruvian bundle is released together. */
@Component(service = ProductInfo.class)
public final class BundleProductInfo implements ProductInfo {

    private final Version bundleVersion;

    @Activate
    public BundleProductInfo(BundleContext context) {
        this.bundleVersion = context.getBundle().getVersion();
    }

    @Override
    public String name() {
        return "Vitruvian";
    }

    @Override
    public String version() {
        return bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro();
    }

    @Override
    public String buildId() {
        String qualifier = bundleVersion.getQualifier();
        return "qualifier".equals(qualifier) ? "" : qualifier;
    }
}
