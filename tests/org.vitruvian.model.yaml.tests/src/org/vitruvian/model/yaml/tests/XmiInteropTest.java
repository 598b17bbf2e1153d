package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models stay exchangeable with any EMF tool: the same objects save to and load from XMI. */
class XmiInteropTest {

    @TempDir
    Path folder;

    @Test
    void aYamlModelSavesAsXmiAndLoadsBackEqual() throws IOException {
        EObject recipe = Models.root(Models.data(folder, "recipe.yaml"));
        Resource xmi = new XMIResourceImpl(URI.createFileURI(folder.resolve("recipe.xmi").toString()));
        xmi.getContents().add(EcoreUtil.copy(recipe));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        xmi.save(bytes, Map.of());

        Resource reread = new XMIResourceImpl(URI.createFileURI(folder.resolve("recipe.xmi").toString()));
        reread.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        assertTrue(EcoreUtil.equals(recipe, reread.getContents().get(0)), bytes.toString());
    }
}
