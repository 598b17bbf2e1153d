package org.vitruvian.language.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The documentation of classes, features, data types and enum literals, as written in each
 * model's {@code .ecore} (GenModel documentation annotations). The generated packages do not
 * carry these annotations at run time, so they are read from {@code model/NAME.ecore}, which
 * every model bundle ships, through the package's class loader (in OSGi and out).
 */
public final class MetamodelDocs {

    private static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";
    private static final Map<EPackage, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private MetamodelDocs() {
    }

    /** The documentation of a class, feature, data type or enum literal, or null. */
    public static String of(ENamedElement element) {
        String inMemory = EcoreUtil.getDocumentation(element);
        if (inMemory != null) {
            return inMemory;
        }
        EPackage ePackage;
        String key;
        if (element instanceof EStructuralFeature feature) {
            ePackage = feature.getEContainingClass().getEPackage();
            key = feature.getEContainingClass().getName() + "." + feature.getName();
        } else if (element instanceof EEnumLiteral literal) {
            ePackage = literal.getEEnum().getEPackage();
            key = literal.getEEnum().getName() + "." + literal.getName();
        } else if (element instanceof EClassifier classifier) {
            ePackage = classifier.getEPackage();
            key = classifier.getName();
        } else {
            return null;
        }
        return ePackage == null ? null : CACHE.computeIfAbsent(ePackage, MetamodelDocs::read).get(key);
    }

    private static Map<String, String> read(EPackage ePackage) {
        Map<String, String> docs = new HashMap<>();
        ClassLoader loader = ePackage.getClass().getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream("model/" + ePackage.getName() + ".ecore")) {
            if (in == null) {
                return docs;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            for (Element classifier : children(root, "eClassifiers")) {
                String name = classifier.getAttribute("name");
                put(docs, name, classifier);
                for (Element feature : children(classifier, "eStructuralFeatures")) {
                    put(docs, name + "." + feature.getAttribute("name"), feature);
                }
                for (Element literal : children(classifier, "eLiterals")) {
                    put(docs, name + "." + literal.getAttribute("name"), literal);
                }
            }
        } catch (Exception e) {
            // Documentation is a help, not a requirement: a package without a readable .ecore has none.
        }
        return docs;
    }

    private static void put(Map<String, String> docs, String key, Element element) {
        for (Element annotation : children(element, "eAnnotations")) {
            if (GENMODEL.equals(annotation.getAttribute("source"))) {
                for (Element detail : children(annotation, "details")) {
                    if ("documentation".equals(detail.getAttribute("key"))) {
                        docs.put(key, detail.getAttribute("value"));
                    }
                }
            }
        }
    }

    private static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && name.equals(nodes.item(i).getNodeName())) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
