package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a view bean reads from the database to show, kept for one request only. A view-scoped bean lives across
 * many requests, and, once sessions are replicated, on whichever node serves the next one: it keeps what it needs
 * to read again (ids, the version the person saw, what they typed) and reads entities and reports afresh in each
 * request through this, never carrying a stale or detached copy from one request to the next.
 *
 * @param <T> what is read
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What was read, and in which HTTP request: one reference, so that two requests of one view never mix them up. The
     * servlet request, not the {@code FacesContext}: on a GET with a view action the faces context the action ran in
     * is not the one {@code getCurrentInstance()} answers while the page renders, and everything was read twice.
     */
    private record Read<T>(Object in, T value) {
    }

    private transient volatile Read<T> last;

    /** The value read in this request, reading it with {@code read} the first time this request asks. */
    public T get(Supplier<T> read) {
        Object current = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Read<T> held = last;
        if (held == null || held.in() != current) {
            held = new Read<>(current, read.get());
            last = held;
        }
        return held.value();
    }

    /** Forgets the value, so that the next {@link #get} reads it again (after an act changed it). */
    public void forget() {
        last = null;
    }
}
