package org.vitruvian.tosca;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.model.ServiceTemplate;

/**
 * A TOSCA service template as loaded and checked: the file itself (null when it could not be
 * read), the templates it imports, directly or not, and every finding in reading order.
 */
public record ToscaDocument(ServiceTemplate template, List<ServiceTemplate> imports, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
