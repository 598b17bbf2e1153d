package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.GPU_CUDA;
import static org.vitruvian.compat.CompatibilityCodes.GPU_CUDA_UNKNOWN;
import static org.vitruvian.compat.CompatibilityCodes.GPU_DRIVER;
import static org.vitruvian.compat.CompatibilityCodes.GPU_DRIVER_UNKNOWN;
import static org.vitruvian.compat.CompatibilityCodes.GPU_NONE;
import static org.vitruvian.compat.CompatibilityCodes.GPU_OK;
import static org.vitruvian.compat.CompatibilityCodes.GPU_UNAVAILABLE;
import static org.vitruvian.compat.CompatibilityCodes.GPU_VENDOR;
import static org.vitruvian.compat.CompatibilityCodes.GPU_VENDOR_UNKNOWN;

import java.util.Optional;
import java.util.regex.Pattern;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.model.common.GpuVendor;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;

/**
 * The host provides the GPU driver; the image brings the CUDA or ROCm user space. So the GPUs must
 * be the vendor the image was built for, the driver at least the image's minimum, and the image's
 * CUDA no newer than the driver supports. How many GPUs a partition has is part of the resource
 * fit; here only whether the site has any.
 */
public final class GpuCheck implements Check {

    // Model names as sites write them; a site that states 'cuda' is NVIDIA whatever its model names.
    private static final Pattern NVIDIA = Pattern.compile(
            "(?i).*(nvidia|tesla|quadro|geforce|rtx|\\b[ahlvpt]\\d{2,3}\\b|\\bgh200\\b|\\bgb200\\b|\\bb200\\b).*");
    private static final Pattern AMD = Pattern.compile("(?i).*(\\bamd\\b|instinct|radeon|\\bmi\\d{2,3}[a-z]*\\b).*");

    @Override
    public void check(CheckContext context, Findings findings) {
        GpuSpec gpu = context.recipe().getGpu();
        int requested = context.resources() == null || context.resources().getGpus() == null ? 0
                : context.resources().getGpus();
        if (gpu == null && requested <= 0) {
            return;
        }
        Site site = context.site();
        if (!hasGpus(site)) {
            if (requested > 0) {
                findings.error(GPU_NONE, Subject.RESOURCES, "the run asks for " + PartitionFit.plural(requested, "GPU")
                        + " per node but " + context.siteLabel() + " has no GPUs; pick a site with GPU nodes, or drop"
                        + " resources.gpus if the application can run on CPUs");
            } else {
                findings.warning(GPU_UNAVAILABLE, Subject.GPU, "the image is built for " + stack(gpu) + " but "
                        + context.siteLabel() + " has no GPUs, so the run works only if the application falls back to"
                        + " CPUs; pick a site with GPU nodes, or remove 'gpu' from the recipe if it is not needed");
            }
            return;
        }
        if (gpu == null) {
            return;
        }
        Optional<GpuVendor> vendor = vendor(site);
        if (vendor.isEmpty()) {
            findings.warning(GPU_VENDOR_UNKNOWN, Subject.GPU, context.siteLabel() + " does not say whose GPUs it has"
                    + " (no 'cuda' and no recognisable 'gpuModel'), so the image built for " + stack(gpu)
                    + " cannot be checked against them; state 'cuda' (NVIDIA) or the partitions' 'gpuModel' in the site model");
            return;
        }
        if (vendor.get() != gpu.getVendor()) {
            GpuVendor other = vendor.get();
            findings.error(GPU_VENDOR, Subject.GPU, "the image is built for " + stack(gpu) + " but " + context.siteLabel()
                    + " has " + vendorName(other) + " GPUs, which cannot run it; build the image for "
                    + vendorName(other) + " (gpu.vendor: " + other.getLiteral() + ", with "
                    + (other == GpuVendor.NVIDIA ? "CUDA" : "ROCm") + "), or pick a site with " + vendorName(gpu.getVendor())
                    + " GPUs");
            return;
        }
        // '&', not '&&': both run, so a user sees every GPU problem in one go.
        boolean ok = checkCuda(context, gpu, findings) & checkDriver(context, gpu, findings);
        if (ok) {
            findings.info(GPU_OK, Subject.GPU, context.siteLabel() + " has " + vendorName(vendor.get()) + " GPUs"
                    + (site.getGpuDriver() == null ? "" : " with driver " + site.getGpuDriver())
                    + (site.getCuda() == null ? "" : " (CUDA up to " + site.getCuda() + ")") + ", suitable for the image's "
                    + stack(gpu));
        }
    }

