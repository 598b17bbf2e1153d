package org.vitruvian.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.vitruvian.language.JsonSchemas;
import org.vitruvian.model.workflow.WorkflowPackage;

/** The JSON Schema of a kind says what its metamodel says: keys, required keys, enum values, documentation. */
class JsonSchemasTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theWorkflowSchemaHasItsKeysRequiredKeysEnumsAndDocumentation() {
        WorkflowPackage.eINSTANCE.eClass();
        EClass workflow = JsonSchemas.kind("workflow").orElseThrow();
        Map<String, Object> schema = JsonSchemas.of(workflow);
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema"));
        assertEquals(List.of("apiVersion", "kind", "name"), schema.get("required"));
        assertEquals(false, schema.get("additionalProperties"), "an unknown key is an error, as in the reader");
        Map<String, Object> definitions = map(schema.get("definitions"));
        Map<String, Object> step = map(map(definitions.get("Step")).get("properties"));
        assertTrue(step.keySet().containsAll(List.of("name", "service", "execution", "parameters", "resources", "site", "retries")));
        assertTrue(((List<?>) map(step.get("execution")).get("enum")).contains("mpi"));
        Map<String, Object> cores = map(map(map(definitions.get("ResourceRequest")).get("properties")).get("cores"));
        assertEquals("integer", cores.get("type"));
        assertEquals("Cores in total.", cores.get("description"));
        assertTrue(JsonSchemas.kind("no-such-kind").isEmpty());
    }
}
