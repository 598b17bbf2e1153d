package org.vitruvian.targets.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/**
 * Paths from a service cannot escape the run's folder: an output that is a symbolic link to a
 * file elsewhere is not taken, and the step FAILS saying why; a link that stays inside the
 * run's folder is an output like any other. Plain processes, so no container keeps the
 * service from writing such links.
 */
class OutputEscapeTest {

    private static final Duration DEADLINE = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    private RunFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RunFixture(folder);
        fixture.write("secret.txt", "not for the run\n");
        fixture.write("data.txt", "heart rate 72\n");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String workflow(String link) {
        fixture.write("service.yaml", """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: test.link
                version: 1.0.0
                description: Writes its output as a symbolic link.
                inputs:
                  - name: in
                    format: txt
                outputs:
                  - name: out
                    format: txt
                parameters:
                  - name: target
                    type: string
                command: [sh, -c, 'cat "$0" > copy.txt && ln -s "$1" "$2"', '{in}', '{target}', '{out}']
                """);
        fixture.write("workflow.yaml", """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: link-output
                imports: [service.yaml]
                inputs:
                  - name: data
                    format: txt
                    dataClass: {kind: scientific, owner: academy}
                outputs:
                  - name: result
                    format: txt
                steps:
                  - name: link
                    service: {id: test.link}
                    parameters:
                      - {name: target, value: '%s'}
                links:
                  - {from: data, to: link.in}
                  - {from: link.out, to: result}
                """.formatted(link));
        return fixture.startAccepted("workflow.yaml", "local", Map.of("data", folder.resolve("data.txt")));
    }

    @Test
    void anOutputLinkingOutOfTheRunsFolderFailsTheStep() {
        Path secret = folder.resolve("secret.txt");
        RunRecord record = fixture.awaitEnd(workflow(secret.toString()), DEADLINE);
        StepRecord step = RunFixture.step(record, "link");
        assertEquals(RunState.FAILED, record.state());
        assertEquals(StepState.FAILED, step.state());
        String detail = String.valueOf(step.detail());
        assertTrue(detail.contains("outside the run's folder") && detail.contains("leads to " + secret), detail);
        assertTrue(step.produced().isEmpty(), "nothing of it is recorded as produced: " + step.produced());
    }

    @Test
    void anOutputLinkingInsideTheRunsFolderIsTaken() throws Exception {
        RunRecord record = fixture.awaitEnd(workflow("copy.txt"), DEADLINE);
        StepRecord step = RunFixture.step(record, "link");
        assertEquals(RunState.COMPLETED, record.state(), () -> "step: " + step);
        Path out = step.workDir().resolve("out.txt");
        assertTrue(Files.isSymbolicLink(out));
        assertEquals("heart rate 72\n", Files.readString(out));
    }
}
