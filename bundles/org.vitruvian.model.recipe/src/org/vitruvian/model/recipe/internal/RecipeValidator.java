package org.vitruvian.model.recipe.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.GpuVendor;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.recipe.RecipePackage.Literals;
import org.vitruvian.model.recipe.RecipeRuntime;

/** Checks container recipes: names an image can have, and MPI and GPU stacks that can work. */
@Component(service = ModelValidator.class, property = ModelValidator.PACKAGE_PROPERTY + "=" + RecipePackage.eNS_URI)
public final class RecipeValidator extends ModelValidator {

    static final String FAMILY = "recipe";

    // OCI repository name components; Apptainer and Podman refuse anything else.
    private static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public EPackage validatedPackage() {
        return RecipePackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof ContainerRecipe recipe) {
            checkRecipe(recipe, problems);
        }
    }

    private void checkRecipe(ContainerRecipe recipe, DiagnosticChain problems) {
        if (recipe.getName() != null && !IMAGE_NAME.matcher(recipe.getName()).matches()) {
            problems.add(ModelProblem.error(FAMILY + ".name", "The recipe name '" + recipe.getName() + "' is also the name of "
                    + "its image, which may hold only lowercase letters and digits, separated by '.', '_' or '-'"
                    + suggestName(recipe.getName()) + ".", recipe, Literals.CONTAINER_RECIPE__NAME));
        }
        if (recipe.getBase() != null && recipe.getBase().getGlibc() != null) {
            version(recipe.getBase().getGlibc(), "The glibc version", FAMILY + ".base", recipe.getBase(),
                    Literals.BASE_IMAGE__GLIBC, problems);
        }
        for (PackageSet packages : recipe.getPackages()) {
            if (packages.getNames().isEmpty()) {
                problems.add(ModelProblem.error(FAMILY + ".packages", "The " + packages.getManager().getLiteral()
                        + " package set lists no packages; add 'names' or remove the set.", packages,
                        Literals.PACKAGE_SET__MANAGER));
            }
        }
        for (FileCopy file : recipe.getFiles()) {
            checkFileCopy(file, problems);
        }
        for (Map.Entry<String, String> entry : recipe.getEnvironment()) {
            String name = entry.getKey();
            if (name != null && !VARIABLE.matcher(name).matches()) {
                problems.add(ModelProblem.error(FAMILY + ".environment", "'" + name + "' cannot be the name of an environment "
                        + "variable; use letters, digits and '_', not starting with a digit (e.g. OMP_NUM_THREADS).",
                        (EObject) entry, null));
            }
        }
        for (Map.Entry<String, String> label : recipe.getLabels()) {
            // A misspelt runtime would otherwise run the step as a plain process, unnoticed.
            if (RecipeRuntime.LABEL.equals(label.getKey()) && RecipeRuntime.of(recipe).isEmpty()) {
                problems.add(ModelProblem.error(FAMILY + ".runtime", "The label " + RecipeRuntime.LABEL + " is '"
                        + label.getValue() + "', which is no runtime Vitruvian runs a recipe with; use one of: "
                        + String.join(", ", RecipeRuntime.labelValues()) + " (or leave the label out for a plain process).",
                        (EObject) label, null));
            }
        }
        if (recipe.getMpi() != null) {
            checkMpi(recipe.getMpi(), problems);
        }
        if (recipe.getGpu() != null) {
            checkGpu(recipe.getGpu(), problems);
        }
    }

    private void checkFileCopy(FileCopy file, DiagnosticChain problems) {
        String destination = file.getDestination();
        if (destination != null && !destination.startsWith("/")) {
            problems.add(ModelProblem.error(FAMILY + ".file-copy", "The destination '" + destination + "' is not an absolute "
                    + "path; the working folder of a build is not fixed, so write the full path in the image, such as /opt/"
                    + destination + ".", file, Literals.FILE_COPY__DESTINATION));
        }
        String source = file.getSource();
        if (source != null && (source.startsWith("/") || source.startsWith("~") || escapesContext(source))) {
            problems.add(ModelProblem.error(FAMILY + ".file-copy", "The source '" + source + "' is outside the build context; "
                    + "builds see only the folder of the recipe, so give a path relative to it without leading '..'.", file,
                    Literals.FILE_COPY__SOURCE));
        }
    }

    private static boolean escapesContext(String path) {
        int depth = 0;
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    /**
     * In bind mode the host's MPI and its fabric libraries are mounted over the image's, so
     * fabrics and a PMI in the image would never be used; in hybrid mode the image's MPI talks
     * to the host's launcher, which works only through a PMI both were built with.
     */
    private void checkMpi(MpiSpec mpi, DiagnosticChain problems) {
        version(mpi.getVersion(), "The MPI version", FAMILY + ".mpi", mpi, Literals.MPI_SPEC__VERSION, problems);
        boolean pmiStated = isStated(mpi, Literals.MPI_SPEC__PMI);
        if (mpi.getMode() == MpiMode.BIND) {
            if (!mpi.getFabrics().isEmpty()) {
                problems.add(ModelProblem.error(FAMILY + ".mpi", "In bind mode the host's MPI and fabric libraries are mounted "
                        + "into the container, so fabrics in the image (" + String.join(", ", mpi.getFabrics())
                        + ") are never used; remove 'fabrics', or use 'mode: hybrid' to run the image's own MPI.", mpi,
                        Literals.MPI_SPEC__FABRICS));
            }
            if (pmiStated) {
                problems.add(ModelProblem.warning(FAMILY + ".mpi", "In bind mode the host's MPI talks to the launcher, so the "
                        + "image's 'pmi' is not used; remove it, or use 'mode: hybrid'.", mpi, Literals.MPI_SPEC__PMI));
            }
        } else if (!pmiStated) {
            problems.add(ModelProblem.error(FAMILY + ".mpi", "In hybrid mode the image's MPI is started by the host's launcher "
                    + "through a process-management interface both were built with; add 'pmi: pmix' (or pmi2, pmi1) as the "
                    + "image's MPI was configured.", mpi, Literals.MPI_SPEC__MODE));
        }
    }

    /** CUDA runs only on NVIDIA GPUs and ROCm only on AMD ones; the stack decides which GPUs the image can use. */
    private void checkGpu(GpuSpec gpu, DiagnosticChain problems) {
        boolean nvidia = gpu.getVendor() == GpuVendor.NVIDIA;
        String needed = nvidia ? "cuda" : "rocm";
        String stated = nvidia ? gpu.getCuda() : gpu.getRocm();
        String foreign = nvidia ? gpu.getRocm() : gpu.getCuda();
        EStructuralFeature foreignFeature = nvidia ? Literals.GPU_SPEC__ROCM : Literals.GPU_SPEC__CUDA;
        if (foreign != null) {
            problems.add(ModelProblem.error(FAMILY + ".gpu", (nvidia ? "ROCm" : "CUDA") + " does not run on "
                    + gpu.getVendor().getLiteral() + " GPUs; remove '" + foreignFeature.getName() + "', or set 'vendor: "
                    + (nvidia ? "amd" : "nvidia") + "' if the image is built for those.", gpu, foreignFeature));
        } else if (stated == null) {
            problems.add(ModelProblem.error(FAMILY + ".gpu", "An image for " + gpu.getVendor().getLiteral() + " GPUs needs the "
                    + (nvidia ? "CUDA" : "ROCm") + " version it is built with, so that sites with too old a driver are "
                    + "recognised; add '" + needed + ": " + (nvidia ? "12.2" : "6.0") + "' with the version in the image.", gpu,
                    Literals.GPU_SPEC__VENDOR));
        }
        if (gpu.getCuda() != null) {
            version(gpu.getCuda(), "The CUDA version", FAMILY + ".gpu", gpu, Literals.GPU_SPEC__CUDA, problems);
        }
        if (gpu.getRocm() != null) {
            version(gpu.getRocm(), "The ROCm version", FAMILY + ".gpu", gpu, Literals.GPU_SPEC__ROCM, problems);
        }
        if (gpu.getMinDriver() != null) {
            version(gpu.getMinDriver(), "The minimum driver version", FAMILY + ".gpu", gpu, Literals.GPU_SPEC__MIN_DRIVER,
                    problems);
        }
    }

    private static void version(String text, String what, String code, EObject object, EStructuralFeature feature,
            DiagnosticChain problems) {
        try {
            Version.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(ModelProblem.error(code, what + " " + e.getMessage() + ".", object, feature));
        }
    }

    /** ", such as bone-strength" for "Bone Strength", when a plain rewrite gives a valid name. */
    private static String suggestName(String name) {
        String candidate = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return IMAGE_NAME.matcher(candidate).matches() ? ", such as " + candidate : "";
    }
}
