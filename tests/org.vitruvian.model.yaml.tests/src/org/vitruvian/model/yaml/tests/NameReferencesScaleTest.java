package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.internal.SourcePositions;
import org.vitruvian.model.yaml.internal.YamlModelReader;

/**
 * Names referred to in a file ({@code bind: PARAMETER}) are resolved by looking at the objects of
 * that name and kind only. Counted, not timed: the reader compared every reference with every
 * object it had read, which a workflow of thousands of steps made quadratic.
 */
class NameReferencesScaleTest {

    private static final int STEPS = 3_000;

    @Test
    void eachBindingLooksAtTheOneParameterOfItsNameHoweverManyValuesShareTheName() {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: vitruvian/v1
                kind: Workflow
                name: many-bindings
                parameters:
                  - {name: mass, type: number, default: 70}
                steps:
                """);
        for (int i = 0; i < STEPS; i++) {
            // Each step's value is itself named 'mass', like the workflow parameter it binds.
            yaml.append("  - name: s").append(i).append("\n    service: {id: x}\n    parameters:\n      - {name: mass, bind: mass}\n");
        }
        YamlModelReader reader = new YamlModelReader("many.yaml", URI.createFileURI("/tmp/many.yaml"), new SourcePositions());
        YamlModelReader.Result result = reader.read(yaml.toString());
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        Workflow workflow = (Workflow) result.root();
        assertSame(workflow.getParameters().get(0), workflow.getSteps().get(STEPS - 1).getParameters().get(0).getBind());
        assertEquals(STEPS, reader.candidatesExamined(), "one candidate per binding");
    }
}
