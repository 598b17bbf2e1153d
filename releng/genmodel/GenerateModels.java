import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code of every bundle given on the command line from its
 * model/NAME.genmodel, outside Eclipse. Run through releng/generate-models.sh.
 *
 * The genmodels in the repository are rebuilt from their .ecore each time (initialize, then
 * reconcile with the saved settings), so adding a class or feature to an .ecore is all it
 * takes; the reconciled genmodel is saved back for review.
 */
public class GenerateModels {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: GenerateModels BUNDLE_DIR... (dependencies first)");
            System.exit(2);
        }
        // Inside Eclipse a plugin.xml extension registers the code generator; standalone we do.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        List<Path> bundles = new ArrayList<>();
        for (String arg : args) {
            Path bundle = Path.of(arg).toAbsolutePath().normalize();
            bundles.add(bundle);
            // modelDirectory="/BUNDLE/src-gen" is a platform:/resource path; point it at the folder.
            EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
                    URI.createFileURI(bundle + File.separator));
        }
        boolean failed = false;
        for (Path bundle : bundles) {
            String name = bundle.getFileName().toString();
            String model = name.substring(name.lastIndexOf('.') + 1);
            Path genmodelFile = bundle.resolve("model").resolve(model + ".genmodel");
            Resource genmodelResource = resources.getResource(URI.createFileURI(genmodelFile.toString()), true);
            GenModel saved = (GenModel) genmodelResource.getContents().get(0);

            List<EPackage> ecorePackages = saved.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
            GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
            genModel.initialize(ecorePackages);
            genModelResourceReplace(genmodelResource, genModel);
            genModel.reconcile(saved);
            genModel.getUsedGenPackages().clear();
            genModel.getUsedGenPackages().addAll(saved.getUsedGenPackages());
            genModel.getForeignModel().clear();
            genModel.getForeignModel().addAll(saved.getForeignModel());
            genModel.setCanGenerate(true);

            Diagnostic diagnostic = genModel.diagnose();
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                System.err.println(name + ": " + diagnostic);
                failed = true;
                continue;
            }
            genmodelResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));

            clean(bundle.resolve("src-gen"));
            // EMF also writes plugin.xml, build.properties and plugin.properties; those are
            // maintained by hand (MANIFEST-first bundles), so everything outside src-gen is restored.
            Map<Path, byte[]> handWritten = snapshotOutsideSourceGen(bundle);
            Generator generator = new Generator();
            generator.setInput(genModel);
            Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    new BasicMonitor.Printing(System.out));
            restoreOutsideSourceGen(bundle, handWritten);
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println(name + ": " + result);
                failed = true;
            } else {
                System.out.println(name + ": generated " + bundle.relativize(bundle.resolve("src-gen")));
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static void genModelResourceReplace(Resource resource, GenModel genModel) {
        resource.getContents().add(0, genModel);
        resource.getContents().remove(1);
    }

    private static Map<Path, byte[]> snapshotOutsideSourceGen(Path bundle) throws java.io.IOException {
        Map<Path, byte[]> files = new java.util.HashMap<>();
        try (var paths = Files.list(bundle)) {
            for (Path path : paths.toList()) {
                if (Files.isRegularFile(path)) {
                    files.put(path, Files.readAllBytes(path));
                }
            }
        }
        return files;
    }

    private static void restoreOutsideSourceGen(Path bundle, Map<Path, byte[]> files) throws java.io.IOException {
        try (var paths = Files.list(bundle)) {
            for (Path path : paths.toList()) {
                if (Files.isRegularFile(path) && !files.containsKey(path)) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
    }

    private static void clean(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