    private static boolean checkCuda(CheckContext context, GpuSpec gpu, Findings findings) {
        if (gpu.getVendor() != GpuVendor.NVIDIA || gpu.getCuda() == null) {
            return true;
        }
        String site = context.site().getCuda();
        Optional<Integer> order = Versions.compare(gpu.getCuda(), site);
        if (order.isEmpty()) {
            findings.warning(GPU_CUDA_UNKNOWN, Subject.GPU, "the image is built with CUDA " + gpu.getCuda() + " but "
                    + context.siteLabel() + " does not state the highest CUDA its driver supports, so it cannot be"
                    + " checked; state 'cuda' in the site model (nvidia-smi shows it)");
            return false;
        }
        if (order.get() > 0) {
            findings.error(GPU_CUDA, Subject.GPU, "the image is built with CUDA " + gpu.getCuda() + " but the driver on "
                    + context.siteLabel() + " supports CUDA up to " + site + "; rebuild the image with CUDA " + site
                    + " or older (an older CUDA base image), or pick a site with a newer driver");
            return false;
        }
        return true;
    }

    private static boolean checkDriver(CheckContext context, GpuSpec gpu, Findings findings) {
        if (gpu.getMinDriver() == null) {
            return true;
        }
        String site = context.site().getGpuDriver();
        Optional<Integer> order = Versions.compare(site, gpu.getMinDriver());
        if (order.isEmpty()) {
            findings.warning(GPU_DRIVER_UNKNOWN, Subject.GPU, "the image needs GPU driver " + gpu.getMinDriver()
                    + " or newer but " + context.siteLabel() + " does not state its driver version, so it cannot be"
                    + " checked; state 'gpuDriver' in the site model");
            return false;
        }
        if (order.get() < 0) {
            findings.error(GPU_DRIVER, Subject.GPU, "the image needs GPU driver " + gpu.getMinDriver() + " or newer but "
                    + context.siteLabel() + " has " + site + "; rebuild the image for an older driver (an older CUDA or"
                    + " ROCm release), or pick a site whose driver is " + gpu.getMinDriver() + " or newer");
            return false;
        }
        return true;
    }

    private static boolean hasGpus(Site site) {
        return site.getCuda() != null || site.getGpuDriver() != null
                || site.getPartitions().stream().anyMatch(p -> p.getGpusPerNode() != null && p.getGpusPerNode() > 0);
    }

    static Optional<GpuVendor> vendor(Site site) {
        if (site.getCuda() != null) {
            return Optional.of(GpuVendor.NVIDIA);
        }
        for (Partition partition : site.getPartitions()) {
            String model = partition.getGpuModel();
            if (model != null && NVIDIA.matcher(model).matches()) {
                return Optional.of(GpuVendor.NVIDIA);
            }
            if (model != null && AMD.matcher(model).matches()) {
                return Optional.of(GpuVendor.AMD);
            }
        }
        return Optional.empty();
    }

    private static String stack(GpuSpec gpu) {
        return gpu.getVendor() == GpuVendor.NVIDIA
                ? "NVIDIA GPUs" + (gpu.getCuda() == null ? "" : " (CUDA " + gpu.getCuda() + ")")
                : "AMD GPUs" + (gpu.getRocm() == null ? "" : " (ROCm " + gpu.getRocm() + ")");
    }

    private static String vendorName(GpuVendor vendor) {
        return vendor == GpuVendor.NVIDIA ? "NVIDIA" : "AMD";
    }
}
