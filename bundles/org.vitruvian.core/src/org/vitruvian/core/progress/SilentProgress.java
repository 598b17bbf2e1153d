package org.vitruvian.core.progress;

enum SilentProgress implements ProgressReporter {
    INSTANCE;

    @Override
    public void begin(String task, int totalWork) {
    }

    @Override
    public void worked(int units) {
    }

    @Override
    public void message(String text) {
    }

    @Override
    public void done() {
    }
}
