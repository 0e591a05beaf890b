package org.servicepact.organisation.imports;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a running import has come; read by the progress bar while another thread writes. */
public final class ImportProgress {

    /** Where an import stands. */
    public enum State { RUNNING, DONE, FAILED }

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile String failure;

    public ImportProgress(int total) {
        this.total = Math.max(total, 1);
    }

    void step(int rows) {
        done.addAndGet(rows);
    }

    public void finish() {
        done.set(total);
        state = State.DONE;
    }

    public void fail(String reason) {
        failure = reason;
        state = State.FAILED;
    }

    public int percent() {
        return Math.min(100, done.get() * 100 / total);
    }

    public State state() {
        return state;
    }

    public String failure() {
        return failure;
    }
}
