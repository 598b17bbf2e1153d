package org.vitruvian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.progress.ProgressReporter;

class ProgressReporterTest {

    /** Records what a user would see: the units the top-level bar advanced by. */
    private static final class RecordingProgress implements ProgressReporter {
        final List<Integer> worked = new ArrayList<>();

        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units) {
            worked.add(units);
        }

        @Override
        public void message(String text) {
        }

        @Override
        public void done() {
        }
    }

    @Test
    void childWorkIsScaledOntoItsShareOfTheParent() {
        RecordingProgress parent = new RecordingProgress();
        ProgressReporter child = parent.split(10);
        child.begin("mesh", 1000);
        for (int i = 0; i < 1000; i++) {
            child.worked(1);
        }
        child.done();
        assertEquals(10, parent.worked.stream().mapToInt(Integer::intValue).sum());
        assertEquals(10, parent.worked.size());
    }

    @Test
    void doneCompletesTheShareEvenWhenTheChildStoppedEarly() {
        RecordingProgress parent = new RecordingProgress();
        ProgressReporter child = parent.split(4);
        child.begin("solve", 100);
        child.worked(50);
        child.done();
        assertEquals(List.of(2, 2), parent.worked);
    }
}
