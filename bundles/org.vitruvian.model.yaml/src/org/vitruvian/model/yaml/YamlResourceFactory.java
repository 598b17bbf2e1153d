package org.vitruvian.model.yaml;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Creates {@link YamlResource}s; registered for the {@code yaml} and {@code yml} extensions. */
public final class YamlResourceFactory implements Resource.Factory {

    @Override
    public Resource createResource(URI uri) {
        return new YamlResource(uri);
    }
}
