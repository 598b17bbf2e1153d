package org.vitruvian.compat.tests;

import static org.vitruvian.compat.tests.Fixtures.assertAbsent;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.gpuSite;
import static org.vitruvian.compat.tests.Fixtures.recipe;
import static org.vitruvian.compat.tests.Fixtures.resources;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.GpuVendor;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.site.Site;

/** The image's GPU stack against the site's GPUs, driver and CUDA. */
class GpuCheckTest {

    private static ContainerRecipe cudaRecipe(String cuda) {
        ContainerRecipe recipe = recipe();
        GpuSpec gpu = RecipeFactory.eINSTANCE.createGpuSpec();
        gpu.setVendor(GpuVendor.NVIDIA);
        gpu.setCuda(cuda);
        recipe.setGpu(gpu);
        return recipe;
    }

    @Test
    void anImageCudaNewerThanTheDriverSupportsIsAnError() {
        // The site's driver supports CUDA up to 12.2.
        assertFinding(check(cudaRecipe("12.4"), gpuSite()), Diagnostic.ERROR, "compat.gpu.cuda", "CUDA 12.4",
                "up to 12.2", "rebuild the image with CUDA 12.2 or older", "pick a site with a newer driver");
    }

    @Test
    void anImageCudaTheDriverSupportsPasses() {
        for (String cuda : List.of("12.2", "11.8", "12.0.1")) {
            List<Diagnostic> findings = check(cudaRecipe(cuda), gpuSite());
            assertFinding(findings, Diagnostic.INFO, "compat.gpu.ok", "NVIDIA");
            assertNoProblems(findings, "compat.gpu");
        }
    }

    @Test
    void aSiteThatDoesNotStateItsCudaIsAWarning() {
        Site site = gpuSite();
        site.setCuda(null);
        // The A100 model still says the GPUs are NVIDIA's.
        assertFinding(check(cudaRecipe("12.2"), site), Diagnostic.WARNING, "compat.gpu.cuda-unknown", "state 'cuda'");
    }

    @Test
    void aDriverOlderThanTheImagesMinimumIsAnError() {
        ContainerRecipe recipe = cudaRecipe("12.2");
        recipe.getGpu().setMinDriver("550.54");
        // 535.104.05 < 550.54
        assertFinding(check(recipe, gpuSite()), Diagnostic.ERROR, "compat.gpu.driver", "550.54", "535.104.05",
                "pick a site whose driver is 550.54 or newer");

        recipe.getGpu().setMinDriver("525.60.13");
        assertNoProblems(check(recipe, gpuSite()), "compat.gpu");
    }

    @Test
    void anAmdImageOnNvidiaGpusIsAnError() {
        ContainerRecipe recipe = recipe();
        GpuSpec gpu = RecipeFactory.eINSTANCE.createGpuSpec();
        gpu.setVendor(GpuVendor.AMD);
        gpu.setRocm("6.0");
        recipe.setGpu(gpu);
        assertFinding(check(recipe, gpuSite()), Diagnostic.ERROR, "compat.gpu.vendor", "AMD GPUs (ROCm 6.0)",
                "has NVIDIA GPUs", "build the image for NVIDIA (gpu.vendor: nvidia, with CUDA)", "pick a site with AMD GPUs");

        Site amd = site();
        amd.getPartitions().add(Fixtures.partition("mi", 10, 64, "512GiB", 4, "12h", null));
        amd.getPartitions().get(1).setGpuModel("AMD Instinct MI250X");
        assertNoProblems(check(recipe, amd), "compat.gpu");
        assertFinding(check(cudaRecipe("12.2"), amd), Diagnostic.ERROR, "compat.gpu.vendor", "has AMD GPUs",
                "pick a site with NVIDIA GPUs");
    }

    @Test
    void requestingGpusOnASiteWithoutAnyIsAnError() {
        List<Diagnostic> findings = check(recipe(), site(), null, resources(null, null, null, 2, null));
        assertFinding(findings, Diagnostic.ERROR, "compat.gpu.none", "2 GPUs per node", "has no GPUs",
                "pick a site with GPU nodes");

        assertAbsent(check(recipe(), gpuSite(), null, resources(null, null, null, 2, null)), "compat.gpu.none");
    }

    @Test
    void aGpuImageOnASiteWithoutGpusIsAWarning() {
        assertFinding(check(cudaRecipe("12.2"), site()), Diagnostic.WARNING, "compat.gpu.unavailable",
                "falls back to CPUs", "pick a site with GPU nodes");
    }

    @Test
    void moreGpusPerNodeThanThePartitionHasIsAnError() {
        // The 'gpu' partition has 4 per node.
        List<Diagnostic> findings = check(cudaRecipe("12.2"), gpuSite(), "gpu", resources(1, 8, null, 8, "1h"));
        assertFinding(findings, Diagnostic.ERROR, "compat.resources.gpus", "has 4 GPUs per node",
                "asks for 8 per node", "ask for at most 4 GPUs per node");

        assertNoProblems(check(cudaRecipe("12.2"), gpuSite(), "gpu", resources(1, 8, null, 4, "1h")), "compat.resources");
    }
}
